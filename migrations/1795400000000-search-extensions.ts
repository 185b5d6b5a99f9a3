import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg_trgm and unaccent for name search. unaccent() is only STABLE (it reads a dictionary
 * that could change), so an index cannot use it directly: frontera_search_text pins the
 * dictionary and is declared IMMUTABLE, which makes expression indexes over it possible.
 */
export class SearchExtensions1795400000000 implements MigrationInterface {
  name = 'SearchExtensions1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public');
    await queryRunner.query(`
      CREATE FUNCTION frontera_search_text(parts text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, array_to_string(parts, ' '))) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION frontera_search_text(text[])');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
