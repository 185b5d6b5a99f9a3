import { Client } from 'pg';
import { CursorCodec } from '../../libs/core/src/pagination/cursor-codec';

/*
 * The read scenarios of the scale benchmark, on a database seeded by `seed:scale`: each a
 * GraphQL operation as a demo user and the same rows read by hand-written SQL (the floor).
 * The query-plan test explains exactly these operations, so the plans it checks are the
 * plans the benchmark measures.
 */

export interface RawQuery {
  sql: string;
  params: unknown[];
}

export interface Scenario {
  name: string;
  /** The demo user the operation runs as. */
  email: string;
  query: string;
  variables: Record<string, unknown>;
  raw: RawQuery;
  /** Read through shares: measured again with 10,000 shares instead of all of them. */
  recipient: boolean;
  /** The same read from PostGraphile 4 on the same database (no authorization), where the benchmark compares. */
  peer?: { query: string; variables: Record<string, unknown> };
}

/** Who reads what, picked from the seeded data (deterministic for a seed). */
export interface ScenarioRecords {
  agencies: Record<string, string>;
  /** An HSI suspect shared with FGR, some fields withheld. */
  sharedSuspect: string;
  /** An FGR suspect, for FGR. */
  ownSuspect: string;
  /** An HSI suspect FGR may not see: the answer must be null, as for an unknown id. */
  hiddenSuspect: string;
  /** The shared suspect's name, as an analyst would type it. */
  search: string;
  /** The same name with a typo in the paternal surname (two letters swapped). */
  typoSearch: string;
  /** A CURP of an FGE-CHIH suspect FGR reads through their standing agreement, as typed (lower case, dashes). */
  recipientIdentifier: string;
  /** A keyset cursor halfway through FGR's suspects, and the key it names. */
  deepCursor: string;
  deepKey: string;
}

export const SUSPECT_PAGE = `query ($filter: SuspectFilter, $after: String) {
  suspects(filter: $filter, first: 50, after: $after) {
    edges { node { id fullName aliases status redactedFields
      warrants { id number status }
      memberships { role organization { id name } } } }
    pageInfo { hasNextPage endCursor } } }`;
export const SUSPECT_BY_ID = `query ($id: ID!) { suspect(id: $id) {
  id fullName givenNames paternalSurname maternalSurname aliases dateOfBirth sex nationalities status
  identifiers { kind value } redactedFields } }`;
/** PostGraphile 4's names for the same selections (its schema inferred from the tables). */
const PEER_PAGE = `query ($after: Cursor) {
  allSuspects(first: 50, after: $after, orderBy: PRIMARY_KEY_ASC) {
    edges { node { id givenNames paternalSurname maternalSurname aliases status
      warrantsBySubjectId { nodes { id number status } }
      membershipsBySuspectId { nodes { role organizationByOrganizationId { id name } } } } }
    pageInfo { hasNextPage endCursor } } }`;
const PEER_BY_ID = `query ($id: UUID!) { suspectById(id: $id) {
  id givenNames paternalSurname maternalSurname aliases dateOfBirth sex nationalities status identifiers } }`;
/** PostGraphile 4's cursor in primary-key order: base64 of its order name and the key. */
const peerCursor = (id: string) => Buffer.from(JSON.stringify(['primary_key_asc', [id]])).toString('base64');
export const INBOX = `query { sharingRequests(direction: INCOMING, status: PENDING, first: 100) {
  id recordType recordId purpose createdAt requestingAgency { code } } }`;

