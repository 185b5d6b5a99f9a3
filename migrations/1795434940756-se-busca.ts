import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeBusca1795434940756 implements MigrationInterface {
  name = 'SeBusca1795434940756';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "tip_follow_ups" ("id" uuid NOT NULL, "tip_id" uuid NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "narrative" text NOT NULL, CONSTRAINT "PK_08673d5c6723f8a72d599a8bd30" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "tip_follow_ups_tip_idx" ON "tip_follow_ups"  ("tip_id", "received_at") ');
    await queryRunner.query("CREATE TYPE \"public\".\"campaign_status\" AS ENUM('DRAFT', 'PUBLISHED', 'CLOSED')");
    await queryRunner.query(
      'CREATE TABLE "wanted_campaigns" ("id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "title_es" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "summary_es" text NOT NULL, "summary_en" text NOT NULL, "region" character varying(200) NOT NULL, "phase" smallint NOT NULL DEFAULT \'1\', "hotline_phone" character varying(50) NOT NULL, "whatsapp_phone" character varying(50), "active_from" date NOT NULL, "active_until" date, "status" "public"."campaign_status" NOT NULL DEFAULT \'DRAFT\', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85cf323f7091dc08637537cd56b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "wanted_campaigns_slug_key" ON "wanted_campaigns"  ("slug") ');
    await queryRunner.query(
      'CREATE INDEX "wanted_campaigns_owner_idx" ON "wanted_campaigns"  ("owner_agency_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "wanted_entries" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "rank" smallint NOT NULL, "suspect_id" uuid NOT NULL, "display_name" character varying(200) NOT NULL, "aliases" text array NOT NULL DEFAULT \'{}\', "crimes_es" text array NOT NULL, "crimes_en" text array NOT NULL, "summary_es" text NOT NULL, "summary_en" text NOT NULL, "photo_url" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a95f40c431a939f1cc6d7d71079" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "wanted_entries_suspect_idx" ON "wanted_entries"  ("suspect_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "wanted_entries_campaign_suspect_key" ON "wanted_entries"  ("campaign_id", "suspect_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "wanted_entries_campaign_rank_key" ON "wanted_entries"  ("campaign_id", "rank") ',
    );
    await queryRunner.query(
      'CREATE TABLE "public_tip_receipts" ("tip_id" uuid NOT NULL, "receipt_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ff28abb9b1980f7cce2502048e" PRIMARY KEY ("tip_id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "public_tip_receipts_hash_key" ON "public_tip_receipts"  ("receipt_hash") ',
    );
    await queryRunner.query('ALTER TABLE "tips" ADD "campaign_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "tips_campaign_received_idx" ON "tips"  ("campaign_id", "received_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "tips" ADD CONSTRAINT "FK_803f118a753f333e683b0031895" FOREIGN KEY ("campaign_id") REFERENCES "wanted_campaigns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip_follow_ups" ADD CONSTRAINT "FK_0bd6034a48f225d437d3aedc662" FOREIGN KEY ("tip_id") REFERENCES "tips"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "wanted_campaigns" ADD CONSTRAINT "FK_3b1d363cabfa45162bb7ec38fe9" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "wanted_entries" ADD CONSTRAINT "FK_92e9f69b4f7c09fc555188f768b" FOREIGN KEY ("campaign_id") REFERENCES "wanted_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "wanted_entries" ADD CONSTRAINT "FK_2cb8eb5ad09ab4fd31e605e0074" FOREIGN KEY ("suspect_id") REFERENCES "suspects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_tip_receipts" ADD CONSTRAINT "FK_9ff28abb9b1980f7cce2502048e" FOREIGN KEY ("tip_id") REFERENCES "tips"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "public_tip_receipts" DROP CONSTRAINT "FK_9ff28abb9b1980f7cce2502048e"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP CONSTRAINT "FK_2cb8eb5ad09ab4fd31e605e0074"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP CONSTRAINT "FK_92e9f69b4f7c09fc555188f768b"');
    await queryRunner.query('ALTER TABLE "wanted_campaigns" DROP CONSTRAINT "FK_3b1d363cabfa45162bb7ec38fe9"');
    await queryRunner.query('ALTER TABLE "tip_follow_ups" DROP CONSTRAINT "FK_0bd6034a48f225d437d3aedc662"');
    await queryRunner.query('ALTER TABLE "tips" DROP CONSTRAINT "FK_803f118a753f333e683b0031895"');
    await queryRunner.query('DROP INDEX "public"."tips_campaign_received_idx"');
    await queryRunner.query('ALTER TABLE "tips" DROP COLUMN "campaign_id"');
    await queryRunner.query('DROP INDEX "public"."public_tip_receipts_hash_key"');
    await queryRunner.query('DROP TABLE "public_tip_receipts"');
    await queryRunner.query('DROP INDEX "public"."wanted_entries_campaign_rank_key"');
    await queryRunner.query('DROP INDEX "public"."wanted_entries_campaign_suspect_key"');
    await queryRunner.query('DROP INDEX "public"."wanted_entries_suspect_idx"');
    await queryRunner.query('DROP TABLE "wanted_entries"');
    await queryRunner.query('DROP INDEX "public"."wanted_campaigns_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."wanted_campaigns_slug_key"');
    await queryRunner.query('DROP TABLE "wanted_campaigns"');
    await queryRunner.query('DROP TYPE "public"."campaign_status"');
    await queryRunner.query('DROP INDEX "public"."tip_follow_ups_tip_idx"');
    await queryRunner.query('DROP TABLE "tip_follow_ups"');
  }
}
