import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

const DISCOVER = `query ($search: String!) { discoverSuspects(search: $search) { recordType recordId ownerAgency { code } } }`;
const DISCOVER_ORGS = `query ($search: String!) { discoverOrganizations(search: $search) { recordType recordId ownerAgency { code } } }`;

/** Hit/no-hit discovery: who holds a matching record, under the agreements, and nothing more. */
describe('discovery', () => {
  let app: TestApp;
  let fgr: GraphQLClient;

  beforeAll(async () => {
    app = await startApp();
    fgr = await app.as('analyst@fgr.example');
  });
  afterAll(() => app?.stop());

  it('tells a partner which agency holds a matching record, and only its handle', async () => {
    const result = await fgr.gql(DISCOVER, { search: 'jose angel nunez' });
    expect(result.errors).toBeUndefined();
    expect(result.data.discoverSuspects).toContainEqual({
      recordType: 'SUSPECT',
      recordId: DEMO_IDS.suspects.hsiNunezPena,
      ownerAgency: { code: 'HSI' },
    });
    expect(
      result.data.discoverSuspects.every((hit: { ownerAgency: { code: string } }) => hit.ownerAgency.code !== 'FGR'),
    ).toBe(true);
    // the handle alone: the record itself stays hidden until a share is approved
    expect(
      (await fgr.gql('query ($id: ID!) { suspect(id: $id) { id } }', { id: DEMO_IDS.suspects.hsiNunezPena })).data
        .suspect,
    ).toBeNull();
    expect(errorCode(await fgr.gql('query { discoverSuspects(search: "x") { recordId fullName } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('never reveals RED records, records not releasable to the caller, or agencies without an agreement', async () => {
    expect((await fgr.gql(DISCOVER, { search: 'Cardenas Villalobos' })).data.discoverSuspects).toEqual([]);
    const usbp = await app.as('analyst@usbp.example');
    const fromUsbp = (await usbp.gql(DISCOVER, { search: 'Gonzalez Terrazas' })).data.discoverSuspects;
    expect(fromUsbp.map((hit: { ownerAgency: { code: string } }) => hit.ownerAgency.code)).not.toContain('FGR');
  });

  it('finds organizations the same way', async () => {
    const hits = (await fgr.gql(DISCOVER_ORGS, { search: 'venados anapra' })).data.discoverOrganizations;
    expect(hits).toContainEqual({
      recordType: 'ORGANIZATION',
      recordId: DEMO_IDS.organizations.hsiVenadosAnapra,
      ownerAgency: { code: 'HSI' },
    });
  });

  it('is audited for the owner, and refuses an empty search', async () => {
    const trail = await (
      await app.as('liaison@hsi.example')
    ).gql(
      `query ($id: ID!) { auditTrail(recordType: SUSPECT, recordId: $id) { edges { node { action actorAgency { code } } } } }`,
      { id: DEMO_IDS.suspects.hsiNunezPena },
    );
    expect(trail.data.auditTrail.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      action: 'DISCOVERED',
      actorAgency: { code: 'FGR' },
    });
    expect(errorCode(await fgr.gql(DISCOVER, { search: '   ' }))).toBe('BAD_USER_INPUT');
  });
});
