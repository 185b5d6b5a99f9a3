import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { Logger, LOGGER } from '../logging/logger';

/** The validated configuration and what derives from it, for every module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: FieldCipher, useValue: new FieldCipher(config.encryptionKey) },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, FieldCipher, LOGGER],
    };
  }
}
