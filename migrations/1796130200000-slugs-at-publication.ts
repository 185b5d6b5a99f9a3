import { MigrationInterface, QueryRunner } from 'typeorm';

/** A campaign's slug is reserved when it is published, not while it is a draft (a clash names only a public campaign). */
export class SlugsAtPublication1796130200000 implements MigrationInterface {
  name = 'SlugsAtPublication1796130200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."wanted_campaigns_slug_key"');
    await queryRunner.query(`CREATE UNIQUE INDEX "wanted_campaigns_slug_key" ON "wanted_campaigns" ("slug") WHERE status <> 'DRAFT'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."wanted_campaigns_slug_key"');
    await queryRunner.query('CREATE UNIQUE INDEX "wanted_campaigns_slug_key" ON "wanted_campaigns" ("slug") ');
  }
}
