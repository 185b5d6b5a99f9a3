import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The warrant change feed. Every statement that inserts or updates warrants appends one row
 * per warrant (statement-level triggers: no writer can forget, and a 5,000-row batch costs
 * one INSERT ... SELECT). Each row carries the id of the transaction that wrote it; readers
 * only return rows of transactions older than the oldest one still running
 * (pg_snapshot_xmin), so a change becomes readable only behind every earlier one and a
 * poller never skips a row that commits late.
 */
export class WarrantChangeFeed1795428000000 implements MigrationInterface {
  name = 'WarrantChangeFeed1795428000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE warrant_changes (
        seq bigserial PRIMARY KEY,
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        warrant_id uuid NOT NULL REFERENCES warrants (id) ON DELETE CASCADE,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX warrant_changes_order_idx ON warrant_changes (txid, seq)');
    await queryRunner.query('CREATE INDEX warrant_changes_warrant_idx ON warrant_changes (warrant_id)');
    await queryRunner.query(`
      CREATE FUNCTION frontera_record_warrant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO warrant_changes (warrant_id) SELECT id FROM changed_warrants;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER warrants_feed_insert AFTER INSERT ON warrants
      REFERENCING NEW TABLE AS changed_warrants
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_record_warrant_changes()`);
    await queryRunner.query(`
      CREATE TRIGGER warrants_feed_update AFTER UPDATE ON warrants
      REFERENCING NEW TABLE AS changed_warrants
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_record_warrant_changes()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER warrants_feed_update ON warrants');
    await queryRunner.query('DROP TRIGGER warrants_feed_insert ON warrants');
    await queryRunner.query('DROP FUNCTION frontera_record_warrant_changes()');
    await queryRunner.query('DROP TABLE warrant_changes');
  }
}
