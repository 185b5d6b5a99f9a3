import { MigrationInterface, QueryRunner } from 'typeorm';

/** A campaign's slug is reserved when it is published, for good, not while it is a draft (a clash names only a campaign that went public). */
export class SlugsAtPublication1796130200000 implements MigrationInterface {
  name = 'SlugsAtPublication1796130200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."wanted_campaigns_slug_key"');
    await queryRunner.query(
      `CREATE UNIQUE INDEX "wanted_campaigns_slug_key" ON "wanted_campaigns" ("slug") WHERE published_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."wanted_campaigns_slug_key"');
    await queryRunner.query('CREATE UNIQUE INDEX "wanted_campaigns_slug_key" ON "wanted_campaigns" ("slug") ');
  }
}
