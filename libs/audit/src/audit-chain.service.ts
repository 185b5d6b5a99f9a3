import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import { BACKGROUND_SQL, MAINTENANCE_CONNECTION } from '@app/core';
import { CHAINED_COLUMNS, ChainedRow, chainHash, GENESIS_HASH } from './audit-chain';
import { ChainHead, Checkpoint, InvalidCheckpoint } from './audit-checkpoints';

/** Any constant: only one sealer works at a time, across every API instance. */
const SEAL_LOCK = 4_242_001;
/** Rows sealed per transaction. */
export const SEAL_BATCH = 5_000;
const VERIFY_BATCH = 10_000;

export interface ChainReport {
  sealed: number;
  unsealed: number;
  checkpoints: number;
  /** The newest checkpoint the table was checked against. */
  latestCheckpoint: Pick<Checkpoint, 'position' | 'rowId' | 'signedAt'> | null;
  /** The first row whose hash or link does not match (the chain, or a checkpoint's hash at its position). */
  firstBroken: { id: string; chainPosition: number; reason: string } | null;
  /** Rows missing from the end: a checkpoint covers a position the table no longer reaches. */
  missingTail: { chainEndsAt: number; checkpoint: Pick<Checkpoint, 'position' | 'rowId' | 'signedAt'> } | null;
  /** Lines of the checkpoint files that are not checkpoints signed by the configured key. */
  invalidCheckpoints: InvalidCheckpoint[];
}

type StoredRow = ChainedRow & { position: string; prev_hash: Buffer; hash: Buffer };

/** The audit log's SHA-256 hash chain: sealing appended rows into it, its head, and verifying it. */
@Injectable()
export class AuditChainService {
  /** The tables' owner: the API's own role may only append audit rows, never link (update) them. */
  constructor(@InjectDataSource(MAINTENANCE_CONNECTION) private readonly dataSource: DataSource) {}

  /**
   * Links appended rows into the chain, one batch, in (transaction id, sequence) order. Rows of
   * transactions still running are not visible yet, and are sealed once they have committed.
   */
  async seal(): Promise<number> {
    // A query runner of its own, its statements tagged: sealing belongs to no request.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`${BACKGROUND_SQL} BEGIN`);
      const sealed = await this.sealInTransaction(runner);
      await runner.query(`${BACKGROUND_SQL} COMMIT`);
      return sealed;
    } catch (error) {
      await runner.query(`${BACKGROUND_SQL} ROLLBACK`);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The last sealed row, or null while nothing is sealed. */
  async head(): Promise<ChainHead | null> {
    const [row] = (await this.dataSource.query(
      `${BACKGROUND_SQL} SELECT chain_position::text AS position, id, hash FROM audit_events WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1`,
    )) as { position: string; id: string; hash: Buffer }[];
    return row ? { position: Number(row.position), rowId: row.id, hash: row.hash } : null;
  }

  private async sealInTransaction(runner: QueryRunner): Promise<number> {
    const [{ locked }] = (await runner.query(`${BACKGROUND_SQL} SELECT pg_try_advisory_xact_lock($1) AS locked`, [
      SEAL_LOCK,
    ])) as { locked: boolean }[];
    if (!locked) return 0;
    const [last] = (await runner.query(
      `${BACKGROUND_SQL} SELECT chain_position::text AS position, hash FROM audit_events WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1`,
    )) as { position: string; hash: Buffer }[];
    const rows = (await runner.query(
      `${BACKGROUND_SQL} SELECT seq::text AS seq, ${CHAINED_COLUMNS} FROM audit_events WHERE hash IS NULL ORDER BY txid, seq LIMIT $1`,
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
    await runner.query(
      `${BACKGROUND_SQL} UPDATE audit_events e SET chain_position = l.position, prev_hash = l.previous, hash = l.hash
       FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[]) AS l(seq, position, previous, hash)
       WHERE e.seq = l.seq`,
      [links.map((l) => l.seq), links.map((l) => l.position), links.map((l) => l.previous), links.map((l) => l.hash)],
    );
    return links.length;
  }

  /**
   * Recomputes the whole chain and checks it against the signed checkpoints: names the first row
   * altered, removed or re-linked, and rows removed from the end (which only a checkpoint shows).
   */
  async verify(read: { checkpoints: Checkpoint[]; invalid: InvalidCheckpoint[] }): Promise<ChainReport> {
    const atPosition = new Map(read.checkpoints.map((c) => [c.position, c]));
    const latest = read.checkpoints.reduce<Checkpoint | null>((a, c) => (!a || c.position > a.position ? c : a), null);
    const summary = (c: Checkpoint | null) => c && { position: c.position, rowId: c.rowId, signedAt: c.signedAt };
    let previous: Buffer = GENESIS_HASH;
    let expectedPosition = 1;
    let firstBroken: ChainReport['firstBroken'] = null;
    while (!firstBroken) {
      const rows = (await this.dataSource.query(
        `SELECT chain_position::text AS position, prev_hash, hash, ${CHAINED_COLUMNS} FROM audit_events
         WHERE chain_position >= $1 ORDER BY chain_position LIMIT ${VERIFY_BATCH}`,
        [expectedPosition],
      )) as StoredRow[];
      for (const row of rows) {
        firstBroken = this.problemAt(row, expectedPosition, previous, atPosition.get(expectedPosition));
        if (firstBroken) break;
        previous = row.hash;
        expectedPosition++;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    const sealed = expectedPosition - 1;
    const [{ count: unsealed }] = (await this.dataSource.query(
      'SELECT count(*)::int AS count FROM audit_events WHERE hash IS NULL',
    )) as { count: number }[];
    return {
      sealed,
      unsealed,
      checkpoints: read.checkpoints.length,
      latestCheckpoint: summary(latest),
      firstBroken,
      missingTail:
        !firstBroken && latest && latest.position > sealed
          ? { chainEndsAt: sealed, checkpoint: summary(latest)! }
          : null,
      invalidCheckpoints: read.invalid,
    };
  }

  private problemAt(
    row: StoredRow,
    position: number,
    previous: Buffer,
    checkpoint: Checkpoint | undefined,
  ): ChainReport['firstBroken'] {
    const at = (reason: string) => ({ id: row.id, chainPosition: Number(row.position), reason });
    if (Number(row.position) !== position) return at(`expected position ${position}: rows are missing before it`);
    if (!row.prev_hash.equals(previous) || !row.hash.equals(chainHash(previous, row)))
      return at('its content or link does not match its hash');
    if (checkpoint && (checkpoint.rowId !== row.id || checkpoint.hash !== row.hash.toString('hex'))) {
      return at(`the checkpoint signed at ${checkpoint.signedAt} names another row or hash at this position`);
    }
    return null;
  }
}