/** `cursors`: the codec of the API under test (its ENCRYPTION_KEY), to seal a cursor deep into a list. */
export async function pickScenarioRecords(db: Client, cursors: CursorCodec): Promise<ScenarioRecords> {
  const { rows: agencyRows } = await db.query<{ code: string; id: string }>('SELECT code, id FROM agencies');
  const agencies = Object.fromEntries(agencyRows.map((row) => [row.code, row.id]));
  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await db.query<Record<string, string>>(sql, params);
    if (rows.length === 0)
      throw new Error(`no record for a scenario (is the database seeded with seed:scale?): ${sql}`);
    return rows[0];
  };
  const shared = await one(
    `SELECT r.id, split_part(r.given_names, ' ', 1) || ' ' || r.paternal_surname || coalesce(' ' || r.maternal_surname, '') AS name
       FROM suspects r JOIN shares s ON s.record_id = r.id
      WHERE r.owner_agency_id = $1 AND s.recipient_agency_id = $2 AND s.status = 'APPROVED' AND s.expires_at > now() + interval '1 day'
        AND NOT 'identifiers' = ANY(s.granted_fields) AND r.maternal_surname IS NOT NULL
      ORDER BY r.id LIMIT 1`,
    [agencies.HSI, agencies.FGR],
  );
  const own = await one(
    `SELECT id FROM suspects WHERE owner_agency_id = $1 AND tlp = 'AMBER' ORDER BY id LIMIT 1 OFFSET 1000`,
    [agencies.FGR],
  );
  const typo = await one(
    `SELECT split_part(given_names, ' ', 1) || ' ' || left(paternal_surname, 2) || substr(paternal_surname, 4, 1) || substr(paternal_surname, 3, 1) || substr(paternal_surname, 5) || ' ' || maternal_surname AS name
       FROM suspects WHERE id = $1`,
    [shared.id],
  );
  const identified = await one(
    `SELECT e->>'value' AS curp FROM suspects r, jsonb_array_elements(r.identifiers) e
      WHERE r.owner_agency_id = $1 AND r.tlp IN ('CLEAR', 'GREEN', 'AMBER') AND 'MX' = ANY(r.releasable_to) AND e->>'kind' = 'CURP'
      ORDER BY r.id LIMIT 1 OFFSET 500`,
    [agencies['FGE-CHIH']],
  );
  const hidden = await one(
    `SELECT r.id FROM suspects r WHERE r.owner_agency_id = $1 AND r.tlp = 'AMBER'
        AND NOT EXISTS (SELECT 1 FROM shares s WHERE s.record_id = r.id AND s.recipient_agency_id = $2)
      ORDER BY r.id LIMIT 1 OFFSET 1000`,
    [agencies.HSI, agencies.FGR],
  );
  const middle = await one(
    `SELECT id FROM suspects WHERE owner_agency_id = $1 ORDER BY id
      LIMIT 1 OFFSET (SELECT count(*) / 2 FROM suspects WHERE owner_agency_id = $1)`,
    [agencies.FGR],
  );
  return {
    agencies,
    sharedSuspect: shared.id,
    ownSuspect: own.id,
    hiddenSuspect: hidden.id,
    search: shared.name,
    typoSearch: typo.name,
    recipientIdentifier:
      `${identified.curp.slice(0, 4)}-${identified.curp.slice(4, 10)}-${identified.curp.slice(10)}`.toLowerCase(),
    // keysetList('Suspect', []): the suspects page, newest first (sealed as keysetPage seals it)
    deepCursor: cursors.seal('Suspect|DESC|', [middle.id]),
    deepKey: middle.id,
  };
}

/**
 * What `agency` may read of a record table aliased `r`, as a hand-written predicate: its own
 * rows, rows of standing agreements in force whose markings allow it, and rows with an
 * approved, unexpired share its markings still allow. Parameters start at `$first`.
 */
async function visibleTo(db: Client, agency: string): Promise<(alias: string, first: number) => RawQuery> {
  const { rows } = await db.query<{ provider: string; max_tlp: string; country: string }>(
    `SELECT a.provider_agency_id AS provider, a.max_tlp, g.country FROM agreements a JOIN agencies g ON g.id = a.recipient_agency_id
      WHERE a.recipient_agency_id = $1 AND NOT a.approval_required AND a.ended_at IS NULL
        AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)`,
    [agency],
  );
  return (r, first) => {
    const params: unknown[] = [agency];
    const standing = rows.map((row) => {
      params.push(row.provider, row.max_tlp, row.country);
      const n = first + params.length - 3;
      return `(${r}.owner_agency_id = $${n} AND ${r}.tlp <= $${n + 1} AND ${r}.tlp <> 'RED' AND $${n + 2} = ANY(${r}.releasable_to))`;
    });
    const sql = [
      `${r}.owner_agency_id = $${first}`,
      ...standing,
      // the markings are checked against the share as the API does: also what keeps this EXISTS
      // a per-row index probe rather than a hash of every share of the agency
      `EXISTS (SELECT 1 FROM shares s WHERE s.record_id = ${r}.id AND s.recipient_agency_id = $${first} AND s.status = 'APPROVED'` +
        ` AND (s.expires_at IS NULL OR s.expires_at > now()) AND ${r}.tlp <= s.max_tlp AND s.recipient_country = ANY(${r}.releasable_to))`,
    ].join(' OR ');
    return { sql: `(${sql})`, params };
  };
}

