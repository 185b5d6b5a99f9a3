import { createHash } from 'node:crypto';
import jsQR from 'jsqr';
import { Client } from 'pg';
import { PNG } from 'pngjs';
import { DEMO_IDS } from './support/demo';
import { httpFrom, PublicClient, publicClientFrom } from './support/from-address';
import { pdfText } from './support/pdf-text';
import { errorCode, GraphQLClient, GqlResult, startApp, TestApp } from './support/test-app';

const SLUG = 'se-busca-demo';
const CAMPAIGN_ID = DEMO_IDS.campaigns.usbpSeBusca;
const TIP_FORM_URL = 'https://denuncia.example.org/{slug}?entrada={rank}';
const TIPS_PER_HOUR = 3;

const PUBLIC_CAMPAIGN = `query ($slug: String!, $language: String) {
  publicCampaign(slug: $slug, language: $language) {
    slug title region hotlines ownerAgencyCode
    entries { rank displayName aliases summary crimes photoUrl posterUrl }
  }
}`;
const SUBMIT_PUBLIC_TIP = `mutation ($input: PublicTipInput!) { submitPublicTip(input: $input) { receiptCode } }`;
const ADD_TO_PUBLIC_TIP = `mutation ($code: String!, $narrative: String!) { addToPublicTip(receiptCode: $code, narrative: $narrative) { received } }`;
const PUBLIC_TIP_STATUS = `query ($code: String!) { publicTipStatus(receiptCode: $code) { received } }`;

const CAMPAIGN_FIELDS = `id slug status titleEs titleEn summaryEs summaryEn region phase hotlinePhone whatsappPhone activeFrom activeUntil
  publishedAt closedAt ownerAgency { code }
  entries { id rank displayName aliases crimesEs crimesEn summaryEs summaryEn photoUrl posterUrl suspect { id fullName } }`;
