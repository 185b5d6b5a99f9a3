import { createLogger, loadConfig } from '@app/core';
import { resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { schemaDrift } from '../database/schema-drift';
import { runCli } from './run-cli';

/**
 * Migrates the database, then fails (exit 2) when the migrated schema and the entities
 * differ, printing the SQL that would close the gap. Run by the test suite on a new database.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  try {
    await runMigrations(database.url);
    const drift = await schemaDrift(database.url);
    if (drift.up.length > 0) {
      logger.error({ sql: drift.up }, 'The entities and the migrations have drifted apart');
      return 2;
    }
    logger.info('Schema matches the entities');
    return 0;
  } finally {
    await database.embedded?.stop();
  }
}

runCli(main);
