import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError, SortKey } from '@app/core';

const MAX_SEARCH_LENGTH = 200;
const MAX_TOKENS = 8;

/**
 * What a record is found by, as two SQL expressions over the same parts (its names and
 * aliases). Both must stay identical to the expressions the migrations indexed (see the
 * search-vocabulary migration):
 * - `text`: the accent-folded, lower-case text (frontera_search_text), which results are
 *   ranked by (pg_trgm word similarity);
 * - `words`: its words (frontera_search_words), under a GIN array index, which records are
 *   found by: through `hasWords`.
 */
export interface SearchDocument {
  text: string;
  words: string;
  /**
   * Records having, for each of `terms` (SQL text[] expressions), one of its words: the GIN index
   * over the words, read by `frontera_ids_with_words` (migration RowLevelSecurity). Not a plain
   * `words && term`: under row-level security PostgreSQL evaluates no operator that is not
   * LEAKPROOF (array overlap is not) before the policy, so it could not use the index and would
   * read the whole table. The function answers ids only, which the query then reads (by primary
   * key) under the policy and the viewer's rules like any other row.
   */
  hasWords(terms: string[]): string;
}

function searchDocument(table: 'suspects' | 'organizations', alias: string, parts: string): SearchDocument {
  return {
    text: `frontera_search_text(${parts})`,
    words: `frontera_search_words(${parts})`,
    hasWords: (terms) =>
      `${alias}.id IN (SELECT frontera_ids_with_words('${table}', jsonb_build_array(${terms.map((term) => `to_jsonb(${term})`).join(', ')})))`,
  };
}

/** The text and words of only some of a record's names (`parts`, an SQL text[]): what a match must be in. */
export type MatchedNames = Pick<SearchDocument, 'text' | 'words'>;

export function matchedNamesOf(parts: string): MatchedNames {
  return { text: `frontera_search_text(${parts})`, words: `frontera_search_words(${parts})` };
}

export const SEARCH_DOCUMENT = {
  suspect: (alias: string): SearchDocument =>
    searchDocument(
      'suspects',
      alias,
      `ARRAY[${alias}.given_names::text, ${alias}.paternal_surname::text, ${alias}.maternal_surname::text] || ${alias}.aliases`,
    ),
  organization: (alias: string): SearchDocument =>
    searchDocument('organizations', alias, `ARRAY[${alias}.name::text] || ${alias}.aliases`),
};

export function searchTokens(search: string): string[] {
  if (search.length > MAX_SEARCH_LENGTH)
    throw AppError.badInput('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  return search
    .split(/[\s,;.]+/u)
    .map((token) => token.trim())
    .filter((token) => token.length > 0)
    .slice(0, MAX_TOKENS);
}

/**
 * The words of a query, split where pg_trgm and frontera_search_words split a name: on
 * anything but letters (with their combining marks) and digits. "García-López" is two words,
 * as it is two words of the record it should find.
 */
export function searchWords(tokens: string[]): string[] {
  return tokens
    .flatMap((token) => token.split(/[^\p{L}\p{M}\p{N}]+/u))
    .filter((word) => word.length > 0)
    .slice(0, MAX_TOKENS);
}

/**
 * Name search: every word of the query must be found, in any order, in the record's names
 * or aliases, accent- and case-insensitively and despite a typo. A missing maternal surname
 * is simply a word not asked for. Returns the relevance sort key, or null when the query has
 * no words.
 *
 * How: each query word is first matched against the vocabulary of every name word
 * (`search_vocabulary`, thousands to tens of thousands of words under a trigram index) with
 * pg_trgm word similarity (`<%`, the typo tolerance); the words it matched are then looked up
 * in the GIN array index over each record's words (`&&`). The vocabulary subquery is
 * uncorrelated, so PostgreSQL runs it once (an InitPlan) and its array becomes an index
 * condition; the conditions of all the query's words go into one scan of that index, which
 * intersects them. Ranking stays the summed word similarity of the query words to the
 * record's text.
 */
export function whereNameMatches<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  document: SearchDocument,
  search: string,
  /** The part of `document` a match must be in (the names the viewer may read or match on); `document`'s index finds the candidates. */
  matchedOn: MatchedNames = document,
): SortKey | null {
  const tokens = searchTokens(search);
  if (tokens.length === 0) return null;
  const words = searchWords(tokens);
  if (words.length === 0) {
    // only punctuation: no name has a word like it
    qb.andWhere('false');
    return { sql: 'CAST(0 AS real)', type: 'real' };
  }
  const scores: string[] = [];
  const terms = words.map((word, i) => {
    const query = `frontera_search_text(ARRAY[CAST(:search_${i} AS text)])`;
    qb.setParameter(`search_${i}`, word);
    scores.push(`word_similarity(${query}, ${matchedOn.text})`);
    return `ARRAY(SELECT v.word FROM search_vocabulary v WHERE ${query} <% v.word)`;
  });
  qb.andWhere(document.hasWords(terms));
  if (matchedOn !== document) terms.forEach((term) => qb.andWhere(`${matchedOn.words} && ${term}`));
  return { sql: `CAST((${scores.join(' + ')}) AS real)`, type: 'real' };
}
