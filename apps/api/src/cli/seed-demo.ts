import { DataSource } from 'typeorm';
import { createLogger, FieldCipher, loadConfig } from '@app/core';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { seedDemo } from '../demo/demo-seeder';
import { runCli } from './run-cli';

/** `npm run seed:demo`: migrates, then seeds the demo data set into an empty database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  try {
    await runMigrations(database.url);
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const seeded = await seedDemo(dataSource.manager, {
        demoPassword: config.demoPassword,
        cipher: new FieldCipher(config.encryptionKey),
      });
      logger.info(seeded ? 'Seeded the demo data set' : 'The database already has data: nothing seeded');
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.embedded?.stop();
  }
}

runCli(main);
