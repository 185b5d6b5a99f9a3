import { createHash } from 'node:crypto';

/** The hash the first sealed row links to. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/**
 * An audit row as the chain hashes it. Every value is in a canonical text form that no session
 * setting changes: the time in UTC with microseconds (`at::text` would follow the session's
 * TimeZone and DateStyle), enum values and JSON as PostgreSQL prints them, arrays as arrays.
 */
export interface ChainedRow {
  id: string;
  at: string;
  action: string;
  outcome: string;
  actor_id: string | null;
  actor_kind: string | null;
  actor_agency_id: string;
  actor_email: string | null;
  actor_display_name: string | null;
  actor_roles: string[];
  record_type: string | null;
  record_id: string | null;
  record_owner_agency_id: string | null;
  changed_fields: string[] | null;
  detail: string;
  request_id: string | null;
}

/** SELECT list (over `audit_events`) giving a ChainedRow. */
export const CHAINED_COLUMNS = `id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, action, outcome,
  actor_id, actor_kind, actor_agency_id, actor_email, actor_display_name, actor_roles::text[] AS actor_roles,
  record_type::text AS record_type, record_id, record_owner_agency_id, changed_fields, detail::text AS detail, request_id`;

export function chainHash(previous: Buffer, row: ChainedRow): Buffer {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.action,
    row.outcome,
    row.actor_id,
    row.actor_kind,
    row.actor_agency_id,
    row.actor_email,
    row.actor_display_name,
    row.actor_roles,
    row.record_type,
    row.record_id,
    row.record_owner_agency_id,
    row.changed_fields,
    row.detail,
    row.request_id,
  ]);
  return createHash('sha256').update(previous).update(content, 'utf8').digest();
}
