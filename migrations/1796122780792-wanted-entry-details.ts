import { MigrationInterface, QueryRunner } from 'typeorm';

export class WantedEntryDetails1796122780792 implements MigrationInterface {
  name = 'WantedEntryDetails1796122780792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "photo" bytea');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "photo_uploaded_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "sex" "public"."sex"');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "approximate_age" smallint');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "year_of_birth" smallint');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "height_cm" smallint');
    await queryRunner.query("CREATE TYPE \"public\".\"entry_build\" AS ENUM('SLIM', 'MEDIUM', 'ATHLETIC', 'HEAVY')");
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "build" "public"."entry_build"');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "distinguishing_marks_es" character varying(300)');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "distinguishing_marks_en" character varying(300)');
    await queryRunner.query('ALTER TABLE "wanted_entries" ADD "armed_and_dangerous" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "armed_and_dangerous"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "distinguishing_marks_en"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "distinguishing_marks_es"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "build"');
    await queryRunner.query('DROP TYPE "public"."entry_build"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "height_cm"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "year_of_birth"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "approximate_age"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "sex"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "photo_uploaded_at"');
    await queryRunner.query('ALTER TABLE "wanted_entries" DROP COLUMN "photo"');
  }
}
