import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { APPROVE, ok, REQUEST_SHARE } from './support/sharing';
import { GqlResult, GraphQLClient, startApp, TestApp } from './support/test-app';

/**
 * The database as a second wall (issue #14): with the application's visibility filter removed
 * (the test-only FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY=all), row-level security alone still lets
 * no other agency's row through; the application with its filter answers exactly as before.
 */
const LISTS = {
  suspects: 'suspects',
  organizations: 'organizations',
  warrants: 'warrants',
  tips: 'tips',
  cases: 'cases',
} as const;
type List = keyof typeof LISTS;
const TABLE_OF: Record<List, string> = LISTS;
const LOOKUP_OF: Record<List, string> = {
  suspects: 'suspect',
  organizations: 'organization',
  warrants: 'warrant',
  tips: 'tip',
  cases: 'case',
};

/** Viewers of different agencies and roles: owners, standing partners, approval partners, intake. */
const VIEWERS = [
  'analyst@fgr.example',
  'analyst@hsi.example',
  'analyst@usbp.example',
  'intake@usbp.example',
  'liaison@fge-chih.example',
];

const listQuery = (list: List, filter = '') =>
  `{ ${list}(first: 100${filter}) { edges { node { id ownerAgency { code } } } } }`;
const ids = (result: GqlResult, list: string): string[] =>
  ((result.data?.[list]?.edges ?? []) as { node: { id: string } }[]).map((edge) => edge.node.id).sort();

