import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

/*
 * Hit/no-hit on warrants and the automatic cross-border match (Prüm-style). The demo agreement
 * HSI -> FGR makes identifiers and date of birth discovery keys of suspects, and subject and
 * status keys of warrants; HSI -> USBP withholds identifiers and names no keys (so identifiers
 * never match for USBP).
 */
const DISCOVER_WARRANTS = `query ($subjectIdentifier: String, $subjectSearch: String) {
  discoverWarrants(subjectIdentifier: $subjectIdentifier, subjectSearch: $subjectSearch) { recordType recordId ownerAgency { code } } }`;
const CREATE = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { id } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind recordType recordId message } } } }`;
/** José Ángel Núñez Peña's CURP as HSI holds it, typed as an analyst would. */
const NUNEZ_CURP = 'nupa-840317-hchxxn06';
const HANDLING = { tlp: 'AMBER', releasableTo: ['MX', 'US'] };

interface Notice {
  kind: string;
  recordType: string | null;
  recordId: string | null;
  message: string;
}

describe('cross-border matching', () => {
  let app: TestApp;
  let fgr: GraphQLClient;

  const notices = async (email: string): Promise<Notice[]> => {
    const result = await (await app.as(email)).gql(NOTIFICATIONS);
    expect(result.errors).toBeUndefined();
    return result.data.notifications.edges.map((edge: { node: Notice }) => edge.node);
  };

  beforeAll(async () => {
    app = await startApp();
    fgr = await app.as('analyst@fgr.example');
  });
  afterAll(() => app?.stop());

  describe('discoverWarrants', () => {
    it("finds a partner's active warrant by the subject's identifier or name: its handle and holder only", async () => {
      const hit = { recordType: 'WARRANT', recordId: DEMO_IDS.warrants.hsiNunezPena, ownerAgency: { code: 'HSI' } };
      const byIdentifier = await fgr.gql(DISCOVER_WARRANTS, { subjectIdentifier: NUNEZ_CURP });
      expect(byIdentifier.errors).toBeUndefined();
      expect(byIdentifier.data.discoverWarrants).toEqual([hit]);
      expect(
        (await fgr.gql(DISCOVER_WARRANTS, { subjectSearch: 'José Ángel Núñez Peña' })).data.discoverWarrants,
      ).toContainEqual(hit);
      // the handle alone: the warrant stays hidden until shared
      expect(
        (await fgr.gql('query ($id: ID!) { warrant(id: $id) { id } }', { id: DEMO_IDS.warrants.hsiNunezPena })).data
          .warrant,
      ).toBeNull();
      expect(
        errorCode(await fgr.gql(`query { discoverWarrants(subjectIdentifier: "${NUNEZ_CURP}") { recordId number } }`)),
      ).toBe('BAD_USER_INPUT');
    });

    it('finds nothing for an unknown person, nor where the agreement makes no warrant keys, and refuses an empty probe', async () => {
      expect(
        (await fgr.gql(DISCOVER_WARRANTS, { subjectIdentifier: 'ZZZZ000101HCHXXX01' })).data.discoverWarrants,
      ).toEqual([]);
      // HSI -> USBP: a standing agreement with discovery, but no warrant keys and identifiers withheld
      const usbp = await app.as('analyst@usbp.example');
      expect((await usbp.gql(DISCOVER_WARRANTS, { subjectIdentifier: NUNEZ_CURP })).data.discoverWarrants).toEqual([]);
      expect(
        (await usbp.gql(DISCOVER_WARRANTS, { subjectSearch: 'José Ángel Núñez Peña' })).data.discoverWarrants,
      ).toEqual([]);
      expect(errorCode(await fgr.gql(DISCOVER_WARRANTS, {}))).toBe('BAD_USER_INPUT');
    });

    it("is audited on the owner's warrant", async () => {
      await fgr.gql(DISCOVER_WARRANTS, { subjectIdentifier: NUNEZ_CURP });
      const trail = await (
        await app.as('liaison@hsi.example')
      ).gql(
        `query ($id: ID!) { auditTrail(recordType: WARRANT, recordId: $id) { edges { node { action actorAgency { code } } } } }`,
        { id: DEMO_IDS.warrants.hsiNunezPena },
      );
      expect(trail.data.auditTrail.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
        action: 'DISCOVERED',
        actorAgency: { code: 'FGR' },
      });
    });
  });

  describe('the automatic match', () => {
    it('tells the writer and their liaisons that a partner holds the person, the holder that someone matched, nobody else', async () => {
      const [hsiAnalystBefore, usbpLiaisonBefore] = await Promise.all([
        notices('analyst@hsi.example'),
        notices('liaison@usbp.example'),
      ]);
      const created = await fgr.gql(CREATE, {
        input: {
          givenNames: 'José Ángel',
          paternalSurname: 'Núñez',
          identifiers: [{ kind: 'CURP', value: NUNEZ_CURP.toUpperCase().replace(/-/g, '') }],
          handling: HANDLING,
        },
      });
      expect(created.errors).toBeUndefined();

      const found = { kind: 'MATCH_FOUND', recordType: 'SUSPECT', recordId: DEMO_IDS.suspects.hsiNunezPena };
      for (const email of ['analyst@fgr.example', 'liaison@fgr.example']) {
        const matches = (await notices(email)).filter((notice) => notice.kind === 'MATCH_FOUND');
        expect(matches).toEqual([expect.objectContaining(found)]);
        expect(matches[0].message).toMatch(/HSI/);
        // never the partner's content
        expect(matches[0].message).not.toMatch(/Núñez|Peña|NUPA/i);
      }
      const hit = (await notices('liaison@hsi.example')).filter(
        (notice) => notice.kind === 'DISCOVERY_HIT' && notice.recordId === DEMO_IDS.suspects.hsiNunezPena,
      );
      expect(hit).toHaveLength(1);
      expect(hit[0].message).toMatch(/FGR/);
      // nobody else hears of it
      expect(await notices('analyst@hsi.example')).toEqual(hsiAnalystBefore);
      expect(await notices('liaison@usbp.example')).toEqual(usbpLiaisonBefore);
      expect((await notices('intake@fgr.example')).filter((notice) => notice.kind === 'MATCH_FOUND')).toEqual([]);
    });

    it('runs again when the identifiers change, and matches only where identifiers are a discovery key', async () => {
      // USBP's agreement with HSI withholds identifiers and makes none a key: no match
      const usbp = await app.as('analyst@usbp.example');
      const recorded = await usbp.gql(CREATE, {
        input: { givenNames: 'Héctor Iván', paternalSurname: 'Salcido', handling: HANDLING },
      });
      expect(recorded.errors).toBeUndefined();
      const updated = await usbp.gql(UPDATE, {
        id: recorded.data.createSuspect.id,
        input: { identifiers: [{ kind: 'CURP', value: 'SABH901102HCHLRC05' }] },
      });
      expect(updated.errors).toBeUndefined();
      expect((await notices('analyst@usbp.example')).filter((notice) => notice.kind === 'MATCH_FOUND')).toEqual([]);

      // FGR adds Salcido's CURP to a person it recorded without one: now it matches HSI's
      const own = await fgr.gql(CREATE, {
        input: { givenNames: 'Héctor', paternalSurname: 'Salcido', handling: HANDLING },
      });
      const before = (await notices('analyst@fgr.example')).filter(
        (notice) => notice.recordId === DEMO_IDS.suspects.hsiSalcidoBarron,
      );
      expect(before).toEqual([]);
      await fgr.gql(UPDATE, {
        id: own.data.createSuspect.id,
        input: { identifiers: [{ kind: 'CURP', value: 'SABH901102HCHLRC05' }] },
      });
      const after = (await notices('analyst@fgr.example')).filter(
        (notice) => notice.recordId === DEMO_IDS.suspects.hsiSalcidoBarron,
      );
      expect(after).toEqual([expect.objectContaining({ kind: 'MATCH_FOUND', recordType: 'SUSPECT' })]);
    });
  });
});
