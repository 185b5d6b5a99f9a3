import { MigrationInterface, QueryRunner } from 'typeorm';

/** A suspect's name document, exactly as SEARCH_DOCUMENT (libs/cases) and the vocabulary trigger write it. */
const PARTS = (r = '') =>
  `ARRAY[${r}given_names::text, ${r}paternal_surname::text, ${r}maternal_surname::text] || ${r}aliases`;

/**
 * How a Spanish name word sounds, as rewrites applied in order to the folded (lower case,
 * unaccented) word: c/s/z, b/v, y/ll/i, silent h, gu/hu/w, x/j, soft g/j, qu/c/k, doubled
 * letters. "Salcido" and "salsido", "Valdez" and "baldes", "Ibarra" and "ybarra", "Zúñiga" and
 * "suniga", "Jiménez", "Giménez" and "Ximénez" each come out alike. Upper-case C stands for the
 * sound of ch, apart from k and s.
 */
const SPANISH_SOUNDS: [pattern: string, replacement: string][] = [
  ['ph', 'f'],
  ['ch', 'C'],
  ['qu', 'k'],
  ['g([ei])', 'j\\1'], // soft g (Gerardo, Jerardo) before gu loses its u (Guerrero, Gerrero)
  ['gu([ei])', 'g\\1'],
  ['gu([ao])', 'w\\1'], // Guadalupe, Wadalupe
  ['(^|[aeiou])hu([aeiou])', '\\1w\\2'], // Huerta, Werta (not Joshua)
  ['h', ''],
  ['ll|y', 'i'],
  ['x', 'j'],
  ['c([ei])', 's\\1'],
  ['[cqk]', 'k'],
  ['z', 's'],
  ['v', 'b'],
  ['n([bp])', 'm\\1'],
  ['(.)\\1+', '\\1'],
];

/**
 * Keys the search finds names by, besides exact words and trigrams:
 * - frontera_sounds_es(word): the Spanish sound of a name word (SPANISH_SOUNDS);
 * - frontera_sounds_like(word): the keys a word sounds like, `es:` that Spanish key and `en:`
 *   its Double Metaphone (PostgreSQL's fuzzystrmatch, for English names: Stephen/Steven,
 *   Catherine/Katherine) followed by the last sound of the Spanish key (without a final e), which
 *   keeps Double Metaphone's four letters from making María and Mario, Martín and Martínez one
 *   name. Words shorter than three letters sound like nothing. Two words sound alike when their
 *   keys overlap (&&). The search-vocabulary's words are indexed by these keys; the query's words
 *   go through the same function, so it exists once, here (recall on test/data/name-variants.json
 *   in test/phonetic-keys.e2e-spec.ts);
 * - frontera_identifier_keys(identifiers): the normalized value of each identifier (upper case,
 *   without spaces, dashes or dots; an SSN's prefixed `SSN:`), as identifierKey in libs/cases
 *   computes it for a query.
 *
 * suspect_search_keys holds, per suspect, every word of its names and aliases and, prefixed `#`,
 * every identifier key, under a primary key (key, suspect_id): the suspects with a word, newest
 * first, are one range of that index, which a search reads in order and stops after a page
 * (see suspect-search.ts). Statement-level triggers keep it, like the vocabulary: one INSERT per
 * statement (a COPY of a million suspects is one), and on UPDATE only rows whose names, aliases
 * or identifiers changed.
 */
export class SuspectSearchKeys1796123053521 implements MigrationInterface {
  name = 'SuspectSearchKeys1796123053521';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public');
    const sounds = SPANISH_SOUNDS.reduce(
      (sql, [pattern, replacement]) => `regexp_replace(${sql}, '${pattern}', '${replacement}', 'g')`,
      'word',
    );
    await queryRunner.query(
      `CREATE FUNCTION frontera_sounds_es(word text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT ${sounds} $$`,
    );
    await queryRunner.query(`
      CREATE FUNCTION frontera_sounds_like(word text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT CASE WHEN length(word) < 3 THEN '{}'::text[]
                   ELSE ARRAY['es:' || public.frontera_sounds_es(word),
                              'en:' || public.dmetaphone(word) || right(regexp_replace(public.frontera_sounds_es(word), '(.)e$', '\\1'), 1)] END $$`);
    await queryRunner.query(
      'CREATE INDEX "search_vocabulary_sounds_idx" ON "search_vocabulary" USING gin (frontera_sounds_like(word))',
    );

