import { createLogger, loadConfig } from '@app/core';
import { resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { runCli } from './run-cli';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  try {
    logger.info(`Database: ${database.description}`);
    const applied = await runMigrations(database.url);
    logger.info(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
  } finally {
    await database.embedded?.stop();
  }
}

runCli(main);
