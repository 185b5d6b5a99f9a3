import { MigrationInterface, QueryRunner } from 'typeorm';

/** The parts of each searchable table's document, exactly as SEARCH_DOCUMENT (libs/cases) writes them. */
const SUSPECT_PARTS = (r = '') =>
  `ARRAY[${r}given_names::text, ${r}paternal_surname::text, ${r}maternal_surname::text] || ${r}aliases`;
const ORGANIZATION_PARTS = (r = '') => `ARRAY[${r}name::text] || ${r}aliases`;

/**
 * Name search through a vocabulary of name words (see whereNameMatches in libs/cases).
 *
 * The trigram GIN index over each record's whole text made a 3-word search at 1,000,000
 * suspects read the posting lists of every trigram of the query, some of them hundreds of
 * thousands of rows long (~45 ms). Instead:
 * - frontera_search_words(parts): the accent-folded, lower-case words of a document, split
 *   where pg_trgm splits words (on anything not alphanumeric), empty strings removed;
 * - a GIN (array_ops) index over the words of every suspect and organization: a record is
 *   looked up by exact words, whose posting lists are short;
 * - search_vocabulary: every word of those documents, under a trigram index, which a query
 *   word is matched against with pg_trgm word similarity (the typo tolerance) first.
 *
 * The vocabulary is kept complete by statement-level AFTER INSERT and AFTER UPDATE triggers on
 * suspects and organizations with transition tables: one INSERT ... ON CONFLICT DO NOTHING
 * per statement, so a COPY of a million rows (seed:scale) costs one statement, not a million.
 * Words are inserted in order, so two transactions adding the same new words wait for each
 * other instead of deadlocking. Words are never removed when a record changes or goes: a
 * stale word only matches nothing (the records are found through their own word index), and
 * removing one would need to know no other record still has it.
 */
export class SearchVocabulary1795443776078 implements MigrationInterface {
  name = 'SearchVocabulary1795443776078';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "search_vocabulary" ("word" text NOT NULL, CONSTRAINT "PK_9a10b27be4befd0db5c7a9f47be" PRIMARY KEY ("word"))',
    );

    // IMMUTABLE like frontera_search_text, which it is built on (schema-qualified: index
    // builds, autovacuum and restores do not run with the application's search_path). One
    // expression, not STRICT, so PostgreSQL inlines it: ~7 µs a record. A word appearing twice
    // in a document appears twice in the array (GIN indexes each key of a row once, and &&
    // does not care); removing duplicates needs a subquery, which cannot be inlined and made
    // the function ~40 µs a record (40 s more for an index build at 1,000,000 suspects).
    await queryRunner.query(`
      CREATE FUNCTION frontera_search_words(parts text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT array_remove(regexp_split_to_array(public.frontera_search_text(parts), '[^[:alnum:]]+'), '') $$`);

    // The vocabulary: kept complete by triggers, then filled from the rows already there (the
    // triggers' lock keeps writers out until this transaction commits, so none is missed).
    for (const [table, parts] of [
      ['suspects', SUSPECT_PARTS],
      ['organizations', ORGANIZATION_PARTS],
    ] as const) {
      await queryRunner.query(`
        CREATE FUNCTION frontera_${table}_search_vocabulary() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO public.search_vocabulary (word)
          SELECT DISTINCT w FROM changed_rows r, unnest(public.frontera_search_words(${parts('r.')})) AS w
          ORDER BY w
          ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
      // An UPDATE trigger with a transition table cannot name columns: it runs on every update,
      // and re-adding words that are there already is one index probe each.
      for (const event of ['INSERT', 'UPDATE']) {
        await queryRunner.query(`
          CREATE TRIGGER ${table}_search_vocabulary_${event.toLowerCase()} AFTER ${event} ON ${table}
          REFERENCING NEW TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION frontera_${table}_search_vocabulary()`);
      }
      await queryRunner.query(`
        INSERT INTO search_vocabulary (word)
        SELECT DISTINCT w FROM ${table} r, unnest(frontera_search_words(${parts('r.')})) AS w
        ORDER BY w
        ON CONFLICT DO NOTHING`);
    }

    // GiST with a 256-byte signature (words are short: few signature bits collide). A trigram
    // GIN index is faster on a large vocabulary (0.4-3 ms a lookup at 55,000 words against 2-6),
    // but the planner prices it above a sequential scan of a small one and scans the table
    // instead: 3-5 ms a query word over the 2,200 words of the generated data set, where this
    // index takes 0.1 ms. The planner always picks this one.
    await queryRunner.query(
      'CREATE INDEX "search_vocabulary_word_trgm_idx" ON "search_vocabulary" USING gist (word gist_trgm_ops(siglen = 256))',
    );

    // Records are looked up by their words; the trigram indexes over their whole text go.
    await queryRunner.query(
      `CREATE INDEX "suspects_search_words_idx" ON "suspects" USING gin (frontera_search_words(${SUSPECT_PARTS()}))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organizations_search_words_idx" ON "organizations" USING gin (frontera_search_words(${ORGANIZATION_PARTS()}))`,
    );
    await queryRunner.query('DROP INDEX "suspects_search_trgm_idx"');
    await queryRunner.query('DROP INDEX "organizations_search_trgm_idx"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "suspects_search_trgm_idx" ON "suspects" USING gin (frontera_search_text(ARRAY[given_names::text, paternal_surname::text, maternal_surname::text] || aliases) gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin (frontera_search_text(ARRAY[name::text] || aliases) gin_trgm_ops)',
    );
    await queryRunner.query('DROP INDEX "organizations_search_words_idx"');
    await queryRunner.query('DROP INDEX "suspects_search_words_idx"');
    for (const table of ['organizations', 'suspects']) {
      await queryRunner.query(`DROP TRIGGER ${table}_search_vocabulary_update ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_search_vocabulary_insert ON ${table}`);
      await queryRunner.query(`DROP FUNCTION frontera_${table}_search_vocabulary()`);
    }
    await queryRunner.query('DROP FUNCTION frontera_search_words(text[])');
    await queryRunner.query('DROP TABLE "search_vocabulary"');
  }
}
