import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens gain a session secret that no access token reveals, so that only someone who
 * held a refresh token of the session can make it end on reuse (the session id in a JWT used
 * to be enough). Sessions from before have no such secret: they end, and their users log in
 * again once; their rows get an unguessable hash that no token matches.
 */
export class RefreshSessionSecret1796120975010 implements MigrationInterface {
  name = 'RefreshSessionSecret1796120975010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_sessions" ADD "refresh_secret_hash" bytea');
    await queryRunner.query('UPDATE "auth_sessions" SET "revoked_at" = now() WHERE "revoked_at" IS NULL');
    await queryRunner.query(
      `UPDATE "auth_sessions" SET "refresh_secret_hash" = sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'))`,
    );
    await queryRunner.query('ALTER TABLE "auth_sessions" ALTER COLUMN "refresh_secret_hash" SET NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Sessions started since carry tokens of the new format, which the old code cannot read.
    await queryRunner.query('UPDATE "auth_sessions" SET "revoked_at" = now() WHERE "revoked_at" IS NULL');
    await queryRunner.query('ALTER TABLE "auth_sessions" DROP COLUMN "refresh_secret_hash"');
  }
}
