import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agreements name the fields discovery matches on, per record type (none: the name fields they do not withhold). */
export class DiscoveryKeys1796130000000 implements MigrationInterface {
  name = 'DiscoveryKeys1796130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreements" ADD "discovery_keys" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agreements" DROP COLUMN "discovery_keys"');
  }
}
