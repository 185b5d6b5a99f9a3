import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { transactionContextOf } from '@app/auth';
import { AuditLogService } from './audit-log.service';

/**
 * Writes the entries an operation recorded in its transaction as the last statement before
 * COMMIT (TypeORM's beforeTransactionCommit): the write and its entry commit together, or a
 * crash, a failed statement or a rollback leaves neither.
 */
@Injectable()
export class AuditCommitSubscriber implements EntitySubscriberInterface {
  constructor(
    dataSource: DataSource,
    private readonly auditLog: AuditLogService,
  ) {
    dataSource.subscribers.push(this);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const ctx = transactionContextOf(event.queryRunner);
    if (ctx) await this.auditLog.writeInTransaction(event.queryRunner, ctx);
  }
}
