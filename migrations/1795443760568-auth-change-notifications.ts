import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API process keeps session checks and built abilities in memory for a few seconds
 * (AuthStateCache). A change to what they were built from notifies every process at commit,
 * whoever made it (another instance, a script, psql), and each one drops what it holds.
 * Statement-level triggers: one notification per statement, and PostgreSQL folds repeats
 * within a transaction into one.
 */
export class AuthChangeNotifications1795443760568 implements MigrationInterface {
  name = 'AuthChangeNotifications1795443760568';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION frontera_notify_auth_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('frontera_auth_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    // Sessions are only cached while live: a new one needs no notification.
    await queryRunner.query(
      'CREATE TRIGGER auth_sessions_auth_change AFTER UPDATE OR DELETE ON auth_sessions FOR EACH STATEMENT EXECUTE FUNCTION frontera_notify_auth_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER users_auth_change AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION frontera_notify_auth_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER agencies_auth_change AFTER INSERT OR UPDATE OR DELETE ON agencies FOR EACH STATEMENT EXECUTE FUNCTION frontera_notify_auth_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER agreements_auth_change AFTER INSERT OR UPDATE OR DELETE ON agreements FOR EACH STATEMENT EXECUTE FUNCTION frontera_notify_auth_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER agreements_auth_change ON agreements');
    await queryRunner.query('DROP TRIGGER agencies_auth_change ON agencies');
    await queryRunner.query('DROP TRIGGER users_auth_change ON users');
    await queryRunner.query('DROP TRIGGER auth_sessions_auth_change ON auth_sessions');
    await queryRunner.query('DROP FUNCTION frontera_notify_auth_change()');
  }
}
