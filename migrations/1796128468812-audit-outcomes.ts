import { createHash } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

const GENESIS: Buffer = Buffer.alloc(32);

/** The values each form of the chain hashes, in order, as one JSON array per row. */
const LEGACY_VALUES = `json_build_array(id, at::text, action, actor_id, actor_kind, actor_agency_id, record_type::text, record_id,
  record_owner_agency_id, detail::text, request_id)`;
/** Frozen here as the audit library's CHAINED_COLUMNS reads it today (a later change needs a migration of its own). */
const CANONICAL_VALUES = `json_build_array(id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), action, outcome,
  actor_id, actor_kind, actor_agency_id, actor_email, actor_display_name, actor_roles, record_type::text, record_id,
  record_owner_agency_id, changed_fields, detail::text, request_id)`;

const LEGACY_COLUMNS =
  'NEW.seq, NEW.txid, NEW.id, NEW.at, NEW.action, NEW.actor_id, NEW.actor_kind, NEW.actor_agency_id, NEW.record_type, NEW.record_id, NEW.record_owner_agency_id, NEW.detail, NEW.request_id';
const COLUMNS = `${LEGACY_COLUMNS}, NEW.outcome, NEW.actor_email, NEW.actor_display_name, NEW.actor_roles, NEW.changed_fields`;

/** The append-only rule over `columns`: no DELETE or TRUNCATE, and no UPDATE but the sealing of an unsealed row. */
function appendOnlyFunction(columns: string): string {
  return `
    CREATE OR REPLACE FUNCTION frontera_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_events is append-only';
      END IF;
      IF OLD.hash IS NOT NULL OR (${columns}) IS DISTINCT FROM (${columns.replace(/NEW\./g, 'OLD.')}) THEN
        RAISE EXCEPTION 'audit_events is append-only: only the sealing of an unsealed row is allowed';
      END IF;
      RETURN NEW;
    END $$`;
}

function link(previous: Buffer, values: unknown[]): Buffer {
  return createHash('sha256').update(previous).update(JSON.stringify(values), 'utf8').digest();
}

/**
 * Re-links every sealed row from the form `checked` (which each row must still match: a chain
 * broken before the migration is refused, never laundered into a valid new one) to `written`.
 */
async function rechain(queryRunner: QueryRunner, checked: string, written: string): Promise<void> {
  let previousChecked = GENESIS;
  let previousWritten = GENESIS;
  let position = 0;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT seq::text AS seq, id, chain_position::text AS position, prev_hash, hash, ${checked} AS checked, ${written} AS written
       FROM audit_events WHERE chain_position > $1 ORDER BY chain_position LIMIT 5000`,
      [position],
    )) as {
      seq: string;
      id: string;
      position: string;
      prev_hash: Buffer;
      hash: Buffer;
      checked: unknown[];
      written: unknown[];
    }[];
    if (rows.length === 0) return;
    const links = rows.map((row) => {
      position += 1;
      if (
        Number(row.position) !== position ||
        !row.prev_hash.equals(previousChecked) ||
        !row.hash.equals(link(previousChecked, row.checked))
      ) {
        throw new Error(
          `The audit chain is broken at row ${row.id} (position ${row.position}): run audit:verify and investigate before migrating`,
        );
      }
      previousChecked = row.hash;
      const hash = link(previousWritten, row.written);
      const relinked = { seq: row.seq, previous: previousWritten, hash };
      previousWritten = hash;
      return relinked;
    });
    await queryRunner.query(
      `UPDATE audit_events e SET prev_hash = l.previous, hash = l.hash
       FROM unnest($1::bigint[], $2::bytea[], $3::bytea[]) AS l(seq, previous, hash) WHERE e.seq = l.seq`,
      [links.map((l) => l.seq), links.map((l) => l.previous), links.map((l) => l.hash)],
    );
  }
}

/**
 * Audit entries gain their outcome (SUCCESS, DENIED, FAILED), a snapshot of the actor as it was
 * (e-mail, display name, roles: rows written before take today's from `users`) and the fields an
 * update changed (names only); indexes serve an agency's events (on its records, by its people).
 * The chain is re-hashed over a canonical text (time in UTC, every new column), so verifying no
 * longer depends on the session's TimeZone.
 */
export class AuditOutcomes1796128468812 implements MigrationInterface {
  name = 'AuditOutcomes1796128468812';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_events
        ADD COLUMN outcome varchar(10) NOT NULL DEFAULT 'SUCCESS' CONSTRAINT audit_events_outcome_check CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
        ADD COLUMN actor_email text,
        ADD COLUMN actor_display_name text,
        ADD COLUMN actor_roles text[] NOT NULL DEFAULT '{}',
        ADD COLUMN changed_fields text[]`);
    await queryRunner.query('CREATE INDEX audit_events_owner_idx ON audit_events (record_owner_agency_id, id)');
    await queryRunner.query('CREATE INDEX audit_events_actor_agency_idx ON audit_events (actor_agency_id, id)');
    await queryRunner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await queryRunner.query(`
      UPDATE audit_events e SET actor_email = u.email, actor_display_name = u.display_name, actor_roles = u.roles::text[]
      FROM users u WHERE e.actor_kind = 'user' AND u.id = e.actor_id`);
    await rechain(queryRunner, LEGACY_VALUES, CANONICAL_VALUES);
    await queryRunner.query(appendOnlyFunction(COLUMNS));
    await queryRunner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await rechain(queryRunner, CANONICAL_VALUES, LEGACY_VALUES);
    await queryRunner.query(appendOnlyFunction(LEGACY_COLUMNS));
    await queryRunner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    await queryRunner.query('DROP INDEX audit_events_actor_agency_idx');
    await queryRunner.query('DROP INDEX audit_events_owner_idx');
    await queryRunner.query(
      'ALTER TABLE audit_events DROP COLUMN changed_fields, DROP COLUMN actor_roles, DROP COLUMN actor_display_name, DROP COLUMN actor_email, DROP COLUMN outcome',
    );
  }
}
