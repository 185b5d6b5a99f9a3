import { DataSource } from 'typeorm';
import { AuditChainService, AuditCheckpoints } from '@app/audit';
import { createLogger, loadConfig } from '@app/core';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/database-url';
import { runCli } from './run-cli';

/**
 * `npm run audit:verify`: recomputes the audit hash chain and checks it against the signed
 * checkpoints in AUDIT_CHECKPOINT_DIR. Exit 0 when intact; exit 2 naming the first broken row
 * (altered, removed or re-linked behind the application's back), rows missing from the end
 * (newer than the chain's end in a checkpoint), or a checkpoint not signed by AUDIT_SIGNING_KEY.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    const checkpoints = await new AuditCheckpoints(config.auditCheckpointDir, config.auditSigningKey).read();
    const report = await new AuditChainService(dataSource).verify(checkpoints);
    const { firstBroken, missingTail, invalidCheckpoints, latestCheckpoint } = report;
    if (invalidCheckpoints.length > 0) {
      const [first] = invalidCheckpoints;
      logger.error(
        report,
        `Audit checkpoints not to be trusted: ${first.file} line ${first.line}: ${first.reason} (${invalidCheckpoints.length} in all)`,
      );
      return 2;
    }
    if (firstBroken) {
      logger.error(
        report,
        `Audit chain broken at row ${firstBroken.id} (position ${firstBroken.chainPosition}): ${firstBroken.reason}`,
      );
      return 2;
    }
    if (missingTail) {
      const { checkpoint } = missingTail;
      logger.error(
        report,
        `Audit rows missing from the end: the chain ends at position ${missingTail.chainEndsAt}, the checkpoint signed at ${checkpoint.signedAt} reaches position ${checkpoint.position} (row ${checkpoint.rowId})`,
      );
      return 2;
    }
    const against = latestCheckpoint
      ? `${report.checkpoints} signed checkpoints, the latest at position ${latestCheckpoint.position} (signed at ${latestCheckpoint.signedAt})`
      : `no signed checkpoint in ${config.auditCheckpointDir}: rows removed from the end could not be seen`;
    logger.info(
      report,
      `Audit chain intact: ${report.sealed} sealed rows, ${report.unsealed} awaiting sealing; ${against}`,
    );
    return 0;
  } finally {
    await dataSource.destroy();
    await database.embedded?.stop();
  }
}

runCli(main);
