import fc from 'fast-check';
import { DEMO_IDS } from './support/demo';
import { APPROVE, createSuspect, errorCode, ok, REQUEST_SHARE, REVOKE, UPDATE_SUSPECT } from './support/sharing';
import { GraphQLClient, startApp, TestApp } from './support/test-app';

const TLP = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
type Tlp = (typeof TLP)[number];
const FIELDS = ['givenNames', 'paternalSurname', 'aliases', 'identifiers', 'status'] as const;
type Field = (typeof FIELDS)[number];
const VIEW = `query ($id: ID!) { suspect(id: $id) { id givenNames paternalSurname aliases identifiers { value } status redactedFields } }`;

interface Markings {
  tlp: Tlp;
  releasableTo: ('US' | 'MX')[];
  originatorControlled: boolean;
}

interface Scenario {
  agreement: { maxTlp: Tlp; approvalRequired: boolean; withheld: Field[] };
  created: Markings;
  share: 'none' | 'approved' | 'revoked';
  granted: Field[];
  /** The markings after the share was decided (stricter or looser). */
  later: Markings;
}

const markings = fc.record({
  tlp: fc.constantFrom(...TLP),
  releasableTo: fc.subarray(['US', 'MX'] as ('US' | 'MX')[]),
  originatorControlled: fc.boolean(),
});
const scenario: fc.Arbitrary<Scenario> = fc.record({
  agreement: fc.record({ maxTlp: fc.constantFrom(...TLP), approvalRequired: fc.boolean(), withheld: fc.subarray([...FIELDS]) }),
  created: markings,
  share: fc.constantFrom('none', 'approved', 'revoked'),
  granted: fc.subarray([...FIELDS], { minLength: 1 }),
  later: markings,
});

/** The rules, written plainly: what FGR (Mexico) may see of an HSI suspect under the scenario. */
function model(s: Scenario): { requestable: boolean; approvable: boolean; visible: boolean; readable: Field[] } {
  const rank = (tlp: Tlp) => TLP.indexOf(tlp);
  const carries = (m: Markings, max: Tlp) => m.tlp !== 'RED' && rank(m.tlp) <= rank(max) && m.releasableTo.includes('MX');
  const allowed = FIELDS.filter((field) => !s.agreement.withheld.includes(field));
  if (!s.agreement.approvalRequired) {
    return { requestable: false, approvable: false, visible: carries(s.later, s.agreement.maxTlp), readable: allowed };
  }
  const requestable = carries(s.created, s.agreement.maxTlp);
  const approvable = requestable && s.granted.every((field) => allowed.includes(field));
  const visible = approvable && s.share === 'approved' && carries(s.later, s.agreement.maxTlp);
  return { requestable, approvable, visible, readable: s.granted };
}

/**
 * Property: for random agreements, markings and shares, what the API shows FGR equals what a
 * plain reference model of the rules says.
 */
describe('sharing rules (property)', () => {
  let app: TestApp;
  let hsiAdmin: GraphQLClient;
  let hsiAnalyst: GraphQLClient;
  let hsiLiaison: GraphQLClient;
  let fgrAnalyst: GraphQLClient;
  let agreementId: string = DEMO_IDS.agreements.hsiToFgr;
  let run = 0;

  beforeAll(async () => {
    app = await startApp();
    [hsiAdmin, hsiAnalyst, hsiLiaison, fgrAnalyst] = await Promise.all(
      ['admin@hsi.example', 'analyst@hsi.example', 'liaison@hsi.example', 'analyst@fgr.example'].map((email) => app.as(email)),
    );
  });
  afterAll(() => app?.stop());

  async function actual(s: Scenario) {
    ok(await hsiAdmin.gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', { id: agreementId }), 'endAgreement');
    agreementId = ok<{ id: string }>(await hsiAdmin.gql('mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }', {
      input: {
        recipientAgencyId: DEMO_IDS.agencies.FGR,
        recordTypes: ['SUSPECT'],
        maxTlp: s.agreement.maxTlp,
        approvalRequired: s.agreement.approvalRequired,
        permittedUses: ['INTELLIGENCE'],
        withheldFields: [{ recordType: 'SUSPECT', fields: s.agreement.withheld }],
      },
    }), 'createAgreement').id;
    run += 1;
    const id = await createSuspect(hsiAnalyst, `Prueba${run}`, 'Modelo', s.created, { aliases: ['El Modelo'], identifiers: [{ kind: 'OTHER', value: `P-${run}` }] });
    let requestable = false;
    let approvable = false;
    if (s.agreement.approvalRequired) {
      const request = await fgrAnalyst.gql(REQUEST_SHARE, { type: 'SUSPECT', id, purpose: 'Propiedad' });
      requestable = !request.errors;
      if (!requestable) expect(errorCode(request)).toBe('NOT_FOUND');
      if (requestable && s.share !== 'none') {
        const approval = await hsiLiaison.gql(APPROVE, { id: request.data.requestShare.id, fields: s.granted });
        approvable = !approval.errors;
        if (!approvable) expect(errorCode(approval)).toBe('BAD_USER_INPUT');
        if (approvable && s.share === 'revoked') ok(await hsiLiaison.gql(REVOKE, { id: request.data.requestShare.id, reason: 'Propiedad' }), 'revokeShare');
      }
    }
    ok(await hsiAnalyst.gql(UPDATE_SUSPECT, { id, input: { handling: s.later } }), 'updateSuspect');
    const seen = ok(await fgrAnalyst.gql(VIEW, { id }), 'suspect');
    const listed = ok(await fgrAnalyst.gql('{ suspects(first: 100) { edges { node { id } } } }'), 'suspects').edges.some((e: { node: { id: string } }) => e.node.id === id);
    return {
      requestable,
      approvable,
      visible: seen !== null,
      listed,
      readable: seen ? FIELDS.filter((field) => seen[field] !== null && !seen.redactedFields.includes(field)) : null,
    };
  }

  it('the API agrees with the reference model', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const expected = model(s);
        const got = await actual(s);
        expect(got.visible).toBe(expected.visible);
        expect(got.listed).toBe(expected.visible);
        if (expected.visible) expect(got.readable).toEqual(expected.readable.length ? FIELDS.filter((field) => expected.readable.includes(field)) : []);
        if (s.agreement.approvalRequired) {
          expect(got.requestable).toBe(expected.requestable);
          if (s.share !== 'none' && expected.requestable) expect(got.approvable).toBe(expected.approvable);
        }
      }),
      { numRuns: 40 },
    );
  });
});
