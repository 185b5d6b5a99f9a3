import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sharing agreements between agencies: the policies recipients' abilities are built from. */
export class Agreements1795430230013 implements MigrationInterface {
  name = 'Agreements1795430230013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"share_use\" AS ENUM('INTELLIGENCE', 'INVESTIGATION', 'PROSECUTION')",
    );
    await queryRunner.query(
      'CREATE TABLE "agreements" ("id" uuid NOT NULL, "provider_agency_id" uuid NOT NULL, "recipient_agency_id" uuid NOT NULL, "record_types" "public"."record_type" array NOT NULL, "max_tlp" "public"."tlp" NOT NULL, "withheld_fields" jsonb NOT NULL DEFAULT \'{}\', "discovery_allowed" boolean NOT NULL DEFAULT false, "approval_required" boolean NOT NULL DEFAULT true, "max_share_days" integer, "permitted_uses" "public"."share_use" array NOT NULL, "onward_sharing_allowed" boolean NOT NULL DEFAULT false, "valid_from" date NOT NULL, "valid_until" date, "ended_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "agreements_provider_idx" ON "agreements"  ("provider_agency_id") ');
    await queryRunner.query('CREATE INDEX "agreements_recipient_idx" ON "agreements"  ("recipient_agency_id") ');
    await queryRunner.query(
      'ALTER TABLE "agreements" ADD CONSTRAINT "FK_0ac4eb541ccebdcec982b7c25e9" FOREIGN KEY ("provider_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreements" ADD CONSTRAINT "FK_95f8f3e4cc3b496aa41b17bd64b" FOREIGN KEY ("recipient_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agreements" DROP CONSTRAINT "FK_95f8f3e4cc3b496aa41b17bd64b"');
    await queryRunner.query('ALTER TABLE "agreements" DROP CONSTRAINT "FK_0ac4eb541ccebdcec982b7c25e9"');
    await queryRunner.query('DROP INDEX "public"."agreements_recipient_idx"');
    await queryRunner.query('DROP INDEX "public"."agreements_provider_idx"');
    await queryRunner.query('DROP TABLE "agreements"');
    await queryRunner.query('DROP TYPE "public"."share_use"');
  }
}
