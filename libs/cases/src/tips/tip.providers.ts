import { Provider } from '@nestjs/common';

export const TIP_PROVIDERS: Provider[] = [];
