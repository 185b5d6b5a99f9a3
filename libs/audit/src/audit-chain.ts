import { createHash } from 'node:crypto';

/** The hash the first sealed row links to. */
export const GENESIS_HASH = Buffer.alloc(32);

/** An audit row as the chain hashes it: text forms as PostgreSQL prints them, so nothing is lost. */
export interface ChainedRow {
  id: string;
  at: string;
  action: string;
  actor_id: string | null;
  actor_kind: string | null;
  actor_agency_id: string;
  record_type: string | null;
  record_id: string | null;
  record_owner_agency_id: string | null;
  detail: string;
  request_id: string | null;
}

/** SELECT list giving a ChainedRow. */
export const CHAINED_COLUMNS =
  'id, at::text AS at, action, actor_id, actor_kind, actor_agency_id, record_type::text AS record_type, record_id, record_owner_agency_id, detail::text AS detail, request_id';

export function chainHash(previous: Buffer, row: ChainedRow): Buffer {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.action,
    row.actor_id,
    row.actor_kind,
    row.actor_agency_id,
    row.record_type,
    row.record_id,
    row.record_owner_agency_id,
    row.detail,
    row.request_id,
  ]);
  return createHash('sha256').update(previous).update(content, 'utf8').digest();
}
