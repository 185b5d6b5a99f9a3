import { registerEnumType } from '@nestjs/graphql';
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SortKey } from '@app/core';
import { MatchedNames, SEARCH_DOCUMENT, searchTokens, searchWords } from './name-search';

/*
 * Suspect name search, bounded for any query: results come by match class, then newest first,
 * and the first page costs what a page costs, however many suspects match.
 *
 * Every query word must match a word of the record's names or aliases, at one of three match
 * classes, best first: the word itself (EXACT), a word within pg_trgm word similarity (TRIGRAM:
 * a typo), or a word that only sounds like it (PHONETIC: frontera_sounds_like, Spanish and
 * English keys). A record's class is the worst of its words' best classes. The classes of each
 * query word are read from the vocabulary of name words first (statement 1, `matchQueryWords`),
 * so the record queries carry literal word lists the planner has statistics for.
 *
 * Two shapes, chosen by the words:
 * - one word (besides articles: "el guero" is "guero" with "el" required): `rankedIds` reads
 *   suspect_search_keys, whose primary key lists each word's suspects newest first, one ordered
 *   stream per class (a Merge Append of the class's words), joins the stream to the visible
 *   suspects and stops after the page. "maria" reads ~150 keys for a page of 50 of its 6,905
 *   suspects, not all of them;
 * - several words (or a word with an identifier or a date of birth): the GIN index over each
 *   suspect's words intersects them (`whereAllWordsMatch`); an intersection of rare and common
 *   words is small, and it is ranked (`matchRank`) before the page is cut.
 */

/** Match classes, best first. A cursor carries the rank: 2 for EXACT down to 0. */
export enum MatchClass {
  EXACT = 0,
  TRIGRAM = 1,
  PHONETIC = 2,
}
registerEnumType(MatchClass, {
  name: 'MatchClass',
  description: 'How a name search matched a suspect: as its query word that matched least well.',
  valuesMap: {
    EXACT: { description: 'Every query word is a word of the names or aliases.' },
    TRIGRAM: { description: 'A query word matched a similar spelling (a typo).' },
    PHONETIC: { description: 'A query word matched a word that only sounds like it.' },
  },
});
const CLASSES = [MatchClass.EXACT, MatchClass.TRIGRAM, MatchClass.PHONETIC] as const;
export const rankOf = (matchClass: MatchClass): number => CLASSES.length - 1 - matchClass;
/** The class a rank (a cursor's, a sort key's) stands for. */
export const classOfRank = (rank: number): MatchClass => CLASSES[CLASSES.length - 1 - rank];

/** A query word's vocabulary words at each class, cumulative: [0] EXACT, [1] with TRIGRAM, [2] with PHONETIC. */
export interface QueryTerm {
  word: string;
  atClass: [string[], string[], string[]];
  /** Articles ("el", "la", "de"...): matched exactly, never what a search is driven by. */
  article: boolean;
}

/** The most vocabulary words a query word expands to per class (the most similar kept). */
const MAX_WORDS_PER_CLASS = 24;
const ARTICLES = new Set(['el', 'la', 'lo', 'los', 'las', 'de', 'del', 'y', 'e']);

