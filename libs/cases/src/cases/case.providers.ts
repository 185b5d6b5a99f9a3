import { Provider } from '@nestjs/common';

export const CASE_PROVIDERS: Provider[] = [];
