import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, createLogger, FieldCipher, loadConfig } from '@app/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { dataSourceOptions } from './database/data-source-options';
import { resolveDatabase } from './database/database-url';
import { runMigrations } from './database/run-migrations';
import { seedDemo } from './demo/demo-seeder';
import { applyHttpHardening } from './http/http-hardening';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config);
  logger.info(`Database: ${database.description}`);

  const applied = await runMigrations(database.url);
  if (applied.length > 0) logger.info({ migrations: applied }, `Applied ${applied.length} migration(s)`);
  if (config.seedDemo) {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const seeded = await seedDemo(dataSource.manager, { demoPassword: config.demoPassword, cipher: new FieldCipher(config.encryptionKey) });
      if (seeded) logger.info('Seeded the demo data set (SEED_DEMO)');
    } finally {
      await dataSource.destroy();
    }
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url, logger), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  // MAX_BODY_BYTES (1 MB) leaves room for a full sync batch (5,000 updates); larger is refused with 413.
  applyHttpHardening(app, config, logger);
  await app.listen(config.port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  logger.info(`GraphQL listening on http://127.0.0.1:${address.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests and stopping`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Start-up failed:', error);
  process.exit(1);
});