describe('row-level security backstop', () => {
  let guarded: TestApp;
  let bare: TestApp;
  let db: Client;
  const clients = new Map<string, [GraphQLClient, GraphQLClient]>();
  const both = async (email: string, query: string, variables?: Record<string, unknown>) => {
    let pair = clients.get(email);
    if (!pair) clients.set(email, (pair = [await guarded.as(email), await bare.as(email)]));
    return Promise.all([pair[0].gql(query, variables), pair[1].gql(query, variables)]);
  };

  beforeAll(async () => {
    guarded = await startApp();
    bare = await startApp({ FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY: 'all' });
    db = new Client({ connectionString: bare.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await Promise.all([guarded?.stop(), bare?.stop()]);
  });

  it('connects the API as a role that owns nothing and cannot bypass row-level security', async () => {
    const { rows } = await db.query<{ usename: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT DISTINCT a.usename, r.rolsuper, r.rolbypassrls FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename
       WHERE a.datname = current_database() AND a.application_name = '' AND a.pid <> pg_backend_pid()`,
    );
    expect(rows).toContainEqual({ usename: 'frontera_api', rolsuper: false, rolbypassrls: false });
    const owned = await db.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'frontera_api'",
    );
    expect(owned.rows).toEqual([]);
    const { rows: tables } = await db.query<{ relname: string; relrowsecurity: boolean }>(
      'SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY($1) ORDER BY relname',
      [[...Object.values(TABLE_OF), 'warrant_external_refs']],
    );
    expect(tables.every((table) => table.relrowsecurity)).toBe(true);
  });

  it('fails closed: as the API role without an agency no record row is visible, and the setting ends with its transaction', async () => {
    const api = new Client({ connectionString: bare.databaseUrl });
    await api.connect();
    try {
      // the owner's connection, acting as the API's role: what row-level security shows that role
      await api.query('SET ROLE frontera_api');
      for (const table of Object.values(TABLE_OF))
        expect({ table, rows: (await api.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n }).toEqual({
          table,
          rows: 0,
        });
      await api.query('BEGIN');
      await api.query("SELECT set_config('frontera.agency_id', $1, true)", [DEMO_IDS.agencies.HSI]);
      expect((await api.query('SELECT count(*)::int AS n FROM suspects')).rows[0].n).toBeGreaterThan(0);
      await api.query('COMMIT');
      expect((await api.query('SELECT count(*)::int AS n FROM suspects')).rows[0].n).toBe(0);
    } finally {
      await api.end();
    }
  });

  it("never carries one request's agency into another on pooled connections", async () => {
    const emails = VIEWERS.slice(0, 3);
    const expected = new Map<string, string[]>();
    for (const email of emails)
      expected.set(email, ids(await (await guarded.as(email)).gql(listQuery('suspects')), 'suspects'));
    const clients = await Promise.all(emails.map((email) => bare.as(email)));
    const rounds = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        clients[i % emails.length]
          .gql(listQuery('suspects'))
          .then((result) => [emails[i % emails.length], ids(result, 'suspects')] as const),
      ),
    );
    for (const [email, got] of rounds) expect({ email, got }).toEqual({ email, got: expected.get(email) });
  });

  it('lets no other agency row through lists without the application filter, and lists answer as before with it', async () => {
    const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
      (result.errors ?? []).map((error) => error.extensions?.code);
    let rows = 0;
    for (const email of VIEWERS) {
      for (const list of Object.keys(LISTS) as List[]) {
        const [withFilter, without] = await both(email, listQuery(list));
        // a role that may not read a type at all (intake and warrants) is refused by both alike
        expect({ email, list, ids: ids(without, list), errors: codes(without) }).toEqual({
          email,
          list,
          ids: ids(withFilter, list),
          errors: codes(withFilter),
        });
        rows += ids(without, list).length;
      }
    }
    expect(rows).toBeGreaterThan(50);
  });

  it('shows that the filter really is off: with row-level security disabled the bare app leaks', async () => {
    const fgr = await bare.as('analyst@fgr.example');
    const before = ids(await fgr.gql(listQuery('suspects')), 'suspects');
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM suspects');
    expect(before.length).toBeLessThan(rows[0].n);
    await db.query('ALTER TABLE suspects DISABLE ROW LEVEL SECURITY');
    try {
      const leaked = ids(await fgr.gql(listQuery('suspects')), 'suspects');
      expect(leaked.length).toBeGreaterThan(before.length);
      expect(leaked).toContain(DEMO_IDS.suspects.hsiNunezPena);
    } finally {
      await db.query('ALTER TABLE suspects ENABLE ROW LEVEL SECURITY');
    }
  });

  it("answers lookups of every record like the application does: another agency's hidden row is null", async () => {
    for (const list of Object.keys(LISTS) as List[]) {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${TABLE_OF[list]} ORDER BY id`);
      const lookup = `query ($id: ID!) { ${LOOKUP_OF[list]}(id: $id) { id } }`;
      let found = 0;
      for (const email of VIEWERS.slice(0, 3)) {
        for (const { id } of rows) {
          const [withFilter, without] = await both(email, lookup, { id });
          const answer = without.data?.[LOOKUP_OF[list]]?.id ?? null;
          expect({ email, list, id, found: answer }).toEqual({
            email,
            list,
            id,
            found: withFilter.data?.[LOOKUP_OF[list]]?.id ?? null,
          });
          if (answer) found++;
        }
      }
      // not a vacuous comparison: of each table some rows are found, others are another agency's and answer null
      expect({ list, found: found > 0, someHidden: found < rows.length * 3 }).toEqual({
        list,
        found: true,
        someHidden: true,
      });
    }
    // the cross-agency case itself: HSI's record stays hidden from FGR, which only has an approval-based agreement
    const [withFilter, without] = await both('analyst@fgr.example', 'query ($id: ID!) { suspect(id: $id) { id } }', {
      id: DEMO_IDS.suspects.hsiNunezPena,
    });
    expect(withFilter.data.suspect).toBeNull();
    expect(without.data.suspect).toBeNull();
  });

  it('searches only what the agency may see', async () => {
    for (const email of VIEWERS.slice(0, 3)) {
      for (const search of ['jose', 'gonzalez', 'el guero', 'jose angel nunez']) {
        const [withFilter, without] = await both(email, listQuery('suspects', `, filter: { search: "${search}" }`));
        expect(withFilter.errors).toBeUndefined();
        expect({ email, search, ids: ids(without, 'suspects') }).toEqual({
          email,
          search,
          ids: ids(withFilter, 'suspects'),
        });
      }
      const [withFilter, without] = await both(email, listQuery('organizations', ', filter: { search: "venados" }'));
      expect(ids(without, 'organizations')).toEqual(ids(withFilter, 'organizations'));
    }
  });

  it('discovers only what an agreement lets the agency discover', async () => {
    const discover = 'query ($search: String!) { discoverSuspects(search: $search) { recordId ownerAgency { code } } }';
    for (const email of VIEWERS.slice(0, 3)) {
      for (const search of ['jose angel nunez', 'gonzalez', 'cardenas villalobos']) {
        const [withFilter, without] = await both(email, discover, { search });
        expect(withFilter.errors).toBeUndefined();
        const hits = (result: typeof withFilter) =>
          (result.data.discoverSuspects as { recordId: string }[]).map((hit) => hit.recordId).sort();
        expect({ email, search, hits: hits(without) }).toEqual({ email, search, hits: hits(withFilter) });
      }
    }
    const [, fromFgr] = await both('analyst@fgr.example', discover, { search: 'jose angel nunez' });
    expect(fromFgr.data.discoverSuspects).toContainEqual({
      recordId: DEMO_IDS.suspects.hsiNunezPena,
      ownerAgency: { code: 'HSI' },
    });
  });

  it("holds the rule's edges without the application filter: an ended agreement and an expired share show nothing", async () => {
    // a suspect HSI reads through a standing agreement alone (USBP's)
    const { rows: byAgreement } = await db.query<{ id: string; agreement: string }>(
      `SELECT r.id, a.id AS agreement FROM agreements a JOIN suspects r ON r.owner_agency_id = a.provider_agency_id
        WHERE a.recipient_agency_id = $1 AND NOT a.approval_required AND a.ended_at IS NULL AND 'SUSPECT' = ANY (a.record_types)
          AND r.tlp <= a.max_tlp AND r.tlp <> 'RED' AND 'US' = ANY (r.releasable_to) ORDER BY r.id LIMIT 1`,
      [DEMO_IDS.agencies.HSI],
    );
    // and one it reads through a share alone: an HSI suspect, asked for and approved (HSI's agreement with FGR needs approval)
    const { rows: hsi } = await db.query<{ id: string }>(
      `SELECT id FROM suspects WHERE owner_agency_id = $1 AND id <> $2 AND tlp IN ('CLEAR', 'GREEN', 'AMBER') AND 'MX' = ANY (releasable_to) ORDER BY id LIMIT 1`,
      [DEMO_IDS.agencies.HSI, DEMO_IDS.suspects.hsiNunezPena],
    );
    expect(byAgreement).toHaveLength(1);
    expect(hsi).toHaveLength(1);
    const fgr = await bare.as('analyst@fgr.example');
    const lookup = async (id: string, as: GraphQLClient = fgr) =>
      (await as.gql('query ($id: ID!) { suspect(id: $id) { id } }', { id })).data.suspect as { id: string } | null;
    const hsiAnalyst = await bare.as('analyst@hsi.example');
    expect(await lookup(hsi[0].id)).toBeNull();
    const requested = await fgr.gql(REQUEST_SHARE, { type: 'SUSPECT', id: hsi[0].id, purpose: 'backstop edges' });
    const request = ok<{ id: string }>(requested, 'requestShare');
    ok(await (await bare.as('liaison@hsi.example')).gql(APPROVE, { id: request.id }), 'approveShareRequest');
    expect(await lookup(byAgreement[0].id, hsiAnalyst)).toEqual({ id: byAgreement[0].id });
    expect(await lookup(hsi[0].id)).toEqual({ id: hsi[0].id });
    await db.query('UPDATE agreements SET ended_at = now() WHERE id = $1', [byAgreement[0].agreement]);
    await db.query("UPDATE shares SET expires_at = now() - interval '1 day' WHERE id = $1", [request.id]);
    try {
      expect(await lookup(byAgreement[0].id, hsiAnalyst)).toBeNull();
      expect(await lookup(hsi[0].id)).toBeNull();
    } finally {
      await db.query('UPDATE agreements SET ended_at = NULL WHERE id = $1', [byAgreement[0].agreement]);
    }
  });
});
