import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: append-only, hash-chained. Requests append rows freely (no lock); a sealer
 * then links them into the chain in commit-safe order (transaction id, then sequence: only
 * rows of transactions older than every running one), so audited reads never queue behind
 * one lock. The database refuses DELETE, and any UPDATE but the sealing of an unsealed row.
 */
export class AuditLog1795431000000 implements MigrationInterface {
  name = 'AuditLog1795431000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_events (
        seq bigserial PRIMARY KEY,
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        id uuid NOT NULL UNIQUE,
        at timestamptz NOT NULL DEFAULT now(),
        action varchar(100) NOT NULL,
        actor_id uuid,
        actor_kind varchar(10),
        actor_agency_id uuid NOT NULL REFERENCES agencies (id),
        record_type record_type,
        record_id uuid,
        record_owner_agency_id uuid REFERENCES agencies (id),
        detail jsonb NOT NULL DEFAULT '{}',
        request_id varchar(64),
        chain_position bigint UNIQUE,
        prev_hash bytea,
        hash bytea
      )`);
    await queryRunner.query('CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id, id)');
    await queryRunner.query('CREATE INDEX audit_events_unsealed_idx ON audit_events (txid, seq) WHERE hash IS NULL');
    await queryRunner.query(`
      CREATE FUNCTION frontera_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'audit_events is append-only';
        END IF;
        IF OLD.hash IS NOT NULL
           OR (NEW.seq, NEW.txid, NEW.id, NEW.at, NEW.action, NEW.actor_id, NEW.actor_kind, NEW.actor_agency_id,
               NEW.record_type, NEW.record_id, NEW.record_owner_agency_id, NEW.detail, NEW.request_id)
              IS DISTINCT FROM
              (OLD.seq, OLD.txid, OLD.id, OLD.at, OLD.action, OLD.actor_id, OLD.actor_kind, OLD.actor_agency_id,
               OLD.record_type, OLD.record_id, OLD.record_owner_agency_id, OLD.detail, OLD.request_id) THEN
          RAISE EXCEPTION 'audit_events is append-only: only the sealing of an unsealed row is allowed';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION frontera_audit_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_audit_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_events');
    await queryRunner.query('DROP FUNCTION frontera_audit_append_only()');
  }
}
