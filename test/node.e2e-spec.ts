import { DEMO_IDS } from './support/demo';
import { errorCode, GqlResult, GraphQLClient, startApp, TestApp } from './support/test-app';

const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';

/** Each Node type, its own lookup and what a test reads of it (content, redaction, sharing). */
const TYPES = {
  Suspect: {
    lookup: 'suspect',
    fields:
      'id redactedFields fullName givenNames identifiers { kind value } ownerAgency { code } handling { tlp } sharing { requestId }',
  },
  Organization: {
    lookup: 'organization',
    fields: 'id redactedFields name aliases ownerAgency { code } sharing { requestId }',
  },
  Warrant: {
    lookup: 'warrant',
    fields: 'id redactedFields number warrantStatus: status subject { id } ownerAgency { code }',
  },
  Tip: { lookup: 'tip', fields: 'id redactedFields narrative tipster { name } ownerAgency { code }' },
  Case: { lookup: 'case', fields: 'id redactedFields title caseNumber ownerAgency { code }' },
  WantedCampaign: { lookup: 'campaign', fields: 'id slug campaignStatus: status titleEn ownerAgency { code }' },
} as const;
type NodeType = keyof typeof TYPES;

const NODE = `query ($id: ID!) { node(id: $id) { __typename ${Object.entries(TYPES)
  .map(([type, { fields }]) => `... on ${type} { ${fields} }`)
  .join(' ')} } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ${Object.entries(TYPES)
  .map(([type, { fields }]) => `... on ${type} { ${fields} }`)
  .join(' ')} } }`;
const lookupQuery = (type: NodeType) =>
  `query ($id: ID!) { ${TYPES[type].lookup}(id: $id) { __typename ${TYPES[type].fields} } }`;

/** Records of every type: each agency's own, records shared with others (some fields withheld), and records hidden from them. */
const RECORDS: [NodeType, string][] = [
  ...Object.values(DEMO_IDS.suspects)
    .slice(0, 15)
    .map((id): [NodeType, string] => ['Suspect', id]),
  ...Object.values(DEMO_IDS.organizations).map((id): [NodeType, string] => ['Organization', id]),
  ...Object.values(DEMO_IDS.warrants).map((id): [NodeType, string] => ['Warrant', id]),
  ...Object.values(DEMO_IDS.tips).map((id): [NodeType, string] => ['Tip', id]),
  ...Object.values(DEMO_IDS.cases).map((id): [NodeType, string] => ['Case', id]),
  ['WantedCampaign', DEMO_IDS.campaigns.usbpSeBusca],
];
/** Not a node: unknown, not a UUID, and ids of things without a lookup of their own here (an agency, an agreement). */
const NOT_NODES = [UNKNOWN_ID, 'not-a-uuid', DEMO_IDS.agencies.HSI, DEMO_IDS.agreements.hsiToUsbp];
const VIEWERS = [
  'analyst@hsi.example',
  'intake@hsi.example',
  'analyst@usbp.example',
  'intake@usbp.example',
  'liaison@fgr.example',
  'investigator@fbi.example',
];
/** An integration script's key: it reads its agency's warrants and nothing else. */
const API_KEY = 'HSI API key (warrants:read)';

function data<T>(result: GqlResult, key: string): T {
  if (result.errors) throw new Error(`${key}: ${JSON.stringify(result.errors)}`);
  return result.data[key] as T;
}

/** What the type's own lookup answers; a lookup the viewer may not call at all (FORBIDDEN) reads as null. */
async function ownLookup(client: GraphQLClient, type: NodeType, id: string): Promise<unknown> {
  const result = await client.gql(lookupQuery(type), { id });
  if (errorCode(result) === 'FORBIDDEN') return null;
  return data(result, TYPES[type].lookup);
}