const PARTS = `ARRAY[r.given_names::text, r.paternal_surname::text, r.maternal_surname::text] || r.aliases`;
const DOCUMENT = `frontera_search_text(${PARTS})`;
const WORDS = `frontera_search_words(${PARTS})`;

/**
 * The name search as hand-written SQL: the same vocabulary lookup (pg_trgm word similarity),
 * word index and ranking as whereNameMatches.
 */
function searchSql(search: string, first: number): { where: string; score: string; params: string[] } {
  const tokens = search.split(/\s+/).filter(Boolean);
  const query = (i: number) => `frontera_search_text(ARRAY[$${first + i}::text])`;
  return {
    where: tokens
      .map((_t, i) => `${WORDS} && ARRAY(SELECT v.word FROM search_vocabulary v WHERE ${query(i)} <% v.word)`)
      .join(' AND '),
    score: tokens.map((_t, i) => `word_similarity(${query(i)}, ${DOCUMENT})`).join(' + '),
    params: tokens,
  };
}

const SUSPECT_COLUMNS = 'r.id, r.given_names, r.paternal_surname, r.maternal_surname, r.aliases, r.status';

/** A page of suspects with their visible warrants and memberships, in one statement. */
async function pageSql(
  db: Client,
  agency: string,
  options: { search?: string; after?: string; word?: string; articles?: string[]; identifierKey?: string },
): Promise<RawQuery> {
  const visible = await visibleTo(db, agency);
  const suspects = visible('r', 1);
  const params = [...suspects.params];
  const where = [suspects.sql];
  let order = 'r.id DESC';
  let score = '';
  let from = 'suspects r';
  if (options.word) {
    // a common word fills the first page with exact matches: its suspects newest first, read in key order
    params.push(options.word);
    from = `suspect_search_keys d JOIN suspects r ON r.id = d.suspect_id AND d.key = $${params.length}`;
    for (const article of options.articles ?? []) {
      params.push(article);
      where.push(
        `EXISTS (SELECT 1 FROM suspect_search_keys k WHERE k.suspect_id = r.id AND k.key = $${params.length})`,
      );
    }
  }
  if (options.identifierKey) {
    params.push(options.identifierKey);
    where.push(`r.id IN (SELECT k.suspect_id FROM suspect_search_keys k WHERE k.key = $${params.length})`);
  }
  if (options.search) {
    const search = searchSql(options.search, params.length + 1);
    params.push(...search.params);
    where.push(search.where);
    score = `, (${search.score})::real AS score`;
    order = 'score DESC, r.id DESC';
  }
  if (options.after) {
    params.push(options.after);
    where.push(`r.id < $${params.length}`);
  }
  const warrants = visible('w', params.length + 1);
  params.push(...warrants.params);
  const organizations = visible('o', params.length + 1);
  params.push(...organizations.params);
  return {
    sql: `SELECT ${SUSPECT_COLUMNS}${score},
        (SELECT coalesce(json_agg(json_build_object('id', w.id, 'number', w.number, 'status', w.status) ORDER BY w.status_changed_at DESC, w.id DESC), '[]')
           FROM warrants w WHERE w.subject_id = r.id AND ${warrants.sql}) AS warrants,
        (SELECT coalesce(json_agg(json_build_object('role', m.role, 'id', o.id, 'name', o.name) ORDER BY m.created_at), '[]')
           FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.suspect_id = r.id AND ${organizations.sql}) AS memberships
      FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT 51`,
    params,
  };
}

async function byIdSql(db: Client, agency: string, id: string): Promise<RawQuery> {
  const visible = (await visibleTo(db, agency))('r', 2);
  return {
    sql: `SELECT r.*, (SELECT array_agg(DISTINCT f) FROM shares s, unnest(s.granted_fields) f
                        WHERE s.record_id = r.id AND s.recipient_agency_id = $2 AND s.status = 'APPROVED') AS granted
            FROM suspects r WHERE r.id = $1 AND ${visible.sql}`,
    params: [id, ...visible.params],
  };
}

