import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { Actor, AuditEntry, RequestContext } from '@app/auth';
import { APP_CONFIG, AppConfig, BACKGROUND_SQL, newId } from '@app/core';
import { CHAINED_COLUMNS, ChainedRow, chainHash, GENESIS_HASH } from './audit-chain';

/** Entries that record what someone saw, not what someone changed. */
const READ_ACTIONS = new Set(['READ_SHARED', 'DISCOVERED']);

/** Any constant: only one sealer works at a time, across every API instance. */
const SEAL_LOCK = 4_242_001;
/** Rows sealed per transaction. */
export const SEAL_BATCH = 5_000;

export interface ChainReport {
  sealed: number;
  unsealed: number;
  /** The first row whose hash or link does not match, if any. */
  firstBroken: { id: string; chainPosition: number } | null;
}

/** One row to append: an entry with the request it came from. */
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

@Injectable()
export class AuditLogService {
  /** The INSERT under way, if any: requests arriving meanwhile wait for the next one together. */
  private writing: Promise<void> | null = null;
  private next: Batch | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Writes the request's audit entries; resolves once they are in PostgreSQL, and is called
   * before the answer leaves, so they are there even if the API process dies right after.
   * Requests that finish while an INSERT is under way share the next one (group commit: at
   * concurrency 16 a handful of requests per statement; alone, one statement each).
   * Entries of reads alone commit without waiting for the WAL to reach the disk (unless
   * AUDIT_READS_SYNCHRONOUS): that wait would make every shared read pay a disk flush its
   * owner's reads do not. Only a crash of PostgreSQL itself can lose them, and only those of
   * the last moments (at most three times wal_writer_delay, 600 ms by default); the sealer's
   * commit flushes every row it chains, and a write's entries always wait for the flush.
   */
  append(ctx: RequestContext): Promise<void> {
    const actor = ctx.actor;
    const entries = ctx.auditEntries.splice(0);
    if (!actor || entries.length === 0) return Promise.resolve();
    if (!this.next) {
      let settle!: (error?: unknown) => void;
      const done = new Promise<void>((resolve, reject) => (settle = (error) => (error ? reject(error) : resolve())));
      this.next = { rows: [], done, settle };
    }
    const batch = this.next;
    batch.rows.push(...entries.map((entry) => ({ entry, actor, requestId: ctx.requestId })));
    if (!this.writing) this.writeNext();
    return batch.done;
  }

  private writeNext(): void {
    const batch = this.next;
    if (!batch) return;
    this.next = null;
    this.writing = this.insert(batch.rows).then(
      () => batch.settle(),
      (error: unknown) => batch.settle(error),
    );
    void this.writing.then(() => {
      this.writing = null;
      this.writeNext();
    });
  }

  private async insert(rows: PendingRow[]): Promise<void> {
    const relaxed = !this.config.auditReadsSynchronous && rows.every((row) => READ_ACTIONS.has(row.entry.action));
    await this.dataSource.query(
      `INSERT INTO audit_events (id, action, actor_id, actor_kind, actor_agency_id, record_type, record_id, record_owner_agency_id, detail, request_id)
       SELECT e.id, e.action, e.actor_id, e.actor_kind, e.actor_agency_id, e.record_type::record_type, e.record_id, e.owner, e.detail, e.request_id
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::uuid[], $8::uuid[], $9::jsonb[], $10::text[])
         AS e(id, action, actor_id, actor_kind, actor_agency_id, record_type, record_id, owner, detail, request_id)
       ${relaxed ? "CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS read_audit_commit" : ''}`,
      [
        rows.map(() => newId()),
        rows.map((row) => row.entry.action),
        rows.map((row) => row.actor.id),
        rows.map((row) => row.actor.kind),
        rows.map((row) => row.actor.agencyId),
        rows.map((row) => row.entry.recordType ?? null),
        rows.map((row) => row.entry.recordId ?? null),
        rows.map((row) => row.entry.recordOwnerAgencyId ?? null),
        rows.map((row) => JSON.stringify(row.entry.detail ?? {})),
        rows.map((row) => row.requestId),
      ],
    );
  }

