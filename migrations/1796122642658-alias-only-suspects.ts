import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person known only by an alias ("El Güero") can be recorded: given names and paternal
 * surname become optional, as long as an alias is given.
 */
export class AliasOnlySuspects1796122642658 implements MigrationInterface {
  name = 'AliasOnlySuspects1796122642658';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "suspects" ALTER COLUMN "given_names" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "suspects" ALTER COLUMN "paternal_surname" DROP NOT NULL');
    await queryRunner.query(
      `ALTER TABLE "suspects" ADD CONSTRAINT "suspects_named_or_aliased" CHECK (("given_names" IS NOT NULL AND "paternal_surname" IS NOT NULL) OR cardinality("aliases") > 0)`,
    );
  }

  /** Refused (NOT NULL fails) while a suspect is recorded by alias alone. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "suspects" DROP CONSTRAINT "suspects_named_or_aliased"');
    await queryRunner.query('ALTER TABLE "suspects" ALTER COLUMN "paternal_surname" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "suspects" ALTER COLUMN "given_names" SET NOT NULL');
  }
}