describe('Relay node(id:) and nodes(ids:)', () => {
  let app: TestApp;
  const clients = new Map<string, GraphQLClient>();
  const as = async (email: string) => clients.get(email) ?? clients.set(email, await app.as(email)).get(email)!;

  beforeAll(async () => {
    app = await startApp();
    const created = await (
      await as('admin@hsi.example')
    ).gql('mutation { createApiKey(name: "node spec", scopes: ["warrants:read"]) { secret } }');
    clients.set(
      API_KEY,
      new GraphQLClient(app.url, undefined, { 'x-api-key': data<{ secret: string }>(created, 'createApiKey').secret }),
    );
  });
  afterAll(() => app?.stop());

  it('answers every record exactly as its type’s own lookup does, for each agency and role, and for an API key', async () => {
    const seen = { own: 0, redacted: 0, hidden: 0 };
    for (const email of [...VIEWERS, API_KEY]) {
      const client = await as(email);
      for (const [type, id] of RECORDS) {
        const expected = await ownLookup(client, type, id);
        expect({ email, id, node: data(await client.gql(NODE, { id }), 'node') }).toEqual({
          email,
          id,
          node: expected,
        });
        const redacted = (expected as { redactedFields?: string[] } | null)?.redactedFields;
        if (expected === null) seen.hidden++;
        else if (redacted && redacted.length > 0) seen.redacted++;
        else seen.own++;
      }
      for (const id of NOT_NODES)
        expect({ email, id, node: data(await client.gql(NODE, { id }), 'node') }).toEqual({ email, id, node: null });
    }
    // the matrix covers every case: own records, shared copies with withheld fields, hidden ones
    expect(seen.own).toBeGreaterThan(0);
    expect(seen.redacted).toBeGreaterThan(0);
    expect(seen.hidden).toBeGreaterThan(0);
    // the key's own warrant, as warrant(id:) gives it; a suspect is beyond its scope, as suspect(id:) refuses it
    const key = clients.get(API_KEY)!;
    expect(data(await key.gql(NODE, { id: DEMO_IDS.warrants.hsiNunezPena }), 'node')).toMatchObject({
      __typename: 'Warrant',
      ownerAgency: { code: 'HSI' },
    });
    expect(errorCode(await key.gql(lookupQuery('Suspect'), { id: DEMO_IDS.suspects.hsiNunezPena }))).toBe('FORBIDDEN');
    expect(data(await key.gql(NODE, { id: DEMO_IDS.suspects.hsiNunezPena }), 'node')).toBeNull();
  });

  it('reads a shared copy with the same fields withheld, and a hidden record like an unknown id', async () => {
    const usbp = await as('analyst@usbp.example');
    const shared = data<{ ownerAgency: { code: string }; identifiers: unknown; redactedFields: string[] }>(
      await usbp.gql(NODE, { id: DEMO_IDS.suspects.hsiNunezPena }),
      'node',
    );
    expect(shared).toMatchObject({
      __typename: 'Suspect',
      ownerAgency: { code: 'HSI' },
      identifiers: null,
      redactedFields: ['identifiers'],
    });
    // RED: hidden from the partner
    expect(await usbp.gql(NODE, { id: DEMO_IDS.suspects.hsiCardenasVillalobos })).toEqual(
      await usbp.gql(NODE, { id: UNKNOWN_ID }),
    );
    const own = data<{ redactedFields: string[] }>(
      await (await as('analyst@hsi.example')).gql(NODE, { id: DEMO_IDS.suspects.hsiNunezPena }),
      'node',
    );
    expect(own.redactedFields).toEqual([]);
  });

  it('nodes(ids:) answers each id like node(id:), in the order given, with nulls in place', async () => {
    const ids = [
      DEMO_IDS.suspects.hsiNunezPena,
      UNKNOWN_ID,
      DEMO_IDS.suspects.hsiCardenasVillalobos,
      DEMO_IDS.tips.usbpHotlineSalcido,
      'not-a-uuid',
      DEMO_IDS.suspects.hsiNunezPena,
      DEMO_IDS.cases.hsiJointTaskForce,
    ];
    for (const email of ['analyst@usbp.example', 'analyst@hsi.example', 'liaison@fgr.example']) {
      const client = await as(email);
      const one = [];
      for (const id of ids) one.push(data(await client.gql(NODE, { id }), 'node'));
      expect(data(await client.gql(NODES, { ids }), 'nodes')).toEqual(one);
    }
    const usbp = data<({ __typename: string } | null)[]>(
      await (await as('analyst@usbp.example')).gql(NODES, { ids }),
      'nodes',
    );
    expect(usbp.map((node) => node?.__typename ?? null)).toEqual([
      'Suspect',
      null,
      null,
      'Tip',
      null,
      'Suspect',
      'Case',
    ]);
    expect(data(await (await as('analyst@usbp.example')).gql(NODES, { ids: [] }), 'nodes')).toEqual([]);
  });

  it('refuses more than 100 ids at once, and anonymous callers', async () => {
    const client = await as('analyst@hsi.example');
    expect(errorCode(await client.gql(NODES, { ids: Array.from({ length: 101 }, () => UNKNOWN_ID) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.anonymous.gql(NODE, { id: DEMO_IDS.suspects.hsiNunezPena }))).toBe('UNAUTHENTICATED');
  });
});