const ENTRY_FIELDS = `id campaignId rank displayName aliases crimesEs crimesEn summaryEs summaryEn photoUrl posterUrl suspect { id fullName }`;
const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE_CAMPAIGN = `mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const PUBLISH_CAMPAIGN = `mutation ($id: ID!) { publishCampaign(id: $id) { id status publishedAt } }`;
const CLOSE_CAMPAIGN = `mutation ($id: ID!) { closeCampaign(id: $id) { id status closedAt } }`;
const GET_CAMPAIGN = `query ($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
const LIST_CAMPAIGNS = `query ($filter: CampaignFilter) { campaigns(filter: $filter, first: 50) { totalCount edges { node { id slug status } } } }`;
const ADD_ENTRY = `mutation ($campaignId: ID!, $input: WantedEntryInput!) { addCampaignEntry(campaignId: $campaignId, input: $input) { ${ENTRY_FIELDS} } }`;
const UPDATE_ENTRY = `mutation ($id: ID!, $input: UpdateWantedEntryInput!) { updateCampaignEntry(id: $id, input: $input) { ${ENTRY_FIELDS} } }`;
const REMOVE_ENTRY = `mutation ($id: ID!) { removeCampaignEntry(id: $id) { id entries { id rank } } }`;
const REORDER = `mutation ($campaignId: ID!, $entryIds: [ID!]!) { reorderCampaignEntries(campaignId: $campaignId, entryIds: $entryIds) { id entries { id rank displayName } } }`;

const TIP_FIELDS = `id receivedAt channel language receivedIn narrative status campaignId redactedFields
  ownerAgency { code } handling { tlp releasableTo originatorControlled }
  tipster { anonymous name phone email } subjects { id } followUps { receivedAt narrative }`;
const TIP = `query ($id: ID!) { tip(id: $id) { ${TIP_FIELDS} } }`;
const TIPS = `query ($filter: TipFilter) { tips(filter: $filter, first: 100) { totalCount edges { node { ${TIP_FIELDS} } } } }`;

const RECEIPT_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
// fictional
const CONTACT = {
  name: 'Guadalupe Ontiveros Rentería',
  phone: '+52 656 555 0177',
  email: 'lupita.ontiveros@example.org',
};
const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface TipView {
  id: string;
  receivedAt: string;
  channel: string;
  language: string;
  receivedIn: string | null;
  narrative: string | null;
  status: string;
  campaignId: string | null;
  redactedFields: string[];
  ownerAgency: { code: string };
  handling: { tlp: string; releasableTo: string[]; originatorControlled: boolean };
  tipster: { anonymous: boolean; name: string | null; phone: string | null; email: string | null } | null;
  subjects: { id: string }[] | null;
  followUps: { receivedAt: string; narrative: string }[] | null;
}

function data<T = Record<string, unknown>>(result: GqlResult): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

describe('Se Busca', () => {
  let app: TestApp;
  let db: Client;
  let analyst: GraphQLClient; // USBP
  let investigator: GraphQLClient; // USBP
  let liaison: GraphQLClient; // USBP
  let intake: GraphQLClient; // USBP
  let hsiAnalyst: GraphQLClient;
  let hsiIntake: GraphQLClient;
  let hsiLiaison: GraphQLClient;
  let fgrIntake: GraphQLClient;
  let addresses = 10;
  /** A member of the public at an address of their own (tips are limited per address). */
  const newcomer = (): PublicClient => publicClientFrom(app.url, `127.0.0.${addresses++}`);

  const campaignInput = (slug: string, overrides: Record<string, unknown> = {}) => ({
    slug,
    titleEs: 'Se Busca: Valle de Juárez',
    titleEn: 'Wanted: Juárez Valley',
    summaryEs: 'Personas buscadas en el Valle de Juárez.',
    summaryEn: 'People wanted in the Juárez Valley.',
    region: 'Valle de Juárez, Chihuahua',
    hotlinePhone: '+1 915 555 0111',
    whatsappPhone: '+52 656 555 0122',
    activeFrom: today(),
    ...overrides,
  });
  const entryInput = (rank: number, suspectId: string, overrides: Record<string, unknown> = {}) => ({
    rank,
    suspectId,
    displayName: `Persona ${rank}`,
    aliases: [`Alias ${rank}`],
    crimesEs: ['Tráfico de personas'],
    crimesEn: ['Human smuggling'],
    summaryEs: `Resumen ${rank}.`,
    summaryEn: `Summary ${rank}.`,
    ...overrides,
  });
  const createCampaign = async (client: GraphQLClient, slug: string, overrides: Record<string, unknown> = {}) =>
    data<{ createCampaign: { id: string; slug: string; entries: unknown[] } }>(
      await client.gql(CREATE_CAMPAIGN, { input: campaignInput(slug, overrides) }),
    ).createCampaign;
  const addEntry = async (client: GraphQLClient, campaignId: string, input: Record<string, unknown>) =>
    data<{ addCampaignEntry: { id: string; rank: number } }>(await client.gql(ADD_ENTRY, { campaignId, input }))
      .addCampaignEntry;
  const submitPublicTip = async (client: PublicClient, input: Record<string, unknown>): Promise<string> =>
    data<{ submitPublicTip: { receiptCode: string } }>(
      await client(SUBMIT_PUBLIC_TIP, { input: { campaignSlug: SLUG, language: 'es', ...input } }),
    ).submitPublicTip.receiptCode;
  const campaignTips = async (client: GraphQLClient, filter: Record<string, unknown> = {}) =>
    data<{ tips: { totalCount: number; edges: { node: TipView }[] } }>(
      await client.gql(TIPS, { filter: { campaignId: CAMPAIGN_ID, ...filter } }),
    ).tips;
  const tipByNarrative = async (narrative: string): Promise<string> => {
    const rows = (await db.query('SELECT id FROM tips WHERE narrative = $1', [narrative])).rows as { id: string }[];
    expect(rows).toHaveLength(1);
    return rows[0].id;
  };
  const publicCampaign = (slug: string, language?: string) => app.anonymous.gql(PUBLIC_CAMPAIGN, { slug, language });

  beforeAll(async () => {
    app = await startApp({
      PUBLIC_TIP_RATE_LIMIT_PER_HOUR: String(TIPS_PER_HOUR),
      PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '10000',
      TIP_FORM_URL,
    });
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    [analyst, investigator, liaison, intake, hsiAnalyst, hsiIntake, hsiLiaison, fgrIntake] = await Promise.all(
      [
        'analyst@usbp.example',
        'investigator@usbp.example',
        'liaison@usbp.example',
        'intake@usbp.example',
        'analyst@hsi.example',
        'intake@hsi.example',
        'liaison@hsi.example',
        'intake@fgr.example',
      ].map((email) => app.as(email)),
    );
  });
  afterAll(async () => {
    await db?.end();
    await app?.stop();
  });

  describe('the public wanted list', () => {
    it('shows the published demo campaign in Spanish by default: ten people by rank, public fields only', async () => {
      const result = await publicCampaign(SLUG);
      expect(result.errors).toBeUndefined();
      const campaign = result.data.publicCampaign;
      expect(campaign).toMatchObject({
        slug: SLUG,
        title: 'Se Busca: corredor Anapra – Santa Teresa',
        region: 'Ciudad Juárez, Chihuahua – El Paso, Texas',
        hotlines: ['+1 915 555 0100', 'WhatsApp +52 656 555 0190'],
        ownerAgencyCode: 'USBP',
      });
      expect(campaign.entries.map((entry: { rank: number }) => entry.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(campaign.entries[0]).toEqual({
        rank: 1,
        displayName: 'Luis Fernando Salcido Méndez',
        aliases: ['Güicho'],
        summary:
          'Recluta y guía grupos de migrantes, entre ellos niños, de la colonia Anapra a Santa Teresa, Nuevo México. Los retiene en casas de seguridad hasta que sus familias pagan.',
        crimes: ['Tráfico de personas', 'Secuestro'],
        photoUrl: null,
        posterUrl: '/posters/se-busca-demo/1.pdf',
      });
      expect(campaign.entries[3]).toMatchObject({
        rank: 4,
        displayName: 'Próspero Zúñiga Beltrán',
        aliases: ['El Viejo', 'Don Próspero'],
        crimes: ['Narcotráfico'],
      });
      // "es" asked for explicitly is the same answer
      expect(await publicCampaign(SLUG, 'es')).toEqual(result);
    });

    it('shows it in English when asked', async () => {
      const campaign = data<{
        publicCampaign: {
          title: string;
          entries: { rank: number; summary: string; crimes: string[]; displayName: string }[];
        };
      }>(await publicCampaign(SLUG, 'en')).publicCampaign;
      expect(campaign.title).toBe('Wanted: Anapra – Santa Teresa corridor');
      expect(campaign.entries[0]).toMatchObject({
        rank: 1,
        displayName: 'Luis Fernando Salcido Méndez',
        summary:
          'Recruits and guides groups of migrants, children among them, from the Anapra neighbourhood into Santa Teresa, New Mexico. Holds them in stash houses until their families pay.',
        crimes: ['Human smuggling', 'Kidnapping'],
      });
      expect(campaign.entries[1].crimes).toEqual(['Murder for hire', 'Drug trafficking']);
    });

    it('takes only "es" or "en"', async () => {
      for (const language of ['fr', 'ES', '', 'español']) {
        const result = await publicCampaign(SLUG, language);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.field).toBe('language');
      }
    });

    it('gives away no internal id, marking or field of the suspects’ records', async () => {
      const result = await app.anonymous.gql(
        `query { publicCampaign(slug: "${SLUG}") { __typename slug title region hotlines ownerAgencyCode entries { __typename rank displayName aliases summary crimes photoUrl posterUrl } } }`,
      );
      const json = JSON.stringify(result);
      const internalIds = [
        ...Object.values(DEMO_IDS.suspects),
        CAMPAIGN_ID,
        ...DEMO_IDS.campaignEntries,
        ...Object.values(DEMO_IDS.agencies),
      ];
      for (const id of internalIds) expect(json).not.toContain(id);
      // markings, identifiers and dates of birth of the listed suspects
      for (const secret of [
        'AMBER',
        'GREEN',
        'releasableTo',
        'A219870334',
        'SAML950211HCHLNS08',
        '1995-02-11',
        'A220145786',
        '2000-07-19',
        'suspect',
      ]) {
        expect(json).not.toContain(secret);
      }
      // and the public types have nothing more to ask for than the contract's fields
      const types = data<Record<string, { fields: { name: string }[] }>>(
        await app.anonymous.gql(
          '{ entry: __type(name: "PublicWantedEntry") { fields { name } } campaign: __type(name: "PublicCampaign") { fields { name } } }',
        ),
      );
      expect(types.entry.fields.map((f) => f.name).sort()).toEqual([
        'aliases',
        'armedAndDangerous',
        'captured',
        'crimes',
        'description',
        'displayName',
        'photoUrl',
        'posterUrl',
        'rank',
        'sex',
        'summary',
        'warning',
      ]);
      expect(types.campaign.fields.map((f) => f.name).sort()).toEqual([
        'entries',
        'hotlines',
        'ownerAgencyCode',
        'region',
        'slug',
        'title',
      ]);
    });

    it('answers null, alike, for unknown, draft, not yet active and closed campaigns', async () => {
      const draft = await createCampaign(analyst, 'borrador-valle');
      const future = await createCampaign(analyst, 'futura-valle', { activeFrom: daysFromToday(3) });
      const closed = await createCampaign(analyst, 'cerrada-valle');
      for (const campaign of [future, closed]) {
        await addEntry(analyst, campaign.id, entryInput(1, DEMO_IDS.suspects.usbpSalcidoMendez));
        data(await liaison.gql(PUBLISH_CAMPAIGN, { id: campaign.id }));
      }
      data(await liaison.gql(CLOSE_CAMPAIGN, { id: closed.id }));
      const unknown = await publicCampaign('no-existe');
      expect(unknown).toEqual({ data: { publicCampaign: null } });
      for (const slug of [draft.slug, future.slug, closed.slug, 'x'.repeat(500), "se-busca-demo' OR '1'='1"]) {
        expect(await publicCampaign(slug)).toEqual(unknown);
      }
    });
  });

  describe('posters', () => {
    it('prints a one-page bilingual PDF with the name, aliases, crimes, summaries and hotlines', async () => {
      const answer = await httpFrom('127.0.0.1', `${app.url}/posters/${SLUG}/1.pdf`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages } = await pdfText(answer.body);
      expect(pages).toBe(1);
      for (const expected of [
        'SE BUSCA',
        'WANTED',
        'No. 1',
        'Luis Fernando Salcido Méndez',
        '«Güicho»',
        'DELITOS • Tráfico de personas • Secuestro',
        'CRIMES • Human smuggling • Kidnapping',
        'RESUMEN Recluta y guía grupos de migrantes, entre ellos niños, de la colonia Anapra a Santa Teresa, Nuevo México. Los retiene en casas de seguridad hasta que sus familias pagan.',
        'SUMMARY Recruits and guides groups of migrants, children among them, from the Anapra neighbourhood into Santa Teresa, New Mexico. Holds them in stash houses until their families pay.',
        '¿Lo ha visto? Llame o envíe un WhatsApp',
        'Have you seen him? Call or send a WhatsApp message',
        '+1 915 555 0100',
        'WhatsApp +52 656 555 0190',
      ]) {
        expect(text).toContain(expected);
      }
      // another rank, another person
      const fourth = await pdfText((await httpFrom('127.0.0.1', `${app.url}/posters/${SLUG}/4.pdf`)).body);
      expect(fourth.text).toContain('Próspero Zúñiga Beltrán');
      expect(fourth.text).not.toContain('Salcido');
    });

    it('previews it as a valid PNG whose QR code opens the tip form for that person', async () => {
      const answer = await httpFrom('127.0.0.1', `${app.url}/posters/${SLUG}/3.png`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('image/png');
      // public sites on other origins may show it
      expect(answer.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(answer.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const png = PNG.sync.read(answer.body); // checks every chunk's CRC
      expect([png.width, png.height]).toEqual([918, 1188]);
      const qr = jsQR(
        new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
        png.width,
        png.height,
      );
      expect(qr?.data).toBe('https://denuncia.example.org/se-busca-demo?entrada=3');
    });

    it('serves only posters of public campaigns: anything else is 404', async () => {
      const draft = await createCampaign(analyst, 'borrador-carteles');
      await addEntry(analyst, draft.id, entryInput(1, DEMO_IDS.suspects.usbpSalcidoMendez));
      for (const path of [
        `${SLUG}/11.pdf`,
        `${SLUG}/0.pdf`,
        `${SLUG}/1.gif`,
        `${SLUG}/uno.pdf`,
        'no-existe/1.pdf',
        `${draft.slug}/1.pdf`,
        `${draft.slug}/1.png`,
      ]) {
        const answer = await httpFrom('127.0.0.1', `${app.url}/posters/${path}`);
        expect([path, answer.status]).toEqual([path, 404]);
        expect(JSON.parse(answer.body.toString())).toMatchObject({ code: 'NOT_FOUND' });
      }
    });
  });

  describe('public tips', () => {
    let anonymousCode: string;
    let anonymousTipId: string;
    let namedTipId: string;
    const anonymousNarrative =
      'Vi a La Flaca ayer en la tarde subiendo a seis personas a una camioneta blanca en la colonia Anapra.';
    const namedNarrative =
      'I saw the man from poster number one at a gas station on Doniphan Drive last night, around 11 pm.';

    it('files an anonymous tip about an entry for the campaign’s agency and answers a receipt code', async () => {
      const before = Date.now();
      anonymousCode = await submitPublicTip(newcomer(), { entryRank: 3, narrative: `  ${anonymousNarrative}  ` });
      expect(anonymousCode).toMatch(RECEIPT_CODE);
      anonymousTipId = await tipByNarrative(anonymousNarrative);
      const tip = data<{ tip: TipView }>(await intake.gql(TIP, { id: anonymousTipId })).tip;
      expect(tip).toMatchObject({
        channel: 'WEB',
        language: 'es',
        receivedIn: null,
        narrative: anonymousNarrative,
        status: 'NEW',
        campaignId: CAMPAIGN_ID,
        redactedFields: [],
        ownerAgency: { code: 'USBP' },
        // nobody has weighed it yet: it stays in the owner's country
        handling: { tlp: 'AMBER', releasableTo: ['US'], originatorControlled: false },
        tipster: { anonymous: true, name: null, phone: null, email: null },
        subjects: [{ id: DEMO_IDS.suspects.usbpPenaOrtiz }],
        followUps: [],
      });
      expect(new Date(tip.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    });

    it('seals a contact as the tipster, for the owner’s intake officers only', async () => {
      await submitPublicTip(newcomer(), { entryRank: 1, language: 'en', narrative: namedNarrative, contact: CONTACT });
      namedTipId = await tipByNarrative(namedNarrative);
      expect(data<{ tip: TipView }>(await intake.gql(TIP, { id: namedTipId })).tip).toMatchObject({
        language: 'en',
        tipster: { anonymous: false, ...CONTACT },
        subjects: [{ id: DEMO_IDS.suspects.usbpSalcidoMendez }],
      });
      // stored sealed: the contact is nowhere in the row in clear text
      const row = (await db.query('SELECT tipster_sealed::text AS sealed FROM tips WHERE id = $1', [namedTipId]))
        .rows[0] as { sealed: string };
      expect(row.sealed).not.toContain(Buffer.from(CONTACT.name).toString('hex'));
      // an analyst of the owner reads the tip but not its tipster
      const forAnalyst = data<{ tip: TipView }>(await analyst.gql(TIP, { id: namedTipId })).tip;
      expect(forAnalyst.narrative).toBe(namedNarrative);
      expect(forAnalyst.tipster).toBeNull();
      expect(forAnalyst.redactedFields).toEqual(['tipster']);
      // HSI reads USBP's tips under their standing agreement, never the tipster, even as intake
      const forHsi = data<{ tip: TipView }>(await hsiIntake.gql(TIP, { id: namedTipId })).tip;
      expect(forHsi.narrative).toBe(namedNarrative);
      expect(forHsi.tipster).toBeNull();
      // FGR has no agreement with USBP: the tip does not exist for it
      expect(data<{ tip: TipView | null }>(await fgrIntake.gql(TIP, { id: namedTipId })).tip).toBeNull();
      expect(JSON.stringify(await fgrIntake.gql(TIPS, { filter: { campaignId: CAMPAIGN_ID } }))).toBe(
        JSON.stringify({ data: { tips: { totalCount: 0, edges: [] } } }),
      );
      // the contact never reaches the logs
      const output = app.output.join('');
      for (const value of Object.values(CONTACT)) expect(output).not.toContain(value);
    });

    it('lands in the intake queue of the campaign, newest first', async () => {
      const queue = await campaignTips(intake);
      const ids = queue.edges.map((edge) => edge.node.id);
      expect(ids.slice(0, 2)).toEqual([namedTipId, anonymousTipId]);
      // only the campaign's tips: the demo web tip is one, the hotline tips are not
      expect(ids).toContain(DEMO_IDS.tips.usbpWebPena);
      expect(ids).not.toContain(DEMO_IDS.tips.usbpHotlineSalcido);
      expect(queue.edges.every((edge) => edge.node.campaignId === CAMPAIGN_ID)).toBe(true);
      expect(queue.totalCount).toBe(ids.length);
      const received = queue.edges.map((edge) => edge.node.receivedAt);
      expect(received).toEqual([...received].sort().reverse());
      // with the queue's other filters
      expect(
        (await campaignTips(intake, { language: 'en', channel: 'WEB' })).edges.map((edge) => edge.node.id),
      ).toEqual(expect.arrayContaining([namedTipId, DEMO_IDS.tips.usbpWebPena]));
      expect((await campaignTips(intake, { language: 'en' })).edges.map((edge) => edge.node.id)).not.toContain(
        anonymousTipId,
      );
      expect((await campaignTips(intake, { status: 'REFERRED' })).edges.map((edge) => edge.node.id)).toEqual([
        DEMO_IDS.tips.usbpWebPena,
      ]);
      expect(errorCode(await intake.gql(TIPS, { filter: { campaignId: 'se-busca-demo' } }))).toBe('BAD_USER_INPUT');
    });

    it('is an ordinary tip for intake: re-marked at triage, referred to a partner without its tipster', async () => {
      const TRIAGE = `mutation ($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { status sourceReliability handling { tlp releasableTo originatorControlled } } }`;
      const triaged = data<{ triageTip: unknown }>(
        await intake.gql(TRIAGE, {
          id: namedTipId,
          input: {
            status: 'ACTIONABLE',
            sourceReliability: 'C',
            handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
          },
        }),
      );
      expect(triaged.triageTip).toEqual({
        status: 'ACTIONABLE',
        sourceReliability: 'C',
        handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'], originatorControlled: false },
      });
      const nulled = await intake.gql(TRIAGE, { id: namedTipId, input: { handling: null } });
      expect([errorCode(nulled), nulled.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'handling']);

      const jtfaIntake = await app.as('intake@jtfa.example');
      expect(data<{ tip: TipView | null }>(await jtfaIntake.gql(TIP, { id: namedTipId })).tip).toBeNull();
      const referral = await intake.gql(
        `mutation ($id: ID!, $to: ID!) { referTip(id: $id, recipientAgencyId: $to, purpose: "Grupo de tarea conjunto") { status } }`,
        {
          id: namedTipId,
          to: DEMO_IDS.agencies.JTFA,
        },
      );
      expect(referral).toEqual({ data: { referTip: { status: 'APPROVED' } } });
      const atPartner = data<{ tip: TipView }>(await jtfaIntake.gql(TIP, { id: namedTipId })).tip;
      expect(atPartner.narrative).toBe(namedNarrative);
      expect(atPartner.tipster).toBeNull();
    });

    it('takes more information with the receipt code, anonymously, however it is typed back', async () => {
      const client = newcomer();
      const added = await client(ADD_TO_PUBLIC_TIP, {
        code: anonymousCode,
        narrative: 'La camioneta tiene placas de Chihuahua.',
      });
      expect(added).toEqual({ data: { addToPublicTip: { received: true } } });
      const typedBack = anonymousCode.toLowerCase().replace(/-/g, ' ');
      expect(await client(ADD_TO_PUBLIC_TIP, { code: typedBack, narrative: 'Iban hacia Sunland Park.' })).toEqual(
        added,
      );
      const tip = data<{ tip: TipView }>(await intake.gql(TIP, { id: anonymousTipId })).tip;
      expect(tip.followUps!.map((followUp) => followUp.narrative)).toEqual([
        'La camioneta tiene placas de Chihuahua.',
        'Iban hacia Sunland Park.',
      ]);
      expect(tip.narrative).toBe(anonymousNarrative);
      expect(tip.tipster).toEqual({ anonymous: true, name: null, phone: null, email: null });
    });

    it('tells only whether the tip was received, and a wrong code answers like an unknown one', async () => {
      const client = newcomer();
      expect(await client(PUBLIC_TIP_STATUS, { code: anonymousCode })).toEqual({
        data: { publicTipStatus: { received: true } },
      });
      const wrong = anonymousCode.slice(0, -1) + (anonymousCode.endsWith('0') ? '1' : '0');
      const unknown = await client(PUBLIC_TIP_STATUS, { code: 'not-a-code' });
      expect(unknown).toEqual({ data: { publicTipStatus: { received: false } } });
      expect(await client(PUBLIC_TIP_STATUS, { code: wrong })).toEqual(unknown);

      const addWrong = await client(ADD_TO_PUBLIC_TIP, { code: wrong, narrative: 'más información' });
      expect(errorCode(addWrong)).toBe('NOT_FOUND');
      expect(await client(ADD_TO_PUBLIC_TIP, { code: '0000-0000-0000-0000', narrative: 'más información' })).toEqual(
        addWrong,
      );
      expect(await newcomer()(ADD_TO_PUBLIC_TIP, { code: 'nonsense', narrative: 'más información' })).toEqual(addWrong);
      expect(
        Number(
          (await db.query('SELECT count(*) AS n FROM tip_follow_ups WHERE narrative = $1', ['más información'])).rows[0]
            .n,
        ),
      ).toBe(0);
    });

    it('keeps the receipt code only as its SHA-256, and out of the logs', async () => {
      const rows = (await db.query('SELECT * FROM public_tip_receipts WHERE tip_id = $1', [anonymousTipId]))
        .rows as Record<string, unknown>[];
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0]).sort()).toEqual(['created_at', 'receipt_hash', 'tip_id']);
      expect(
        (rows[0].receipt_hash as Buffer).equals(createHash('sha256').update(anonymousCode.replace(/-/g, '')).digest()),
      ).toBe(true);
      expect(app.output.join('')).not.toContain(anonymousCode);
      expect(app.output.join('')).not.toContain(anonymousCode.replace(/-/g, ''));
    });

    it('refuses empty or oversized narratives, unknown ranks and languages, and bad contacts, storing nothing', async () => {
      const client = newcomer();
      const tipsBefore = Number((await db.query('SELECT count(*) AS n FROM tips')).rows[0].n);
      const refusals: [Record<string, unknown>, string][] = [
        [{ narrative: 'x'.repeat(5001) }, 'narrative'],
        [{ narrative: '' }, 'narrative'],
      ];
      for (const [input, field] of refusals) {
        const result = await client(SUBMIT_PUBLIC_TIP, { input: { campaignSlug: SLUG, language: 'es', ...input } });
        expect([errorCode(result), result.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
      }
      const other = newcomer();
      for (const [input, field] of [
        [{ narrative: '   \n ' }, 'narrative'],
        [{ narrative: 'Algo pasó.', language: 'fr' }, 'language'],
        [{ narrative: 'Algo pasó.', entryRank: 42 }, 'entryRank'],
      ] as [Record<string, unknown>, string][]) {
        const result = await other(SUBMIT_PUBLIC_TIP, { input: { campaignSlug: SLUG, language: 'es', ...input } });
        expect([errorCode(result), result.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
      }
      const third = newcomer();
      const badEmail = await third(SUBMIT_PUBLIC_TIP, {
        input: { campaignSlug: SLUG, language: 'es', narrative: 'Algo pasó.', contact: { email: 'no es un correo' } },
      });
      expect([errorCode(badEmail), badEmail.errors?.[0].extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'contact.email',
      ]);
      const oversizedAddition = await third(ADD_TO_PUBLIC_TIP, { code: anonymousCode, narrative: 'y'.repeat(5001) });
      expect([errorCode(oversizedAddition), oversizedAddition.errors?.[0].extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'narrative',
      ]);
      expect(
        errorCode(
          await newcomer()(SUBMIT_PUBLIC_TIP, {
            input: { campaignSlug: 'no-existe', language: 'es', narrative: 'Algo pasó.' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(Number((await db.query('SELECT count(*) AS n FROM tips')).rows[0].n)).toBe(tipsBefore);
      // exactly 5,000 characters pass
      await submitPublicTip(newcomer(), { narrative: 'z'.repeat(5000) });
      expect(Number((await db.query('SELECT count(*) AS n FROM tips')).rows[0].n)).toBe(tipsBefore + 1);
    });

    it(`limits tips per client address (${TIPS_PER_HOUR} an hour here): a flood gets RATE_LIMITED, other addresses and reads go on`, async () => {
      const flooder = newcomer();
      const tipsBefore = Number((await db.query('SELECT count(*) AS n FROM tips')).rows[0].n);
      const answers = [];
      for (let i = 0; i < TIPS_PER_HOUR + 2; i++) {
        answers.push(
          await flooder(SUBMIT_PUBLIC_TIP, {
            input: { campaignSlug: SLUG, language: 'es', narrative: `Aviso repetido ${i}` },
          }),
        );
      }
      expect(answers.map((answer) => errorCode(answer) ?? 'ok')).toEqual([
        ...Array(TIPS_PER_HOUR).fill('ok'),
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
      expect(answers[TIPS_PER_HOUR].errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
      // additions share the budget
      expect(errorCode(await flooder(ADD_TO_PUBLIC_TIP, { code: anonymousCode, narrative: 'otra vez' }))).toBe(
        'RATE_LIMITED',
      );
      expect(Number((await db.query('SELECT count(*) AS n FROM tips')).rows[0].n)).toBe(tipsBefore + TIPS_PER_HOUR);
      // the list and the status stay readable from there, and another address still files tips
      expect(
        data<{ publicCampaign: { slug: string } }>(await flooder(PUBLIC_CAMPAIGN, { slug: SLUG })).publicCampaign.slug,
      ).toBe(SLUG);
      expect(await flooder(PUBLIC_TIP_STATUS, { code: anonymousCode })).toEqual({
        data: { publicTipStatus: { received: true } },
      });
      expect(await submitPublicTip(newcomer(), { narrative: 'Desde otra dirección.' })).toMatch(RECEIPT_CODE);
    });
  });

  describe('managing campaigns', () => {
    let campaign: { id: string; slug: string };
    let first: { id: string; rank: number };
    let second: { id: string; rank: number };

    it('lets an analyst create a draft of their agency', async () => {
      const result = await analyst.gql(CREATE_CAMPAIGN, {
        input: campaignInput('se-busca-valle', { phase: 3, activeUntil: daysFromToday(90) }),
      });
      expect(result.errors).toBeUndefined();
      campaign = result.data.createCampaign;
      expect(result.data.createCampaign).toMatchObject({
        slug: 'se-busca-valle',
        status: 'DRAFT',
        titleEs: 'Se Busca: Valle de Juárez',
        titleEn: 'Wanted: Juárez Valley',
        phase: 3,
        hotlinePhone: '+1 915 555 0111',
        whatsappPhone: '+52 656 555 0122',
        activeFrom: today(),
        activeUntil: daysFromToday(90),
        publishedAt: null,
        closedAt: null,
        ownerAgency: { code: 'USBP' },
        entries: [],
      });
    });

    it('refuses a taken slug, a malformed one and dates the wrong way round', async () => {
      // A slug is reserved at publication: a draft may share a public one's (so a clash never
      // confirms another agency's draft); publishing it then clashes.
      const twin = data<{ createCampaign: { id: string } }>(
        await analyst.gql(CREATE_CAMPAIGN, { input: campaignInput(SLUG) }),
      ).createCampaign;
      await addEntry(analyst, twin.id, entryInput(1, DEMO_IDS.suspects.usbpRiosMontano));
      const taken = await liaison.gql(PUBLISH_CAMPAIGN, { id: twin.id });
      expect([errorCode(taken), taken.errors?.[0].extensions?.field]).toEqual(['CONFLICT', 'slug']);
      // abandoning the draft is no publication: no clash
      expect(errorCode(await liaison.gql(CLOSE_CAMPAIGN, { id: twin.id }))).toBeUndefined();
      const malformed = await analyst.gql(CREATE_CAMPAIGN, { input: campaignInput('Se Busca!') });
      expect([errorCode(malformed), malformed.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'slug']);
      const backwards = await analyst.gql(CREATE_CAMPAIGN, {
        input: campaignInput('al-reves', { activeUntil: daysFromToday(-1) }),
      });
      expect([errorCode(backwards), backwards.errors?.[0].extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'activeUntil',
      ]);
      const badPhone = await analyst.gql(CREATE_CAMPAIGN, {
        input: campaignInput('mal-telefono', { hotlinePhone: 'llame ya' }),
      });
      expect([errorCode(badPhone), badPhone.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'hotlinePhone']);
    });

    it("adds entries at free ranks, pointing at the agency's own suspects (only an owner publishes a record)", async () => {
      first = await addEntry(
        analyst,
        campaign.id,
        entryInput(1, DEMO_IDS.suspects.usbpMerazIbarra, {
          displayName: 'Fabián Meraz',
          photoUrl: 'https://fotos.example.org/meraz.jpg',
        }),
      );
      expect(first).toMatchObject({
        campaignId: campaign.id,
        rank: 1,
        displayName: 'Fabián Meraz',
        aliases: ['Alias 1'],
        crimesEs: ['Tráfico de personas'],
        crimesEn: ['Human smuggling'],
        photoUrl: 'https://fotos.example.org/meraz.jpg',
        posterUrl: '/posters/se-busca-valle/1.pdf',
        suspect: { id: DEMO_IDS.suspects.usbpMerazIbarra, fullName: 'Fabián Ulises Meraz Ibarra' },
      });
      // HSI's suspect reaches USBP by the standing agreement, but only HSI may publish it
      const foreign = await investigator.gql(ADD_ENTRY, {
        campaignId: campaign.id,
        input: entryInput(2, DEMO_IDS.suspects.hsiSalcidoBarron),
      });
      expect([errorCode(foreign), foreign.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'suspectId']);
      second = await addEntry(investigator, campaign.id, entryInput(2, DEMO_IDS.suspects.usbpPenaOrtiz));
      expect(second).toMatchObject({
        rank: 2,
        suspect: { id: DEMO_IDS.suspects.usbpPenaOrtiz, fullName: 'Karla Yazmín Peña Ortiz' },
      });
    });

    it('keeps ranks unique and a suspect listed once', async () => {
      const rankTaken = await analyst.gql(ADD_ENTRY, {
        campaignId: campaign.id,
        input: entryInput(1, DEMO_IDS.suspects.usbpRiosMontano),
      });
      expect([errorCode(rankTaken), rankTaken.errors?.[0].extensions?.field, rankTaken.errors?.[0].message]).toEqual([
        'CONFLICT',
        'rank',
        'rank 1 is already taken in this campaign',
      ]);
      const listed = await analyst.gql(ADD_ENTRY, {
        campaignId: campaign.id,
        input: entryInput(3, DEMO_IDS.suspects.usbpMerazIbarra),
      });
      expect([errorCode(listed), listed.errors?.[0].extensions?.field]).toEqual(['CONFLICT', 'suspectId']);
      const moved = await analyst.gql(UPDATE_ENTRY, { id: second.id, input: { rank: 1 } });
      expect([errorCode(moved), moved.errors?.[0].extensions?.field]).toEqual(['CONFLICT', 'rank']);
      // FGR's suspect is not shared with USBP: it does not exist for the editor
      const hidden = await analyst.gql(ADD_ENTRY, {
        campaignId: campaign.id,
        input: entryInput(3, DEMO_IDS.suspects.fgrDominguezLara),
      });
      expect([errorCode(hidden), hidden.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'suspectId']);
      const blankCrimes = await analyst.gql(ADD_ENTRY, {
        campaignId: campaign.id,
        input: entryInput(3, DEMO_IDS.suspects.usbpRiosMontano, { crimesEs: [] }),
      });
      expect([errorCode(blankCrimes), blankCrimes.errors?.[0].extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'crimesEs',
      ]);
      const ranks = (
        await db.query('SELECT rank FROM wanted_entries WHERE campaign_id = $1 ORDER BY rank', [campaign.id])
      ).rows.map((row: { rank: number }) => row.rank);
      expect(ranks).toEqual([1, 2]);
    });

    it('reorders all entries in one go, and only all of them', async () => {
      const third = await addEntry(analyst, campaign.id, entryInput(7, DEMO_IDS.suspects.usbpRiosMontano));
      const result = await analyst.gql(REORDER, { campaignId: campaign.id, entryIds: [third.id, first.id, second.id] });
      expect(result.errors).toBeUndefined();
      expect(result.data.reorderCampaignEntries.entries).toEqual([
        { id: third.id, rank: 1, displayName: 'Persona 7' },
        { id: first.id, rank: 2, displayName: 'Fabián Meraz' },
        { id: second.id, rank: 3, displayName: 'Persona 2' },
      ]);
      for (const entryIds of [
        [third.id, first.id],
        [third.id, first.id, second.id, second.id],
        [third.id, first.id, DEMO_IDS.campaignEntries[0]],
      ]) {
        const refused = await analyst.gql(REORDER, { campaignId: campaign.id, entryIds });
        expect([errorCode(refused), refused.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'entryIds']);
      }
      const updated = data<{ updateCampaignEntry: { rank: number; displayName: string } }>(
        await analyst.gql(UPDATE_ENTRY, { id: third.id, input: { rank: 9, displayName: 'Iván Ríos' } }),
      );
      expect(updated.updateCampaignEntry).toMatchObject({ rank: 9, displayName: 'Iván Ríos' });
      const removed = data<{ removeCampaignEntry: { entries: { id: string; rank: number }[] } }>(
        await analyst.gql(REMOVE_ENTRY, { id: third.id }),
      );
      expect(removed.removeCampaignEntry.entries).toEqual([
        { id: first.id, rank: 2 },
        { id: second.id, rank: 3 },
      ]);
    });

    it('leaves publishing to liaison officers and admins', async () => {
      expect(errorCode(await analyst.gql(PUBLISH_CAMPAIGN, { id: campaign.id }))).toBe('FORBIDDEN');
      expect(errorCode(await intake.gql(PUBLISH_CAMPAIGN, { id: campaign.id }))).toBe('FORBIDDEN');
      const published = data<{ publishCampaign: { status: string; publishedAt: string } }>(
        await liaison.gql(PUBLISH_CAMPAIGN, { id: campaign.id }),
      );
      expect(published.publishCampaign.status).toBe('PUBLISHED');
      expect(errorCode(await liaison.gql(PUBLISH_CAMPAIGN, { id: campaign.id }))).toBe('CONFLICT');
      const onPublic = data<{
        publicCampaign: { title: string; entries: { rank: number; displayName: string; photoUrl: string | null }[] };
      }>(await publicCampaign('se-busca-valle', 'en')).publicCampaign;
      expect(onPublic.title).toBe('Wanted: Juárez Valley');
      expect(onPublic.entries).toEqual([
        expect.objectContaining({
          rank: 2,
          displayName: 'Fabián Meraz',
          photoUrl: 'https://fotos.example.org/meraz.jpg',
        }),
        expect.objectContaining({ rank: 3, displayName: 'Persona 2' }),
      ]);
      expect((await httpFrom('127.0.0.1', `${app.url}/posters/se-busca-valle/2.pdf`)).status).toBe(200);
    });

    it('lets only publishers change a published campaign, and never its slug', async () => {
      expect(
        errorCode(await analyst.gql(UPDATE_CAMPAIGN, { id: campaign.id, input: { titleEs: 'Otro título' } })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await analyst.gql(ADD_ENTRY, {
            campaignId: campaign.id,
            input: entryInput(5, DEMO_IDS.suspects.usbpLedezmaOrnelas),
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await analyst.gql(UPDATE_ENTRY, { id: first.id, input: { displayName: 'Otro nombre' } }))).toBe(
        'FORBIDDEN',
      );
      const renamed = await liaison.gql(UPDATE_CAMPAIGN, {
        id: campaign.id,
        input: { titleEs: 'Se Busca: Valle de Juárez, fase 3' },
      });
      expect(renamed.data.updateCampaign.titleEs).toBe('Se Busca: Valle de Juárez, fase 3');
      expect(
        data<{ publicCampaign: { title: string } }>(await publicCampaign('se-busca-valle')).publicCampaign.title,
      ).toBe('Se Busca: Valle de Juárez, fase 3');
      const slugChange = await liaison.gql(UPDATE_CAMPAIGN, { id: campaign.id, input: { slug: 'otro-slug' } });
      expect(errorCode(slugChange)).toBe('CONFLICT');
      const nulled = await liaison.gql(UPDATE_CAMPAIGN, { id: campaign.id, input: { titleEn: null } });
      expect([errorCode(nulled), nulled.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'titleEn']);
    });

    it('shows campaigns to everyone of the owning agency and to nobody else', async () => {
      const ownList = data<{ campaigns: { edges: { node: { id: string; slug: string } }[] } }>(
        await intake.gql(LIST_CAMPAIGNS, {}),
      ).campaigns.edges.map((edge) => edge.node.slug);
      expect(ownList).toEqual(expect.arrayContaining(['se-busca-valle', SLUG]));
      // newest first: the twin draft abandoned above, this one, ..., the demo campaign
      expect(ownList.slice(0, 2)).toEqual([SLUG, 'se-busca-valle']);
      const published = data<{ campaigns: { edges: { node: { status: string } }[] } }>(
        await intake.gql(LIST_CAMPAIGNS, { filter: { status: 'PUBLISHED' } }),
      ).campaigns.edges;
      expect(published.length).toBeGreaterThan(0);
      expect(published.every((edge) => edge.node.status === 'PUBLISHED')).toBe(true);
      expect(errorCode(await intake.gql(CREATE_CAMPAIGN, { input: campaignInput('de-intake') }))).toBe('FORBIDDEN');

      expect(
        data<{ campaigns: { totalCount: number } }>(await hsiAnalyst.gql(LIST_CAMPAIGNS, {})).campaigns.totalCount,
      ).toBe(0);
      const unknownId = '0195a000-000b-7000-8000-00000000ffff';
      for (const client of [hsiAnalyst, hsiLiaison]) {
        expect(await client.gql(GET_CAMPAIGN, { id: campaign.id })).toEqual(
          await client.gql(GET_CAMPAIGN, { id: unknownId }),
        );
        expect(await client.gql(GET_CAMPAIGN, { id: campaign.id })).toEqual({ data: { campaign: null } });
      }
      // a change to another agency's campaign or entry answers exactly as for an unknown id
      const pairs: [string, Record<string, unknown>, Record<string, unknown>][] = [
        [UPDATE_CAMPAIGN, { id: campaign.id, input: { titleEs: 'x' } }, { id: unknownId, input: { titleEs: 'x' } }],
        [CLOSE_CAMPAIGN, { id: campaign.id }, { id: unknownId }],
        [
          ADD_ENTRY,
          { campaignId: campaign.id, input: entryInput(8, DEMO_IDS.suspects.hsiNunezPena) },
          { campaignId: unknownId, input: entryInput(8, DEMO_IDS.suspects.hsiNunezPena) },
        ],
        [UPDATE_ENTRY, { id: first.id, input: { displayName: 'x' } }, { id: unknownId, input: { displayName: 'x' } }],
        [REMOVE_ENTRY, { id: first.id }, { id: unknownId }],
        [
          REORDER,
          { campaignId: campaign.id, entryIds: [first.id, second.id] },
          { campaignId: unknownId, entryIds: [first.id, second.id] },
        ],
      ];
      for (const [mutation, foreign, unknown] of pairs) {
        const answer = await hsiLiaison.gql(mutation, foreign);
        expect(errorCode(answer)).toBe('NOT_FOUND');
        expect(answer).toEqual(await hsiLiaison.gql(mutation, unknown));
      }
      expect(errorCode(await hsiLiaison.gql(PUBLISH_CAMPAIGN, { id: DEMO_IDS.campaigns.usbpSeBusca }))).toBe(
        'NOT_FOUND',
      );
    });

    it('keeps a published campaign listing someone, and closes it for good', async () => {
      await liaison.gql(REMOVE_ENTRY, { id: second.id });
      expect(errorCode(await liaison.gql(REMOVE_ENTRY, { id: first.id }))).toBe('CONFLICT');
      const closed = data<{ closeCampaign: { status: string; closedAt: string } }>(
        await liaison.gql(CLOSE_CAMPAIGN, { id: campaign.id }),
      );
      expect(closed.closeCampaign.status).toBe('CLOSED');
      expect(await publicCampaign('se-busca-valle')).toEqual({ data: { publicCampaign: null } });
      expect((await httpFrom('127.0.0.1', `${app.url}/posters/se-busca-valle/2.pdf`)).status).toBe(404);
      for (const [mutation, variables] of [
        [UPDATE_CAMPAIGN, { id: campaign.id, input: { titleEs: 'Reabierta' } }],
        [PUBLISH_CAMPAIGN, { id: campaign.id }],
        [CLOSE_CAMPAIGN, { id: campaign.id }],
        [ADD_ENTRY, { campaignId: campaign.id, input: entryInput(4, DEMO_IDS.suspects.usbpValdezLoya) }],
      ] as [string, Record<string, unknown>][]) {
        expect(errorCode(await liaison.gql(mutation, variables))).toBe('CONFLICT');
      }
      // the campaign's tips still take additions: the tip exists whatever became of the poster
      expect(
        data<{ campaign: { status: string } }>(await liaison.gql(GET_CAMPAIGN, { id: campaign.id })).campaign.status,
      ).toBe('CLOSED');
    });
  });
});