/** Statement 1: each query word's vocabulary words by class; null when the query has no words at all. */
export async function matchQueryWords(manager: EntityManager, search: string): Promise<QueryTerm[] | null> {
  const tokens = searchTokens(search);
  if (tokens.length === 0) return null;
  const words = searchWords(tokens);
  if (words.length === 0) return [];
  const rows: { i: string; word: string; class: number }[] = await manager.query(
    `WITH q AS (SELECT q.i, frontera_search_text(ARRAY[q.raw]) AS w FROM unnest($1::text[]) WITH ORDINALITY AS q(raw, i)),
          m AS (SELECT q.i, v.word,
                       CASE WHEN v.word = q.w THEN ${MatchClass.EXACT} WHEN q.w <% v.word THEN ${MatchClass.TRIGRAM} ELSE ${MatchClass.PHONETIC} END AS class,
                       word_similarity(q.w, v.word) AS similarity
                  FROM q CROSS JOIN LATERAL (
                         SELECT v.word FROM search_vocabulary v WHERE v.word = q.w
                         UNION SELECT v.word FROM search_vocabulary v WHERE q.w <% v.word
                         UNION SELECT v.word FROM search_vocabulary v WHERE frontera_sounds_like(v.word) && frontera_sounds_like(q.w)) v)
     SELECT m.i, m.word, m.class FROM m ORDER BY m.i, m.class, m.similarity DESC, m.word`,
    [words],
  );
  const onlyArticles = words.every((word) => ARTICLES.has(word.toLowerCase()));
  const terms = words.map((word, index): QueryTerm => {
    const article = !onlyArticles && ARTICLES.has(word.toLowerCase());
    const matched = rows.filter((row) => Number(row.i) === index + 1 && (!article || row.class === MatchClass.EXACT));
    const atClass: string[][] = [];
    for (const matchClass of CLASSES) {
      const own = matched
        .filter((row) => row.class === matchClass)
        .slice(0, MAX_WORDS_PER_CLASS)
        .map((row) => row.word);
      atClass.push([...(atClass[matchClass - 1] ?? []), ...own]);
    }
    return { word, article, atClass: atClass as QueryTerm['atClass'] };
  });
  return terms;
}

/** Terms that drive the search (not articles); all of them when the query is articles only. */
function drivingTerms(terms: QueryTerm[]): QueryTerm[] {
  return terms.filter((term) => !term.article);
}

/** Whether `rankedIds` serves this query: one driving word and no other filter. */
export function isSingleWordSearch(terms: QueryTerm[]): boolean {
  return drivingTerms(terms).length === 1;
}

const DOCUMENT = SEARCH_DOCUMENT.suspect('r');
const KEYS = 'suspect_search_keys';

/** `EXISTS` a search key among `param`'s for the suspect `idSql` (an index probe). */
function hasKey(idSql: string, param: string, negate = false): string {
  return `${negate ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${KEYS} k WHERE k.suspect_id = ${idSql} AND k.key = ANY(:${param}) OFFSET 0)`;
}

/**
 * The suspects having any of `words`, newest first, each once: one ordered index range per
 * word, merged; a suspect with two of the words is kept under the first (a probe on the words
 * before it).
 */
function orderedStream(words: string[], param: (suffix: string, value: unknown) => string): string {
  return `(SELECT * FROM (${words
    .map((word, i) => {
      const earlier = i > 0 ? ` AND ${hasKey('s.suspect_id', param(`before_${i}`, words.slice(0, i)), true)}` : '';
      return `(SELECT s.suspect_id FROM ${KEYS} s WHERE s.key = :${param(`word_${i}`, word)}${earlier} ORDER BY s.suspect_id DESC)`;
    })
    .join(' UNION ALL ')}) u ORDER BY suspect_id DESC)`;
}

export interface RankedId {
  id: string;
  rank: number;
}

/**
 * Statement 2 of a one-word search: the ids of the page, best class first, newest first within
 * a class. One branch per class, each an ordered stream of the class's new words (those of the
 * better classes are excluded by a probe) joined to the visible suspects and cut at `limit`;
 * `visible` makes each branch's query over the suspects the viewer may search (alias `r`).
 */
