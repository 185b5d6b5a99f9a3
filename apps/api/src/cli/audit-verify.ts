import { DataSource } from 'typeorm';
import { createLogger, loadConfig } from '@app/core';
import { AuditLogService } from '@app/sharing';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/database-url';

/**
 * `npm run audit:verify`: recomputes the audit hash chain. Exit 0 when intact; exit 2 naming
 * the first broken row (altered, removed or re-linked behind the application's back).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config);
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    const report = await new AuditLogService(dataSource).verify();
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

// Exit explicitly: a dependency's exit hook would otherwise turn a failing exit code into 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