  /**
   * Links appended rows into the hash chain, oldest first, one batch. Only rows of transactions
   * older than every running one are sealed, so no row can later appear before a sealed one.
   */
  async seal(): Promise<number> {
    // A query runner of its own, its statements tagged: sealing belongs to no request.
    const manager = this.dataSource.createQueryRunner();
    await manager.connect();
    try {
      await manager.query(`${BACKGROUND_SQL} BEGIN`);
      const sealed = await this.sealInTransaction(manager);
      await manager.query(`${BACKGROUND_SQL} COMMIT`);
      return sealed;
    } catch (error) {
      await manager.query(`${BACKGROUND_SQL} ROLLBACK`);
      throw error;
    } finally {
      await manager.release();
    }
  }

  private async sealInTransaction(manager: QueryRunner): Promise<number> {
    const [{ locked }] = (await manager.query(`${BACKGROUND_SQL} SELECT pg_try_advisory_xact_lock($1) AS locked`, [SEAL_LOCK])) as { locked: boolean }[];
    if (!locked) return 0;
    const [last] = (await manager.query(
      `${BACKGROUND_SQL} SELECT chain_position::text AS position, hash FROM audit_events WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1`,
    )) as { position: string; hash: Buffer }[];
    const rows = (await manager.query(
      `${BACKGROUND_SQL} SELECT seq::text AS seq, ${CHAINED_COLUMNS} FROM audit_events
       WHERE hash IS NULL AND txid < (SELECT pg_snapshot_xmin(pg_current_snapshot()))
       ORDER BY txid, seq LIMIT $1`,
      [SEAL_BATCH],
    )) as (ChainedRow & { seq: string })[];
    if (rows.length === 0) return 0;
    let previous: Buffer = last?.hash ?? GENESIS_HASH;
    let position = Number(last?.position ?? 0);
    const links = rows.map((row) => {
      const hash = chainHash(previous, row);
      const link = { seq: row.seq, position: ++position, previous, hash };
      previous = hash;
      return link;
    });
    await manager.query(
      `${BACKGROUND_SQL} UPDATE audit_events e SET chain_position = l.position, prev_hash = l.previous, hash = l.hash
       FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[]) AS l(seq, position, previous, hash)
       WHERE e.seq = l.seq`,
      [links.map((l) => l.seq), links.map((l) => l.position), links.map((l) => l.previous), links.map((l) => l.hash)],
    );
    return links.length;
  }

  /** Recomputes the whole chain; names the first row that was altered, removed or re-linked. */
  async verify(): Promise<ChainReport> {
    let previous: Buffer = GENESIS_HASH;
    let expectedPosition = 1;
    let sealed = 0;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT chain_position::text AS position, prev_hash, hash, ${CHAINED_COLUMNS} FROM audit_events
         WHERE chain_position >= $1 ORDER BY chain_position LIMIT 10000`,
        [expectedPosition],
      )) as (ChainedRow & { position: string; prev_hash: Buffer; hash: Buffer })[];
      for (const row of rows) {
        const broken = { id: row.id, chainPosition: Number(row.position) };
        if (Number(row.position) !== expectedPosition || !row.prev_hash.equals(previous) || !row.hash.equals(chainHash(previous, row))) {
          return { sealed, unsealed: await this.unsealed(), firstBroken: broken };
        }
        previous = row.hash;
        expectedPosition++;
        sealed++;
      }
      if (rows.length < 10000) return { sealed, unsealed: await this.unsealed(), firstBroken: null };
    }
  }

  private async unsealed(): Promise<number> {
    const [{ count }] = (await this.dataSource.query('SELECT count(*)::int AS count FROM audit_events WHERE hash IS NULL')) as { count: number }[];
    return count;
  }
}