/** Page-of-50 searches as `email`, each with its raw statement; one after the other (one pg client runs one query at a time). */
async function wordSearches(
  db: Client,
  agency: string,
  email: string,
  searches: [name: string, search: string, raw: Parameters<typeof pageSql>[2]][],
): Promise<Scenario[]> {
  const scenarios: Scenario[] = [];
  for (const [name, search, raw] of searches)
    scenarios.push({
      name,
      email,
      query: SUSPECT_PAGE,
      variables: { filter: { search } },
      raw: await pageSql(db, agency, raw),
      recipient: true,
    });
  return scenarios;
}

export async function scaleScenarios(db: Client, records: ScenarioRecords): Promise<Scenario[]> {
  const { agencies } = records;
  const fgr = 'analyst@fgr.example';
  const lookup = async (name: string, id: string): Promise<Scenario> => ({
    name,
    email: fgr,
    query: SUSPECT_BY_ID,
    variables: { id },
    raw: await byIdSql(db, agencies.FGR, id),
    recipient: name.includes('shared'),
    peer: { query: PEER_BY_ID, variables: { id } },
  });
  return [
    {
      name: 'search as recipient (FGR)',
      email: fgr,
      query: SUSPECT_PAGE,
      variables: { filter: { search: records.search } },
      raw: await pageSql(db, agencies.FGR, { search: records.search }),
      recipient: true,
    },
    {
      name: 'search as owner (HSI)',
      email: 'analyst@hsi.example',
      query: SUSPECT_PAGE,
      variables: { filter: { search: records.search } },
      raw: await pageSql(db, agencies.HSI, { search: records.search }),
      recipient: false,
    },
    // Search bounded for any query: a common first name, a common surname, an alias, a full name
    // with a typo (raw SQL: the trigram search of the name, which reads the same suspects), an identifier.
    ...(await wordSearches(db, agencies.FGR, fgr, [
      ['search common first name "maria" (FGR)', 'maria', { word: 'maria' }],
      ['search common surname "hernandez" (FGR)', 'hernandez', { word: 'hernandez' }],
      ['search alias "el guero" (FGR)', 'el guero', { word: 'guero', articles: ['el'] }],
      [`search full name with a typo (FGR)`, records.typoSearch, { search: records.typoSearch }],
    ])),
    {
      name: 'identifier lookup as recipient (FGR, a CURP of FGE-CHIH)',
      email: fgr,
      query: SUSPECT_PAGE,
      variables: { filter: { identifier: records.recipientIdentifier } },
      raw: await pageSql(db, agencies.FGR, {
        identifierKey: `#${records.recipientIdentifier.replace(/-/g, '').toUpperCase()}`,
      }),
      recipient: true,
    },
    {
      name: 'page 1 of 50 (FGR)',
      email: fgr,
      query: SUSPECT_PAGE,
      variables: {},
      raw: await pageSql(db, agencies.FGR, {}),
      recipient: true,
      peer: { query: PEER_PAGE, variables: {} },
    },
    {
      name: 'deep page of 50 (FGR, keyset)',
      email: fgr,
      query: SUSPECT_PAGE,
      variables: { after: records.deepCursor },
      raw: await pageSql(db, agencies.FGR, { after: records.deepKey }),
      recipient: true,
      peer: { query: PEER_PAGE, variables: { after: peerCursor(records.deepKey) } },
    },
    await lookup('lookup own (FGR)', records.ownSuspect),
    await lookup('lookup shared, redacted (FGR)', records.sharedSuspect),
    await lookup('lookup hidden (FGR)', records.hiddenSuspect),
    {
      name: 'inbox: 100 of the pending requests (HSI liaison)',
      email: 'liaison@hsi.example',
      query: INBOX,
      variables: {},
      raw: {
        sql: `SELECT s.id, s.record_type, s.record_id, s.purpose, s.created_at, a.code FROM shares s JOIN agencies a ON a.id = s.recipient_agency_id
               WHERE (s.provider_agency_id = $1 OR s.owner_agency_id = $1) AND s.status = 'PENDING' ORDER BY s.id DESC LIMIT 100`,
        params: [agencies.HSI],
      },
      recipient: false,
    },
  ];
}
