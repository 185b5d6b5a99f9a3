import { DataSource } from 'typeorm';
import { createLogger, loadConfig } from '@app/core';
import { AuditLogService } from '@app/sharing';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/database-url';
import { runCli } from './run-cli';

/**
 * `npm run audit:verify`: recomputes the audit hash chain. Exit 0 when intact; exit 2 naming
 * the first broken row (altered, removed or re-linked behind the application's back).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    const report = await new AuditLogService(config, dataSource).verify();
    if (report.firstBroken) {
      logger.error(report, `Audit chain broken at row ${report.firstBroken.id} (position ${report.firstBroken.chainPosition})`);
      return 2;
    }
    logger.info(report, `Audit chain intact: ${report.sealed} sealed rows, ${report.unsealed} awaiting sealing`);
    return 0;
  } finally {
    await dataSource.destroy();
    await database.embedded?.stop();
  }
}

runCli(main);
