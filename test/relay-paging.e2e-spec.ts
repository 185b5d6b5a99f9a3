import { DEMO_IDS } from './support/demo';
import { createSuspect, OFFER, ok, UPDATE_SUSPECT } from './support/sharing';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

/**
 * Relay paging both ways (#18) and orderBy with readable keys only (#12): `last`/`before` page
 * back over exactly what `first`/`after` page forward; each key in each direction visits every
 * item once; a withheld value sorts as none, so the order tells nothing of it.
 */
interface Page {
  edges: { cursor: string; node: { id: string; [field: string]: unknown } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
/** Each connection: its path from the query root and the variables its arguments take besides paging. */
const LISTS: Record<string, { query: (fields: string) => string; at: (data: any) => Page; order?: string }> = {
  suspects: {
    query: (f) => `suspects(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) { ${f} }`,
    at: (d) => d.suspects,
    order: 'SuspectOrder',
  },
  organizations: {
    query: (f) =>
      `organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) { ${f} }`,
    at: (d) => d.organizations,
    order: 'OrganizationOrder',
  },
  cases: {
    query: (f) => `cases(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) { ${f} }`,
    at: (d) => d.cases,
    order: 'CaseOrder',
  },
  warrants: {
    query: (f) => `warrants(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) { ${f} }`,
    at: (d) => d.warrants,
    order: 'WarrantOrder',
  },
  tips: {
    query: (f) => `tips(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) { ${f} }`,
    at: (d) => d.tips,
    order: 'TipOrder',
  },
  suspectSearch: {
    query: (f) =>
      `suspects(filter: { search: "Núñez" }, first: $first, after: $after, last: $last, before: $before) { ${f} }`,
    at: (d) => d.suspects,
  },
  campaigns: {
    query: (f) => `campaigns(first: $first, after: $after, last: $last, before: $before) { ${f} }`,
    at: (d) => d.campaigns,
  },
  auditEvents: {
    query: (f) => `auditEvents(first: $first, after: $after, last: $last, before: $before) { ${f} }`,
    at: (d) => d.auditEvents,
  },
  users: {
    query: (f) => `users(first: $first, after: $after, last: $last, before: $before) { ${f} }`,
    at: (d) => d.users,
  },
  caseTimeline: {
    query: (f) =>
      `case(id: "${DEMO_IDS.cases.hsiJointTaskForce}") { timeline(first: $first, after: $after, last: $last, before: $before) { ${f} } }`,
    at: (d) => d.case.timeline,
  },
};
/** The orderBy keys of each main list, with the field of the node that shows each one's value. */
const ORDER_KEYS: Record<string, Record<string, string>> = {
  suspects: {
    CREATED_AT: 'createdAt',
    PATERNAL_SURNAME: 'paternalSurname',
    GIVEN_NAMES: 'givenNames',
    DATE_OF_BIRTH: 'dateOfBirth',
  },
  organizations: { CREATED_AT: 'createdAt', NAME: 'name' },
  cases: { CREATED_AT: 'createdAt', CASE_NUMBER: 'caseNumber', TITLE: 'title' },
  warrants: {
    CREATED_AT: 'createdAt',
    NUMBER: 'number',
    ISSUE_DATE: 'issueDate',
    STATUS_CHANGED_AT: 'statusChangedAt',
  },
  tips: { CREATED_AT: 'createdAt', RECEIVED_AT: 'receivedAt', PRIORITY: 'priority' },
};
const NODE_FIELDS: Record<string, string> = {
  suspects: 'id createdAt paternalSurname givenNames dateOfBirth',
  organizations: 'id createdAt name',
  cases: 'id createdAt caseNumber title',
  warrants: 'id createdAt number issueDate statusChangedAt',
  tips: 'id createdAt receivedAt priority',
};
const PRIORITY_RANK: Record<string, number> = { ROUTINE: 0, URGENT: 1, LIFE_THREATENING: 2 };

function operation(name: string, nodeFields = 'id'): string {
  const list = LISTS[name];
  const orderVar = list.order ? `, $orderBy: ${list.order}` : '';
  const text = list.query(`edges { cursor node { ${nodeFields} } } ${PAGE_INFO}`);
  return `query ($first: Int, $after: String, $last: Int, $before: String${orderVar}) { ${list.order ? text : text.replace(', orderBy: $orderBy', '')} }`;
}

async function page(
  client: GraphQLClient,
  name: string,
  variables: Record<string, unknown>,
  nodeFields?: string,
): Promise<Page> {
  const result = await client.gql(operation(name, nodeFields), variables);
  if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return LISTS[name].at(result.data);
}

/** Every page forward (`first`/`after`) and every page backward from the end (`last`/`before`). */
async function bothWays(
  client: GraphQLClient,
  name: string,
  size: number,
  extra: Record<string, unknown> = {},
  nodeFields?: string,
) {
  const forward: Page[] = [];
  for (let after: string | null = null; ;) {
    const p = await page(client, name, { first: size, after, ...extra }, nodeFields);
    forward.push(p);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  const backward: Page[] = [];
  for (let before: string | null = null; ;) {
    const p = await page(client, name, { last: size, before, ...extra }, nodeFields);
    backward.push(p);
    if (!p.pageInfo.hasPreviousPage) break;
    before = p.pageInfo.startCursor;
  }
  return { forward, backward };
}

const ids = (pages: Page[]) => pages.flatMap((p) => p.edges.map((edge) => edge.node.id));

describe('Relay paging both ways and orderBy', () => {
  let app: TestApp;
  const as: Record<string, GraphQLClient> = {};

  beforeAll(async () => {
    app = await startApp();
    for (const email of ['analyst@hsi', 'admin@hsi', 'liaison@hsi', 'analyst@usbp', 'liaison@fgr'])
      as[email] = await app.as(`${email}.example`);
    // USBP's demo campaign and two more, so that its campaigns take three pages
    for (const n of [1, 2]) {
      const input = {
        slug: `relay-paging-${n}`,
        titleEs: 'Se Busca: prueba',
        titleEn: 'Wanted: test',
        summaryEs: 'Resumen.',
        summaryEn: 'Summary.',
        region: 'Ciudad Juárez',
        hotlinePhone: '+1 915 555 0111',
        activeFrom: '2026-01-01',
      };
      ok(
        await as['analyst@usbp'].gql(
          'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
          { input },
        ),
        'createCampaign',
      );
    }
  });
  afterAll(() => app?.stop());
  /** Who reads a list: its agency's own records (an HSI analyst; HSI's admin reads its audit and people, USBP its campaign). */
  const viewerOf = (name: string) =>
    as[
      name === 'auditEvents' || name === 'users' ? 'admin@hsi' : name === 'campaigns' ? 'analyst@usbp' : 'analyst@hsi'
    ];

  it.each(Object.keys(LISTS))(
    '%s: last/before paged back from the end is first/after forward reversed, pageInfo right at both ends',
    async (name) => {
      const client = viewerOf(name);
      const { forward, backward } = await bothWays(client, name, 1);
      const all = ids(forward);
      expect(all.length).toBeGreaterThan(1);
      expect(new Set(all).size).toBe(all.length);
      expect(ids([...backward].reverse())).toEqual(all);
      // the cursors too: one position, one cursor
      const cursors = (pages: Page[]) => pages.flatMap((p) => p.edges.map((e) => e.cursor));
      expect(cursors([...backward].reverse())).toEqual(cursors(forward));
      const [first, last] = [forward[0], forward.at(-1)!];
      expect(first.pageInfo).toMatchObject({
        hasPreviousPage: false,
        hasNextPage: true,
        startCursor: first.edges[0].cursor,
        endCursor: first.edges.at(-1)!.cursor,
      });
      expect(last.pageInfo).toMatchObject({
        hasPreviousPage: true,
        hasNextPage: false,
        endCursor: last.edges.at(-1)!.cursor,
      });
      const [end, start] = [backward[0], backward.at(-1)!];
      expect(end.pageInfo).toMatchObject({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: end.edges[0].cursor,
        endCursor: end.edges.at(-1)!.cursor,
      });
      expect(start.pageInfo).toMatchObject({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: start.edges[0].cursor,
      });
      // a page back from a forward page's startCursor is the forward page before it
      const second = forward[1];
      const back = await page(client, name, { last: 1, before: second.pageInfo.startCursor });
      expect(back.edges.map((e) => e.node.id)).toEqual(first.edges.map((e) => e.node.id));
      expect(back.pageInfo.hasPreviousPage).toBe(false);
    },
  );

  describe.each(Object.entries(ORDER_KEYS))('%s orderBy', (name, keys) => {
    it.each(
      Object.keys(keys).flatMap((field) => [
        [field, 'ASC'],
        [field, 'DESC'],
      ]),
    )('%s %s pages through everything exactly once, in order, both ways', async (field, direction) => {
      const client = as['analyst@hsi'];
      const unordered = ids((await bothWays(client, name, 100)).forward);
      const { forward, backward } = await bothWays(
        client,
        name,
        1,
        { orderBy: { field, direction } },
        NODE_FIELDS[name],
      );
      const all = ids(forward);
      expect([...all].sort()).toEqual([...unordered].sort());
      expect(ids([...backward].reverse())).toEqual(all);
      const values = forward.flatMap((p) => p.edges.map((e) => e.node[keys[field]] as string | null));
      const present = values.filter((value): value is string => value !== null);
      // values you may not read (or none) last, either way
      expect(values.slice(0, present.length)).toEqual(present);
      const comparable = present.map((value) =>
        field === 'PRIORITY' ? PRIORITY_RANK[value] : field.endsWith('_AT') ? Date.parse(value) : value,
      );
      const sorted = [...comparable].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (
        field !== 'PATERNAL_SURNAME' &&
        field !== 'GIVEN_NAMES' &&
        field !== 'TITLE' &&
        field !== 'NAME' &&
        field !== 'NUMBER' &&
        field !== 'CASE_NUMBER'
      ) {
        expect(comparable).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      }
    });
  });

  it('a value withheld from the viewer sorts as none: its place does not change with it', async () => {
    const id = await createSuspect(
      as['analyst@hsi'],
      'Aurelio',
      'Zamarripa',
      { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
      { dateOfBirth: '1980-02-03' },
    );
    const offered = ok(
      await as['liaison@hsi'].gql(OFFER, {
        type: 'SUSPECT',
        id,
        to: DEMO_IDS.agencies.FGR,
        purpose: 'Cruce de información',
        fields: ['givenNames', 'paternalSurname'],
      }),
      'offerShare',
    );
    expect(offered.grantedFields).not.toContain('dateOfBirth');
    const placeOf = async (direction: string) => {
      const all = (
        await bothWays(
          as['liaison@fgr'],
          'suspects',
          100,
          { orderBy: { field: 'DATE_OF_BIRTH', direction } },
          'id dateOfBirth',
        )
      ).forward.flatMap((p) => p.edges);
      const at = all.findIndex((edge) => edge.node.id === id);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(all[at].node.dateOfBirth).toBeNull();
      // among the ones without a readable value, at the end
      expect(all.slice(at).every((edge) => edge.node.dateOfBirth === null)).toBe(true);
      return { at, cursor: all[at].cursor, ids: all.map((edge) => edge.node.id) };
    };
    const before = { ASC: await placeOf('ASC'), DESC: await placeOf('DESC') };
    for (const dateOfBirth of ['1900-01-01', '2005-12-31']) {
      ok(await as['analyst@hsi'].gql(UPDATE_SUSPECT, { id, input: { dateOfBirth } }), 'updateSuspect');
      for (const direction of ['ASC', 'DESC'] as const) expect(await placeOf(direction)).toEqual(before[direction]);
    }
    // the owner's own order does move it
    const owners = (
      await bothWays(
        as['analyst@hsi'],
        'suspects',
        100,
        { orderBy: { field: 'DATE_OF_BIRTH', direction: 'ASC' } },
        'id dateOfBirth',
      )
    ).forward.flatMap((p) => p.edges);
    expect(owners.find((edge) => edge.node.id === id)!.node.dateOfBirth).toBe('2005-12-31');
  });

  it('refuses bad paging arguments as BAD_USER_INPUT, never anything else', async () => {
    const client = as['analyst@hsi'];
    const suspects = await page(client, 'suspects', { first: 2 });
    const warrants = await page(client, 'warrants', { first: 2 });
    const ascending = await page(client, 'suspects', { first: 2, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    const cases: [string, Record<string, unknown>][] = [
      ['suspects', { first: 2, last: 2 }],
      ['suspects', { after: suspects.pageInfo.endCursor, before: suspects.pageInfo.endCursor }],
      ['suspects', { first: 2, before: suspects.pageInfo.endCursor }],
      ['suspects', { last: 101 }],
      ['suspects', { last: 0 }],
      ['suspects', { last: 2, before: 'not-a-cursor' }],
      ['suspects', { last: 2, before: `${suspects.pageInfo.endCursor!.slice(0, -2)}AA` }],
      ['warrants', { last: 2, before: suspects.pageInfo.endCursor }],
      ['suspects', { last: 2, before: warrants.pageInfo.endCursor }],
      // a cursor of one order is not one of another
      ['suspects', { last: 2, before: ascending.pageInfo.endCursor }],
      [
        'suspects',
        { last: 2, before: suspects.pageInfo.endCursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
      ],
      ['auditEvents', { last: 2, before: suspects.pageInfo.endCursor }],
      ['caseTimeline', { last: 2, before: suspects.pageInfo.endCursor }],
      ['suspects', { first: 2, orderBy: { field: 'FULL_NAME', direction: 'ASC' } }],
      ['suspects', { first: 2, orderBy: { field: 'CREATED_AT', direction: 'SIDEWAYS' } }],
    ];
    for (const [name, variables] of cases) {
      const result = await viewerOf(name).gql(operation(name), variables);
      expect([name, variables, errorCode(result)]).toEqual([name, variables, 'BAD_USER_INPUT']);
    }
  });
});
