import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthSessions1795430413025 implements MigrationInterface {
  name = 'AuthSessions1795430413025';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "refresh_token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "agencies" ADD "mfa_required_roles" "public"."role" array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "totp_secret" bytea');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_last_step" integer');
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_last_step"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_enabled_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_secret"');
    await queryRunner.query('ALTER TABLE "agencies" DROP COLUMN "mfa_required_roles"');
    await queryRunner.query('DROP INDEX "public"."auth_sessions_user_idx"');
    await queryRunner.query('DROP TABLE "auth_sessions"');
  }
}
