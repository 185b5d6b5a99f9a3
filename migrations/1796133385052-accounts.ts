import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations (a password is set by the person, never by an admin), a language and the last login of each user. */
export class Accounts1796133385052 implements MigrationInterface {
  name = 'Accounts1796133385052';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "user_invitations" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c8005acb91c3ce9a7ae581eca8f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "user_invitations_user_idx" ON "user_invitations"  ("user_id") ');
    await queryRunner.query('ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT \'en\'');
    await queryRunner.query('ALTER TABLE "users" ADD "last_login_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      "UPDATE users u SET language = 'es' FROM agencies a WHERE a.id = u.agency_id AND a.country = 'MX'",
    );
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "user_invitations" ADD CONSTRAINT "FK_5b449d2aa47c4f912482e1d8f03" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_invitations" DROP CONSTRAINT "FK_5b449d2aa47c4f912482e1d8f03"');
    // Without a password column that may be empty, people still waiting for an invitation cannot stay.
    await queryRunner.query('DELETE FROM users WHERE password_hash IS NULL');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "last_login_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "language"');
    await queryRunner.query('DROP INDEX "public"."user_invitations_user_idx"');
    await queryRunner.query('DROP TABLE "user_invitations"');
  }
}
