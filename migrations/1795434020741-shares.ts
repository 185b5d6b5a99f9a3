import { MigrationInterface, QueryRunner } from 'typeorm';

export class Shares1795434020741 implements MigrationInterface {
  name = 'Shares1795434020741';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."share_origin" AS ENUM(\'REQUEST\', \'OFFER\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"share_status\" AS ENUM('PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN', 'REVOKED')",
    );
    await queryRunner.query(
      'CREATE TABLE "shares" ("id" uuid NOT NULL, "record_type" "public"."record_type" NOT NULL, "record_id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "provider_agency_id" uuid NOT NULL, "provider_country" "public"."country" NOT NULL, "recipient_agency_id" uuid NOT NULL, "recipient_country" "public"."country" NOT NULL, "agreement_id" uuid NOT NULL, "upstream_agreement_id" uuid, "parent_share_id" uuid, "origin" "public"."share_origin" NOT NULL, "purpose" text NOT NULL, "requested_fields" text array, "status" "public"."share_status" NOT NULL DEFAULT \'PENDING\', "granted_fields" text array NOT NULL DEFAULT \'{}\', "use" "public"."share_use", "max_tlp" "public"."tlp" NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "requested_by" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b88473409066c43c2ccb1894a82" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "shares_upstream_agreement_idx" ON "shares"  ("upstream_agreement_id") WHERE upstream_agreement_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "shares_agreement_idx" ON "shares"  ("agreement_id") ');
    await queryRunner.query(
      'CREATE INDEX "shares_parent_idx" ON "shares"  ("parent_share_id") WHERE parent_share_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "shares_one_pending_idx" ON "shares"  ("record_id", "recipient_agency_id") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE INDEX "shares_recipient_status_idx" ON "shares"  ("recipient_agency_id", "status", "id") ',
    );
    await queryRunner.query('CREATE INDEX "shares_owner_status_idx" ON "shares"  ("owner_agency_id", "status", "id") ');
    await queryRunner.query(
      'CREATE INDEX "shares_provider_status_idx" ON "shares"  ("provider_agency_id", "status", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "shares_record_recipient_approved_idx" ON "shares"  ("record_id", "recipient_agency_id") WHERE status = \'APPROVED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "shares" ADD CONSTRAINT "FK_2efbe7ba4090f9b3cdaef64e396" FOREIGN KEY ("provider_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shares" ADD CONSTRAINT "FK_7525f6cfadf291e1fc15df87a27" FOREIGN KEY ("recipient_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shares" ADD CONSTRAINT "FK_06a20bbad2ef145bd619af9aff2" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "shares" DROP CONSTRAINT "FK_06a20bbad2ef145bd619af9aff2"');
    await queryRunner.query('ALTER TABLE "shares" DROP CONSTRAINT "FK_7525f6cfadf291e1fc15df87a27"');
    await queryRunner.query('ALTER TABLE "shares" DROP CONSTRAINT "FK_2efbe7ba4090f9b3cdaef64e396"');
    await queryRunner.query('DROP INDEX "public"."shares_record_recipient_approved_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_provider_status_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_owner_status_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_recipient_status_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_one_pending_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_parent_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_agreement_idx"');
    await queryRunner.query('DROP INDEX "public"."shares_upstream_agreement_idx"');
    await queryRunner.query('DROP TABLE "shares"');
    await queryRunner.query('DROP TYPE "public"."share_status"');
    await queryRunner.query('DROP TYPE "public"."share_origin"');
  }
}
