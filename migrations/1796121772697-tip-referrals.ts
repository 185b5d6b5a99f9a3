import { MigrationInterface, QueryRunner } from 'typeorm';

export class TipReferrals1796121772697 implements MigrationInterface {
  name = 'TipReferrals1796121772697';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"referral_outcome\" AS ENUM('UNDER_INVESTIGATION', 'ACTIONED', 'ARREST', 'ALREADY_KNOWN', 'NOT_ACTIONABLE')",
    );
    await queryRunner.query(
      'CREATE TABLE "referral_feedback" ("id" uuid NOT NULL, "share_id" uuid NOT NULL, "author_id" uuid NOT NULL, "outcome" "public"."referral_outcome" NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d02e9fa591e718ddaefa5b5468" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "referral_feedback_share_idx" ON "referral_feedback"  ("share_id", "id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"tip_priority\" AS ENUM('ROUTINE', 'URGENT', 'LIFE_THREATENING')");
    await queryRunner.query('ALTER TABLE "tips" ADD "priority" "public"."tip_priority" NOT NULL DEFAULT \'ROUTINE\'');
    await queryRunner.query('ALTER TABLE "tips" ADD "assignee_id" uuid');
    await queryRunner.query('ALTER TABLE "shares" ADD "carried_with_share_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "tips_owner_priority_received_idx" ON "tips"  ("owner_agency_id", "priority", "received_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "shares_carried_with_idx" ON "shares"  ("carried_with_share_id") WHERE carried_with_share_id IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "tips" ADD CONSTRAINT "FK_187385900220663579cdc40330c" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral_feedback" ADD CONSTRAINT "FK_53c51e6fab5ff4d1c3e6b38bef1" FOREIGN KEY ("share_id") REFERENCES "shares"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "referral_feedback" DROP CONSTRAINT "FK_53c51e6fab5ff4d1c3e6b38bef1"');
    await queryRunner.query('ALTER TABLE "tips" DROP CONSTRAINT "FK_187385900220663579cdc40330c"');
    await queryRunner.query('DROP INDEX "public"."shares_carried_with_idx"');
    await queryRunner.query('DROP INDEX "public"."tips_owner_priority_received_idx"');
    await queryRunner.query('ALTER TABLE "shares" DROP COLUMN "carried_with_share_id"');
    await queryRunner.query('ALTER TABLE "tips" DROP COLUMN "assignee_id"');
    await queryRunner.query('ALTER TABLE "tips" DROP COLUMN "priority"');
    await queryRunner.query('DROP TYPE "public"."tip_priority"');
    await queryRunner.query('DROP INDEX "public"."referral_feedback_share_idx"');
    await queryRunner.query('DROP TABLE "referral_feedback"');
    await queryRunner.query('DROP TYPE "public"."referral_outcome"');
  }
}
