import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { Actor, AuditEntry, RequestContext } from '@app/auth';
import { APP_CONFIG, AppConfig, LOGGER, Logger, newId } from '@app/core';
import { isAuditAction, READ_ACTIONS } from './audit-action';

/** One row to write: an entry, whom it is attributed to, and its request. */
interface PendingRow {
  entry: AuditEntry;
  actor: Actor;
  requestId: string;
}

/** Requests' entries waiting for the next INSERT, settled together. */
interface Batch {
  rows: PendingRow[];
  done: Promise<void>;
  settle: (error?: unknown) => void;
}

/**
 * Writes audit entries, in one of two ways:
 * - a write's entries in the write's own transaction, just before it commits (AuditCommitSubscriber),
 *   so a crash keeps both or neither;
 * - everything else a request recorded (reads of shared records, discovery hits, refused and
 *   failed operations, operations outside a transaction) before its answer leaves (AuditFlushPlugin).
 * Every row also snapshots the person who acted as they were then (e-mail, display name, roles).
 */
@Injectable()
export class AuditLogService {
  /** The INSERT under way, if any: requests arriving meanwhile wait for the next one together. */
  private writing: Promise<void> | null = null;
  private next: Batch | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {}

  /** Writes the entries an operation recorded in its transaction (which then commits). */
  async writeInTransaction(queryRunner: QueryRunner, ctx: RequestContext): Promise<void> {
    const rows = this.rowsOf(ctx);
    if (rows.length > 0) await this.insert(queryRunner, rows, false);
  }

  /**
   * Writes the request's remaining entries; resolves once they are in PostgreSQL, and is called
   * before the answer leaves, so they are there even if the API process dies right after.
   * Requests that finish while an INSERT is under way share the next one (group commit: at
   * concurrency 16 a handful of requests per statement; alone, one statement each).
   * Entries of reads alone commit without waiting for the WAL to reach the disk (unless
   * AUDIT_READS_SYNCHRONOUS): that wait would make every shared read pay a disk flush its
   * owner's reads do not. Only a crash of PostgreSQL itself can lose them, and only those of
   * the last moments (at most three times wal_writer_delay, 600 ms by default); the sealer's
   * commit flushes every row it chains, and every other entry waits for the flush.
   */
  append(ctx: RequestContext): Promise<void> {
    const rows = this.rowsOf(ctx);
    if (rows.length === 0) return Promise.resolve();
    if (!this.next) {
      let settle!: (error?: unknown) => void;
      const done = new Promise<void>((resolve, reject) => (settle = (error) => (error ? reject(error) : resolve())));
      this.next = { rows: [], done, settle };
    }
    const batch = this.next;
    batch.rows.push(...rows);
    if (!this.writing) this.writeNext();
    return batch.done;
  }

  /** The context's entries that name someone (there is nobody to attribute the others to). */
  private rowsOf(ctx: RequestContext): PendingRow[] {
    return ctx.takeAuditEntries().flatMap((entry) => {
      const actor = entry.actor ?? ctx.actor;
      if (!actor) return [];
      this.checkAction(entry.action);
      return [{ entry, actor, requestId: ctx.requestId }];
    });
  }

  /** An unknown name is a mistake to fix in AuditAction; production still writes it rather than lose the entry. */
  private checkAction(action: string): void {
    if (isAuditAction(action)) return;
    const message = `unknown audit action "${action}": add it to AuditAction (libs/audit/src/audit-action.ts)`;
    if (this.config.nodeEnv !== 'production') throw new Error(message);
    this.logger.error({ action }, message);
  }

  private writeNext(): void {
    const batch = this.next;
    if (!batch) return;
    this.next = null;
    const relaxed = !this.config.auditReadsSynchronous && batch.rows.every((row) => READ_ACTIONS.has(row.entry.action));
    this.writing = this.insert(this.dataSource, batch.rows, relaxed).then(
      () => batch.settle(),
      (error: unknown) => batch.settle(error),
    );
    void this.writing.then(() => {
      this.writing = null;
      this.writeNext();
    });
  }

  private async insert(
    runner: { query(sql: string, parameters: unknown[]): Promise<unknown> },
    rows: PendingRow[],
    relaxed: boolean,
  ): Promise<void> {
    await runner.query(
      `INSERT INTO audit_events (id, action, outcome, actor_id, actor_kind, actor_agency_id, actor_email, actor_display_name, actor_roles,
                                 record_type, record_id, record_owner_agency_id, changed_fields, detail, request_id)
       SELECT e.id, e.action, e.outcome, e.actor_id, e.actor_kind, e.actor_agency_id, u.email, u.display_name, coalesce(u.roles::text[], '{}'),
              e.record_type::record_type, e.record_id, e.owner, CASE WHEN e.changed IS NOT NULL THEN ARRAY(SELECT jsonb_array_elements_text(e.changed)) END,
              e.detail, e.request_id
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::uuid[], $7::text[], $8::uuid[], $9::uuid[], $10::jsonb[], $11::jsonb[], $12::text[])
         AS e(id, action, outcome, actor_id, actor_kind, actor_agency_id, record_type, record_id, owner, changed, detail, request_id)
       LEFT JOIN users u ON e.actor_kind = 'user' AND u.id = e.actor_id
       ${relaxed ? "CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS read_audit_commit" : ''}`,
      [
        rows.map(() => newId()),
        rows.map((row) => row.entry.action),
        rows.map((row) => row.entry.outcome ?? 'SUCCESS'),
        rows.map((row) => row.actor.id),
        rows.map((row) => row.actor.kind),
        rows.map((row) => row.actor.agencyId),
        rows.map((row) => row.entry.recordType ?? null),
        rows.map((row) => row.entry.recordId ?? null),
        rows.map((row) => row.entry.recordOwnerAgencyId ?? null),
        rows.map((row) => (row.entry.changedFields ? JSON.stringify(row.entry.changedFields) : null)),
        rows.map((row) => JSON.stringify(row.entry.detail ?? {})),
        rows.map((row) => row.requestId),
      ],
    );
  }
}