    await queryRunner.query(`
      CREATE FUNCTION frontera_identifier_keys(identifiers jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT coalesce(array_agg(CASE WHEN e->>'kind' = 'SSN' THEN 'SSN:' ELSE '' END || upper(regexp_replace(e->>'value', '[[:space:].-]+', '', 'g'))), '{}')
            FROM jsonb_array_elements(identifiers) e $$`);
    await queryRunner.query(`
      CREATE FUNCTION frontera_suspect_search_keys(parts text[], identifiers jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT public.frontera_search_words(parts) || ARRAY(SELECT '#' || k FROM unnest(public.frontera_identifier_keys(identifiers)) k) $$`);

    // Filled from the rows already there before its keys exist: one index build instead of
    // millions of insertions (the triggers' lock keeps writers out until this commits).
    await queryRunner.query('CREATE TABLE "suspect_search_keys" ("key" text NOT NULL, "suspect_id" uuid NOT NULL)');
    await queryRunner.query(`
      CREATE FUNCTION frontera_suspects_search_keys_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO public.suspect_search_keys (key, suspect_id)
        SELECT DISTINCT k, r.id FROM new_rows r, unnest(public.frontera_suspect_search_keys(${PARTS('r.')}, r.identifiers)) k
        ORDER BY 1, 2;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION frontera_suspects_search_keys_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH changed AS (
          SELECT n.id, public.frontera_suspect_search_keys(${PARTS('n.')}, n.identifiers) AS keys
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (${PARTS('n.')}, n.identifiers) IS DISTINCT FROM (${PARTS('o.')}, o.identifiers)
        ), gone AS (
          DELETE FROM public.suspect_search_keys k USING changed c WHERE k.suspect_id = c.id AND NOT (k.key = ANY (c.keys))
        )
        INSERT INTO public.suspect_search_keys (key, suspect_id)
        SELECT DISTINCT k, c.id FROM changed c, unnest(c.keys) k ORDER BY 1, 2
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER suspects_search_keys_insert AFTER INSERT ON suspects REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_suspects_search_keys_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER suspects_search_keys_update AFTER UPDATE ON suspects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION frontera_suspects_search_keys_update()`);
    await queryRunner.query(`
      INSERT INTO suspect_search_keys (key, suspect_id)
      SELECT DISTINCT k, r.id FROM suspects r, unnest(frontera_suspect_search_keys(${PARTS('r.')}, r.identifiers)) k`);
    await queryRunner.query(
      'ALTER TABLE "suspect_search_keys" ADD CONSTRAINT "PK_3a47920adb738b4e007607c47d4" PRIMARY KEY ("key", "suspect_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "suspect_search_keys" ADD CONSTRAINT "FK_7c9f54133fffe1ef7f4e4fe50e7" FOREIGN KEY ("suspect_id") REFERENCES "suspects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('ANALYZE suspect_search_keys');

    await queryRunner.query('CREATE INDEX "suspects_date_of_birth_idx" ON "suspects"  ("date_of_birth") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."suspects_date_of_birth_idx"');
    await queryRunner.query('DROP TRIGGER suspects_search_keys_update ON suspects');
    await queryRunner.query('DROP TRIGGER suspects_search_keys_insert ON suspects');
    await queryRunner.query('DROP FUNCTION frontera_suspects_search_keys_update()');
    await queryRunner.query('DROP FUNCTION frontera_suspects_search_keys_insert()');
    await queryRunner.query('ALTER TABLE "suspect_search_keys" DROP CONSTRAINT "FK_7c9f54133fffe1ef7f4e4fe50e7"');
    await queryRunner.query('DROP TABLE "suspect_search_keys"');
    await queryRunner.query('DROP FUNCTION frontera_suspect_search_keys(text[], jsonb)');
    await queryRunner.query('DROP FUNCTION frontera_identifier_keys(jsonb)');
    await queryRunner.query('DROP INDEX "search_vocabulary_sounds_idx"');
    await queryRunner.query('DROP FUNCTION frontera_sounds_like(text)');
    await queryRunner.query('DROP FUNCTION frontera_sounds_es(text)');
    await queryRunner.query('DROP EXTENSION IF EXISTS fuzzystrmatch');
  }
}
