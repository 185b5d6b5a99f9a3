import { MigrationInterface, QueryRunner } from 'typeorm';

const RECORD_TABLES = ['suspects', 'organizations', 'warrants', 'tips', 'cases'];
/** Columns whose change is no field's change. */
const BOOKKEEPING = "'updated_at', 'field_changed_at'";

/**
 * When each column of a record last changed (`field_changed_at`, column name to time), kept by
 * a trigger no writer can forget, so a recipient sees the time of the last change to a field
 * it may read, not that of one withheld from it. The warrant feed's rows name the columns a
 * change touched (null: the warrant was created), so a change only to withheld fields reaches
 * nobody it is withheld from.
 */
export class FieldChangeTimes1796130100000 implements MigrationInterface {
  name = 'FieldChangeTimes1796130100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION frontera_changed_columns(old_row jsonb, new_row jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') FROM jsonb_each(new_row) n JOIN jsonb_each(old_row) o USING (key)
             WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN (${BOOKKEEPING}) $$`);
    await queryRunner.query(`
      CREATE FUNCTION frontera_field_change_times() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.field_changed_at := NEW.field_changed_at || coalesce(
          (SELECT jsonb_object_agg(c, to_jsonb(now())) FROM unnest(frontera_changed_columns(to_jsonb(OLD), to_jsonb(NEW))) c), '{}');
        RETURN NEW;
      END $$`);
    for (const table of RECORD_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "field_changed_at" jsonb NOT NULL DEFAULT '{}'`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_field_change_times BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION frontera_field_change_times()`,
      );
    }
    await queryRunner.query('ALTER TABLE warrant_changes ADD changed_columns text[]');
    await queryRunner.query('DROP TRIGGER warrants_feed_update ON warrants');
    await queryRunner.query(`
      CREATE FUNCTION frontera_record_warrant_updates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO warrant_changes (warrant_id, changed_columns)
          SELECT n.id, frontera_changed_columns(to_jsonb(o), to_jsonb(n)) FROM changed_warrants n JOIN previous_warrants o USING (id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER warrants_feed_update AFTER UPDATE ON warrants
      REFERENCING OLD TABLE AS previous_warrants NEW TABLE AS changed_warrants
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_record_warrant_updates()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER warrants_feed_update ON warrants');
    await queryRunner.query('DROP FUNCTION frontera_record_warrant_updates()');
    await queryRunner.query(`
      CREATE TRIGGER warrants_feed_update AFTER UPDATE ON warrants
      REFERENCING NEW TABLE AS changed_warrants
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_record_warrant_changes()`);
    await queryRunner.query('ALTER TABLE warrant_changes DROP COLUMN changed_columns');
    for (const table of RECORD_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_field_change_times ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "field_changed_at"`);
    }
    await queryRunner.query('DROP FUNCTION frontera_field_change_times()');
    await queryRunner.query('DROP FUNCTION frontera_changed_columns(jsonb, jsonb)');
  }
}
