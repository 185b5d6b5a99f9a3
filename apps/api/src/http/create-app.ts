import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, Logger, NestPinoLogger } from '@app/core';
import { AppModule } from '../app.module';
import { DatabaseUrls } from '../database/data-source-options';
import { SqlObserver } from '../database/query-logger';
import { applyHttpHardening } from './http-hardening';

/**
 * The API as it serves: the application module behind the HTTP hardening layers. Shared by
 * the server and the query-plan CLI, so the CLI explains exactly what the server runs.
 */
export async function createApp(
  config: AppConfig,
  databaseUrls: DatabaseUrls,
  logger: Logger,
  observeSql?: SqlObserver,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrls, logger, observeSql),
    {
      // Nest's own messages through pino: JSON lines, never its coloured multi-line console output.
      logger: new NestPinoLogger(logger),
      bodyParser: false,
    },
  );
  // MAX_BODY_BYTES (1 MB) leaves room for a full sync batch (5,000 updates); larger is refused with 413.
  applyHttpHardening(app, config, logger);
  return app;
}