export async function rankedIds(
  manager: EntityManager,
  terms: QueryTerm[],
  options: {
    limit: number;
    after: { rank: number; id: string } | null;
    visible: () => SelectQueryBuilder<ObjectLiteral> | null;
    /**
     * For a viewer who reads only some names of some suspects: the document of the names it
     * may read on each row (alias `r`). The keys find the candidates in order; a candidate
     * stays, in the class of its best readable word, only where its readable names match.
     */
    matchedOn?: (qb: SelectQueryBuilder<ObjectLiteral>) => MatchedNames;
  },
): Promise<RankedId[]> {
  const [driver] = drivingTerms(terms);
  const articles = terms.filter((term) => term !== driver);
  const branches: SelectQueryBuilder<ObjectLiteral>[] = [];
  const parameters: Record<string, unknown> = {};
  for (const matchClass of CLASSES) {
    const rank = rankOf(matchClass);
    if (options.after && rank > options.after.rank) continue;
    const better = matchClass === MatchClass.EXACT ? [] : driver.atClass[matchClass - 1];
    const words = driver.atClass[matchClass].filter((word) => !better.includes(word));
    if (words.length === 0) continue;
    const qb = options.visible();
    if (!qb) return [];
    const param = (suffix: string, value: unknown) => {
      parameters[`search_c${matchClass}_${suffix}`] = value;
      return `search_c${matchClass}_${suffix}`;
    };
    qb.innerJoin(orderedStream(words, param), 'd', 'd.suspect_id = r.id')
      .select('d.suspect_id', 'id')
      .addSelect(String(rank), 'rank');
    const readable = options.matchedOn?.(qb);
    if (readable) {
      qb.andWhere(`${readable.words} && :${param('readable', words)}`);
      if (better.length > 0) qb.andWhere(`NOT (${readable.words} && :${param('better', better)})`);
      articles.forEach((article, i) =>
        qb.andWhere(`${readable.words} && :${param(`article_${i}`, article.atClass[MatchClass.EXACT])}`),
      );
    } else {
      if (better.length > 0) qb.andWhere(hasKey('d.suspect_id', param('better', better), true));
      articles.forEach((article, i) =>
        qb.andWhere(hasKey('d.suspect_id', param(`article_${i}`, article.atClass[MatchClass.EXACT]))),
      );
    }
    if (options.after && rank === options.after.rank)
      qb.andWhere(`d.suspect_id < :${param('after', options.after.id)}`);
    branches.push(qb.orderBy('d.suspect_id', 'DESC').limit(options.limit));
  }
  if (branches.length === 0) return [];
  for (const branch of branches) Object.assign(parameters, branch.getParameters());
  // No ORDER BY: PostgreSQL's Append runs the branches in order and stops pulling at the
  // limit, so a class that fills the page is the only one read ("maria" never reads its typos).
  // That order is the executor's, not SQL's promise: it holds because the API's connections never
  // plan in parallel (data-source-options), and the ranks are checked below.
  const rows = await manager
    .createQueryBuilder()
    .select('u.id', 'id')
    .addSelect('u.rank', 'rank')
    .from(`(${branches.map((branch) => `(${branch.getQuery()})`).join(' UNION ALL ')})`, 'u')
    .setParameters(parameters)
    .limit(options.limit)
    .getRawMany<{ id: string; rank: number | string }>();
  const ranked = rows.map((row) => ({ id: row.id, rank: Number(row.rank) }));
  if (ranked.some((row, i) => i > 0 && row.rank > ranked[i - 1].rank))
    throw new Error('rankedIds: the branches came out of order');
  return ranked;
}

/**
 * For the GIN shape: every term must match (its words up to PHONETIC, through the GIN index
 * over the suspect's words) in `matchedOn`, the names the viewer may read. Returns the rank
 * sort key: those words are computed once per row (a subquery the planner keeps apart) and
 * compared with each class's words.
 */
export function whereAllWordsMatch<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  terms: QueryTerm[],
  matchedOn: MatchedNames,
): SortKey {
  if (terms.length === 0 || terms.some((term) => term.atClass[MatchClass.PHONETIC].length === 0)) {
    qb.andWhere('false');
    return { sql: 'CAST(0 AS bigint)', type: 'bigint' };
  }
  const levels = CLASSES.map((matchClass) =>
    terms.map((term, i) => {
      const param = `search_t${i}_c${matchClass}`;
      qb.setParameter(param, term.atClass[matchClass]);
      return `w.words && :${param}`;
    }),
  );
  qb.andWhere(DOCUMENT.hasWords(terms.map((_term, i) => `CAST(:search_t${i}_c${MatchClass.PHONETIC} AS text[])`)));
  if (matchedOn.words !== DOCUMENT.words)
    terms.forEach((_term, i) => qb.andWhere(`${matchedOn.words} && :search_t${i}_c${MatchClass.PHONETIC}`));
  const whens = CLASSES.slice(0, -1).map(
    (matchClass) => `WHEN ${levels[matchClass].join(' AND ')} THEN ${rankOf(matchClass)}`,
  );
  return {
    sql: `(SELECT CASE ${whens.join(' ')} ELSE 0 END FROM (SELECT ${matchedOn.words} AS words OFFSET 0) w)`,
    type: 'bigint',
  };
}
