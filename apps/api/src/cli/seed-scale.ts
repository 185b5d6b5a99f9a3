import { DataSource } from 'typeorm';
import { createLogger, FieldCipher, loadConfig } from '@app/core';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { seedDemo } from '../demo/demo-seeder';
import { parseScaleOptions } from '../scale/scale-options';
import { seedScale } from '../scale/scale-seeder';
import { runCli } from './run-cli';

/**
 * `npm run seed:scale -- --suspects 1000000 [--seed N] [--organizations N] ...`: migrates,
 * seeds the demo data set into an empty database, then loads a generated data set of that
 * size on top of it (see apps/api/src/scale). Exit 2 when the database already holds one.
 */
async function main(): Promise<number> {
  const options = parseScaleOptions(process.argv.slice(2));
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  try {
    await runMigrations(database.url);
    const cipher = new FieldCipher(config.encryptionKey);
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await seedDemo(dataSource.manager, { demoPassword: config.demoPassword, cipher });
    } finally {
      await dataSource.destroy();
    }
    logger.info({ options }, `Seeding ${options.suspects} suspects into ${database.description}`);
    const report = await seedScale(database.url, options, cipher, { log: (message) => logger.info(message) });
    if (!report) {
      logger.error('The database already holds a generated data set: seed a new database');
      return 2;
    }
    logger.info(report, `Seeded in ${report.seconds.total.toFixed(1)}s`);
    return 0;
  } finally {
    await database.embedded?.stop();
  }
}

runCli(main);
