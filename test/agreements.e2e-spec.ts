import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

const SUSPECT = `query ($id: ID!) { suspect(id: $id) {
  id fullName givenNames identifiers { kind value } redactedFields ownerAgency { code } handling { tlp }
} }`;
const SEARCH = `query ($search: String) { suspects(filter: { search: $search }, first: 100) {
  edges { node { id fullName redactedFields ownerAgency { code } } }
} }`;
const CREATE = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { id } }`;
const AGREEMENTS = `{ agreements { id providerAgency { code } recipientAgency { code } approvalRequired maxTlp withheldFields { recordType fields } endedAt } }`;
const CREATE_AGREEMENT = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id approvalRequired withheldFields { recordType fields } } }`;
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';

/** Standing agreements and the markings that always win, over HTTP as each agency sees it. */
describe('agreements', () => {
  let app: TestApp;
  let hsi: GraphQLClient;
  let usbp: GraphQLClient;
  let fgr: GraphQLClient;

  beforeAll(async () => {
    app = await startApp();
    [hsi, usbp, fgr] = await Promise.all(
      ['analyst@hsi.example', 'analyst@usbp.example', 'analyst@fgr.example'].map((email) => app.as(email)),
    );
  });
  afterAll(() => app?.stop());

  it('are readable by both parties and nobody else', async () => {
    const pairs = async (client: GraphQLClient) =>
      (
        (await client.gql(AGREEMENTS)).data.agreements as {
          providerAgency: { code: string };
          recipientAgency: { code: string };
        }[]
      )
        .map((a) => `${a.providerAgency.code}->${a.recipientAgency.code}`)
        .sort();
    expect(await pairs(hsi)).toEqual([
      'FGR->HSI',
      'HSI->FGR',
      'HSI->JTFA',
      'HSI->USAO-WDTX',
      'HSI->USBP',
      'JTFA->HSI',
      'USBP->HSI',
    ]);
    expect(await pairs(usbp)).toEqual([
      'HSI->USBP',
      'JTFA->USBP',
      'USBP->FGE-CHIH',
      'USBP->FGR',
      'USBP->HSI',
      'USBP->JTFA',
    ]);
    expect(await pairs(fgr)).not.toContain('HSI->USBP');
  });

  it('share a standing record with the recipient, withholding what the agreement keeps back', async () => {
    const shared = (await usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena })).data.suspect;
    expect(shared).toMatchObject({
      fullName: 'José Ángel Núñez Peña',
      ownerAgency: { code: 'HSI' },
      identifiers: null,
      redactedFields: ['identifiers'],
    });
    const own = (await hsi.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena })).data.suspect;
    expect(own.redactedFields).toEqual([]);
    expect(own.identifiers.length).toBeGreaterThan(0);
  });

  it('never carry RED, nor a record whose REL TO leaves out the recipient country', async () => {
    const red = await usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiCardenasVillalobos });
    expect(red).toEqual(await usbp.gql(SUSPECT, { id: UNKNOWN_ID }));
    const mexicoOnly = (
      await hsi.gql(CREATE, {
        input: { givenNames: 'Octavio', paternalSurname: 'Rendón', handling: { tlp: 'GREEN', releasableTo: ['MX'] } },
      })
    ).data.createSuspect;
    expect((await usbp.gql(SUSPECT, { id: mexicoOnly.id })).data.suspect).toBeNull();
    expect((await usbp.gql(SEARCH, { search: 'Octavio Rendon' })).data.suspects.edges).toEqual([]);
  });

  it('let a stricter marking take effect at once', async () => {
    const created = (
      await hsi.gql(CREATE, {
        input: {
          givenNames: 'Leonel',
          paternalSurname: 'Arreola',
          handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
        },
      })
    ).data.createSuspect;
    expect((await usbp.gql(SUSPECT, { id: created.id })).data.suspect.fullName).toBe('Leonel Arreola');
    await hsi.gql(UPDATE, { id: created.id, input: { handling: { tlp: 'RED', releasableTo: ['US'] } } });
    expect((await usbp.gql(SUSPECT, { id: created.id })).data.suspect).toBeNull();
  });

  it('never let the recipient change a shared record', async () => {
    const result = await usbp.gql(UPDATE, { id: DEMO_IDS.suspects.hsiNunezPena, input: { aliases: ['Cambiado'] } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(
      (await hsi.gql(`query ($id: ID!) { suspect(id: $id) { aliases } }`, { id: DEMO_IDS.suspects.hsiNunezPena })).data
        .suspect.aliases,
    ).not.toContain('Cambiado');
  });

  it('share nothing where approval is required and nothing was approved, nor where there is no agreement', async () => {
    expect((await fgr.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena })).data.suspect).toBeNull();
    const fgrNames = (await fgr.gql(SEARCH, { search: 'nunez' })).data.suspects.edges.map(
      (e: { node: { ownerAgency: { code: string } } }) => e.node.ownerAgency.code,
    );
    expect(new Set(fgrNames)).toEqual(new Set(['FGR']));
    expect((await usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.fgrNunezPena })).data.suspect).toBeNull();
  });

  it('never let the tipster identity leave the intake agency', async () => {
    const usbpIntake = await app.as('intake@usbp.example');
    const tip = await usbpIntake.gql(
      `query ($id: ID!) { tip(id: $id) { narrative tipster { name phone } redactedFields } }`,
      {
        id: DEMO_IDS.tips.hsiHotlineGonzalez,
      },
    );
    expect(tip.data.tip.narrative).toBeTruthy();
    expect(tip.data.tip.tipster).toBeNull();
    expect(tip.data.tip.redactedFields).toContain('tipster');
  });

  describe('made and ended by the provider', () => {
    let agreementId: string;
    const fbiSuspect = DEMO_IDS.suspects.fbiGonzalezArce;

    it('only by the provider agency admins', async () => {
      const input = {
        recipientAgencyId: DEMO_IDS.agencies.DEA,
        recordTypes: ['SUSPECT'],
        maxTlp: 'AMBER',
        approvalRequired: false,
        permittedUses: ['INTELLIGENCE'],
        withheldFields: [
          { recordType: 'SUSPECT', fields: ['givenNames', 'paternalSurname', 'maternalSurname', 'aliases'] },
        ],
      };
      expect(errorCode(await (await app.as('analyst@fbi.example')).gql(CREATE_AGREEMENT, { input }))).toBe('FORBIDDEN');
      const created = await (await app.as('admin@fbi.example')).gql(CREATE_AGREEMENT, { input });
      expect(created.errors).toBeUndefined();
      agreementId = created.data.createAgreement.id;
      expect(errorCode(await (await app.as('admin@fbi.example')).gql(CREATE_AGREEMENT, { input }))).toBe('CONFLICT');
    });

    it('take effect at once, and searches never match a withheld value', async () => {
      const dea = await app.as('analyst@dea.example');
      const seen = (await dea.gql(SUSPECT, { id: fbiSuspect })).data.suspect;
      expect(seen).toMatchObject({ fullName: null, givenNames: null, ownerAgency: { code: 'FBI' } });
      expect(seen.redactedFields).toEqual(expect.arrayContaining(['givenNames', 'paternalSurname', 'fullName']));
      expect((await dea.gql(SEARCH, { search: 'Gonzalez Arce' })).data.suspects.edges).toEqual([]);
      const listed = (await dea.gql('{ suspects(first: 100) { edges { node { id } } } }')).data.suspects.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(listed).toContain(fbiSuspect);
    });

    it('end at once; the recipient cannot end them', async () => {
      const deaAdmin = await app.as('admin@dea.example');
      expect(
        errorCode(await deaAdmin.gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', { id: agreementId })),
      ).toBe('FORBIDDEN');
      const ended = await (
        await app.as('admin@fbi.example')
      ).gql('mutation ($id: ID!) { endAgreement(id: $id) { endedAt } }', { id: agreementId });
      expect(ended.data.endAgreement.endedAt).not.toBeNull();
      expect((await (await app.as('analyst@dea.example')).gql(SUSPECT, { id: fbiSuspect })).data.suspect).toBeNull();
    });
  });
});
