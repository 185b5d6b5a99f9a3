import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError, SortKey } from '@app/core';

const MAX_SEARCH_LENGTH = 200;
const MAX_TOKENS = 8;

/**
 * The accent-folded, lower-case text a record is found by. The expression must stay
 * identical to the one the trigram indexes were built on (see the records-schema migration).
 */
export const SEARCH_DOCUMENT = {
  suspect: (alias: string) =>
    `frontera_search_text(ARRAY[${alias}.given_names::text, ${alias}.paternal_surname::text, ${alias}.maternal_surname::text] || ${alias}.aliases)`,
  organization: (alias: string) => `frontera_search_text(ARRAY[${alias}.name::text] || ${alias}.aliases)`,
};

export function searchTokens(search: string): string[] {
  if (search.length > MAX_SEARCH_LENGTH) throw AppError.badInput('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  return search
    .split(/[\s,;.]+/u)
    .map((token) => token.trim())
    .filter((token) => token.length > 0)
    .slice(0, MAX_TOKENS);
}

/**
 * Name search: every word of the query must be found, in any order, in the record's names
 * or aliases, accent- and case-insensitively and despite a typo (pg_trgm word similarity,
 * served by the trigram index). A missing maternal surname is simply a word not asked for.
 * Returns the relevance sort key, or null when the query has no words.
 */
export function whereNameMatches<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, document: string, search: string): SortKey | null {
  const tokens = searchTokens(search);
  if (tokens.length === 0) return null;
  const scores: string[] = [];
  tokens.forEach((token, i) => {
    const query = `frontera_search_text(ARRAY[CAST(:search_${i} AS text)])`;
    qb.andWhere(`${query} <% ${document}`, { [`search_${i}`]: token });
    scores.push(`word_similarity(${query}, ${document})`);
  });
  return { sql: `CAST((${scores.join(' + ')}) AS real)`, type: 'real' };
}
