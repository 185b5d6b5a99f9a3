import { Provider } from '@nestjs/common';

export const WARRANT_PROVIDERS: Provider[] = [];
