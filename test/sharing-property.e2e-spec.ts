import fc from 'fast-check';
import { DEMO_IDS } from './support/demo';
import { APPROVE, createSuspect, errorCode, ok, REQUEST_SHARE, REVOKE, UPDATE_SUSPECT } from './support/sharing';
import { sqlOn, startApp, TestApp } from './support/test-app';

const TLP = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
type Tlp = (typeof TLP)[number];
const FIELDS = [
  'givenNames',
  'paternalSurname',
  'maternalSurname',
  'aliases',
  'dateOfBirth',
  'identifiers',
  'status',
  'memberships',
] as const;
type Field = (typeof FIELDS)[number];
const NAME_FIELDS: Field[] = ['givenNames', 'paternalSurname', 'maternalSurname', 'aliases'];
/** Fields discovery can be asked on: a name word each, an identifier, a date of birth. */
const PROBED: Field[] = ['givenNames', 'paternalSurname', 'aliases', 'identifiers', 'dateOfBirth'];
const VIEW = `query ($id: ID!) { suspect(id: $id) { id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth identifiers { value } status
  memberships { organization { id } } redactedFields } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { members { suspect { id } } } }`;
const PAGE = `query ($filter: SuspectFilter, $after: String) { suspects(filter: $filter, first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const DISCOVER = `query ($search: String, $identifier: String, $dateOfBirth: Date) { discoverSuspects(search: $search, identifier: $identifier, dateOfBirth: $dateOfBirth) { recordId } }`;
const WARRANTS_OF = `query ($id: ID!) { warrants(filter: { subjectId: $id }, first: 50) { edges { node { id } } } }`;
const SUSPECT_FIELDS = `id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth identifiers { value } status
  memberships { organization { id } } redactedFields`;
const FEED = `query ($after: String) { warrantChanges(after: $after, first: 100) { changes { warrant { id subject { ${SUSPECT_FIELDS} } } } endCursor hasMore } }`;
const CASE_LINKS = `query ($id: ID!) { case(id: $id) { suspects { ${SUSPECT_FIELDS} } warrants { id subject { ${SUSPECT_FIELDS} } } } }`;
const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
const ADD_ENTRY = `mutation ($campaignId: ID!, $input: WantedEntryInput!) { addCampaignEntry(campaignId: $campaignId, input: $input) { id } }`;
const PUBLIC_CAMPAIGN = `query ($slug: String!) { publicCampaign(slug: $slug, language: "es") {
  entries { rank displayName aliases crimes description summary sex } } }`;
/** Markings that never go before the public, whoever owns the record. */
const UNPUBLISHABLE: Tlp[] = ['RED', 'AMBER_STRICT'];

interface Markings {
  tlp: Tlp;
  releasableTo: ('US' | 'MX')[];
  originatorControlled: boolean;
}

interface Scenario {
  agreement: {
    maxTlp: Tlp;
    approvalRequired: boolean;
    withheld: Field[];
    discoveryAllowed: boolean;
    discoveryKeys: Field[] | null;
  };
  created: Markings;
  share: 'none' | 'approved' | 'revoked' | 'expired';
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
  agreement: fc.record({
    maxTlp: fc.constantFrom(...TLP),
    approvalRequired: fc.boolean(),
    withheld: fc.subarray([...FIELDS]),
    discoveryAllowed: fc.boolean(),
    discoveryKeys: fc.option(fc.subarray([...FIELDS], { minLength: 1 }), { nil: null }),
  }),
  created: markings,
  share: fc.constantFrom('none', 'approved', 'revoked', 'expired'),
  granted: fc.subarray([...FIELDS], { minLength: 1 }),
  later: markings,
});

/** What FGR (Mexico) may see of an HSI suspect under the scenario, by every path: the rules, written plainly. */
interface Expected {
  requestable: boolean;
  approvable: boolean;
  visible: boolean;
  readable: Field[];
  /** The HSI organization the suspect belongs to (GREEN, REL TO US and MX) is visible (standing agreements only: no share of it). */
  organizationVisible: boolean;
  /** Which probes discovery answers with a hit on the suspect. */
  discoveredBy: Field[];
  /** The suspect's warrant (GREEN, REL TO US and MX) is visible: by lookup of its own, in the change feed, as a case link. */
  warrantVisible: boolean;
  /** HSI's own entry built from the suspect stands on its published campaign, as the public reads it. */
  publiclyListed: boolean;
}

function model(s: Scenario): Expected {
  const rank = (tlp: Tlp) => TLP.indexOf(tlp);
  const carries = (m: Markings, max: Tlp) =>
    m.tlp !== 'RED' && rank(m.tlp) <= rank(max) && m.releasableTo.includes('MX');
  const allowed = FIELDS.filter((field) => !s.agreement.withheld.includes(field));
  const keys = s.agreement.discoveryKeys ?? NAME_FIELDS.filter((field) => allowed.includes(field));
  const discoveredBy =
    s.agreement.discoveryAllowed && carries(s.later, s.agreement.maxTlp)
      ? PROBED.filter((field) => keys.includes(field))
      : [];
  const organizationVisible =
    !s.agreement.approvalRequired &&
    carries({ tlp: 'GREEN', releasableTo: ['US', 'MX'], originatorControlled: false }, s.agreement.maxTlp);
  // no share of the warrant is asked for: it travels under a standing agreement only
  const warrantVisible = organizationVisible;
  // only the owner publishes; the markings decide when the entry is added and again at every public read
  const publiclyListed = !UNPUBLISHABLE.includes(s.created.tlp) && !UNPUBLISHABLE.includes(s.later.tlp);
  if (!s.agreement.approvalRequired) {
    return {
      requestable: false,
      approvable: false,
      visible: carries(s.later, s.agreement.maxTlp),
      readable: allowed,
      organizationVisible,
      discoveredBy,
      warrantVisible,
      publiclyListed,
    };
  }
  const requestable = carries(s.created, s.agreement.maxTlp);
  const approvable = requestable && s.granted.every((field) => allowed.includes(field));
  const visible = approvable && s.share === 'approved' && carries(s.later, s.agreement.maxTlp);
  return {
    requestable,
    approvable,
    visible,
    readable: visible ? s.granted : [],
    organizationVisible,
    discoveredBy,
    warrantVisible,
    publiclyListed,
  };
}

/** The FGR-side projection every read path must agree with. */
interface Seen {
  requestable: boolean;
  approvable: boolean;
  /** path name -> whether the suspect showed there */
  shown: Record<string, boolean>;
  readable: Field[] | null;
  fullNameReadable: boolean;
  /**
   * The suspect where another record shows it (a case's link, its warrant's subject in the feed and
   * in the case): path name -> the fields read there, fullName as 'fullName'; null where it did not show.
   */
  nested: Record<string, string[] | null>;
  discoveredBy: Field[];
  /** Whether FGR's own campaign could take an entry built from the suspect (never: only the owner publishes). */
  partnerEntryAccepted: boolean;
  /** Whether FGR can read HSI's campaign holding the entry (never: a campaign is its agency's). */
  partnerReadsOwnerCampaign: boolean;
  /** The public entry shows nothing of the suspect's record: no name, alias, identifier or date of birth of it. */
  publicEntryLeaks: string[];
}

/**
 * Runs scenarios against a running API, printing the seed: for random agreements, markings and
 * (approved, revoked, expired) shares, every read path FGR has to an HSI suspect answers what the
 * plain model says: the lookup, the list and its pages (cursors), each filter, name search by
 * each name field, discovery by each probe, the memberships from both ends, the filter of
 * warrants by subject, the warrant change feed, the case links (the suspect and its warrant
 * linked to a joint case FGR takes part in) and the campaign entries (HSI's published Se Busca
 * entry built from the suspect, as the public reads it; FGR may neither publish it nor read it).
 */
async function checkScenarios(app: TestApp, numRuns: number, seed: number, endOnFailure = false) {
  const [hsiAdmin, hsiAnalyst, hsiLiaison, fgrAnalyst] = await Promise.all(
    ['admin@hsi.example', 'analyst@hsi.example', 'liaison@hsi.example', 'analyst@fgr.example'].map((email) =>
      app.as(email),
    ),
  );
  let agreementId: string = DEMO_IDS.agreements.hsiToFgr;
  let run = 0;
  const organizationId = ok<{ id: string }>(
    await hsiAnalyst.gql('mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: {
        name: 'Red Modelo del Poniente',
        kind: 'SMUGGLING_RING',
        handling: { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
      },
    }),
    'createOrganization',
  ).id;
  // the feed from now on: drain what is there, then each run reads only its own changes
  let feedCursor: string | null = null;
  for (;;) {
    const page: { endCursor: string | null; hasMore: boolean } = ok(
      await fgrAnalyst.gql(FEED, { after: feedCursor }),
      'warrantChanges',
    );
    feedCursor = page.endCursor;
    if (!page.hasMore) break;
  }
  const today = new Date().toISOString().slice(0, 10);
  const campaignInput = (slug: string) => ({
    slug,
    titleEs: 'Se Busca: prueba de propiedad',
    titleEn: 'Wanted: property test',
    summaryEs: 'Personas buscadas.',
    summaryEn: 'People wanted.',
    region: 'El Paso, Texas',
    hotlinePhone: '+1 915 555 0111',
    activeFrom: today,
  });
  const entryInput = (suspectId: string) => ({
    rank: 1,
    suspectId,
    displayName: 'Persona buscada',
    aliases: ['El Buscado'],
    crimesEs: ['Tráfico de personas'],
    crimesEn: ['Human smuggling'],
    summaryEs: 'Resumen.',
    summaryEn: 'Summary.',
  });
  const fgrCampaignId = ok<{ id: string }>(
    await fgrAnalyst.gql(CREATE_CAMPAIGN, {
      input: campaignInput(`fgr-propiedad-${seed.toString(36).replace('-', 'n')}`),
    }),
    'createCampaign',
  ).id;

  async function pagedIds(filter: Record<string, unknown> | null): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } =
        ok(await fgrAnalyst.gql(PAGE, { filter, after }), 'suspects');
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  }
  const listed = async (filter: Record<string, unknown>, id: string) =>
    ok<{ edges: { node: { id: string } }[] }>(
      await fgrAnalyst.gql(
        'query ($filter: SuspectFilter) { suspects(filter: $filter, first: 100) { edges { node { id } } } }',
        { filter },
      ),
      'suspects',
    ).edges.some((edge) => edge.node.id === id);

  async function actual(s: Scenario): Promise<Seen> {
    ok(await hsiAdmin.gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', { id: agreementId }), 'endAgreement');
    agreementId = ok<{ id: string }>(
      await hsiAdmin.gql('mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }', {
        input: {
          recipientAgencyId: DEMO_IDS.agencies.FGR,
          recordTypes: ['SUSPECT', 'ORGANIZATION', 'WARRANT'],
          maxTlp: s.agreement.maxTlp,
          approvalRequired: s.agreement.approvalRequired,
          discoveryAllowed: s.agreement.discoveryAllowed,
          permittedUses: ['INTELLIGENCE'],
          withheldFields: [{ recordType: 'SUSPECT', fields: s.agreement.withheld }],
          ...(s.agreement.discoveryKeys
            ? { discoveryKeys: [{ recordType: 'SUSPECT', fields: s.agreement.discoveryKeys }] }
            : {}),
        },
      }),
      'createAgreement',
    ).id;
    run += 1;
    // words no other record holds, so each path's answer is about this record alone
    const tag = `${seed.toString(36).replace('-', 'n')}x${run}`;
    const names = { given: `Prueba${tag}`, paternal: `Modelo${tag}`, maternal: `Materno${tag}`, alias: `Alias${tag}` };
    const dateOfBirth = `19${String(10 + (run % 80)).padStart(2, '0')}-0${1 + (run % 9)}-1${run % 10}`;
    const identifier = `P-${tag}`;
    const id = await createSuspect(hsiAnalyst, names.given, names.paternal, s.created, {
      maternalSurname: names.maternal,
      aliases: [names.alias],
      dateOfBirth,
      identifiers: [{ kind: 'OTHER', value: identifier }],
      memberships: [{ organizationId, role: 'MEMBER' }],
    });
    const warrantId = ok<{ id: string }>(
      await hsiAnalyst.gql('mutation ($input: CreateWarrantInput!) { createWarrant(input: $input) { id } }', {
        input: {
          number: `W-${tag}`,
          issuingCountry: 'US',
          issuingAuthority: 'W.D. Tex.',
          charges: ['8 U.S.C. 1324'],
          subjectId: id,
          status: 'ACTIVE',
          handling: { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
        },
      }),
      'createWarrant',
    ).id;
    // a joint case of HSI's linking both, FGR taking part
    const caseId = ok<{ id: string }>(
      await hsiAnalyst.gql('mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }', {
        input: {
          caseNumber: `C-${tag}`,
          title: `Caso ${tag}`,
          handling: { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
          links: [
            { recordType: 'SUSPECT', recordId: id },
            { recordType: 'WARRANT', recordId: warrantId },
          ],
        },
      }),
      'createCase',
    ).id;
    ok(
      await hsiLiaison.gql(
        'mutation ($caseId: ID!, $agencyId: ID!) { addCaseParticipant(caseId: $caseId, agencyId: $agencyId) { id } }',
        {
          caseId,
          agencyId: DEMO_IDS.agencies.FGR,
        },
      ),
      'addCaseParticipant',
    );
    // HSI's Se Busca campaign with an entry built from the suspect, published where the markings allow
    const slug = `propiedad-${tag}`;
    const campaignId = ok<{ id: string }>(
      await hsiAnalyst.gql(CREATE_CAMPAIGN, { input: campaignInput(slug) }),
      'createCampaign',
    ).id;
    const entry = await hsiAnalyst.gql(ADD_ENTRY, { campaignId, input: entryInput(id) });
    if (entry.errors) expect(errorCode(entry)).toBe('BAD_USER_INPUT');
    else
      ok(
        await hsiLiaison.gql('mutation ($id: ID!) { publishCampaign(id: $id) { id } }', { id: campaignId }),
        'publishCampaign',
      );
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
        if (approvable && s.share === 'revoked')
          ok(await hsiLiaison.gql(REVOKE, { id: request.data.requestShare.id, reason: 'Propiedad' }), 'revokeShare');
        if (approvable && s.share === 'expired')
          await sqlOn(app, "UPDATE shares SET expires_at = now() - interval '1 second' WHERE id = $1", [
            request.data.requestShare.id,
          ]);
      }
    }
    ok(await hsiAnalyst.gql(UPDATE_SUSPECT, { id, input: { handling: s.later } }), 'updateSuspect');

    const seen = ok(await fgrAnalyst.gql(VIEW, { id }), 'suspect');
    const organization = ok(await fgrAnalyst.gql(ORGANIZATION, { id: organizationId }), 'organization');
    const hits = async (probe: Record<string, unknown>) =>
      ok<{ recordId: string }[]>(await fgrAnalyst.gql(DISCOVER, probe), 'discoverSuspects').some(
        (hit) => hit.recordId === id,
      );
    const probes: Record<Field, Record<string, unknown> | null> = {
      givenNames: { search: names.given },
      paternalSurname: { search: names.paternal },
      maternalSurname: null,
      aliases: { search: names.alias },
      identifiers: { identifier },
      dateOfBirth: { dateOfBirth },
      status: null,
      memberships: null,
    };
    const partnerEntry = await fgrAnalyst.gql(ADD_ENTRY, { campaignId: fgrCampaignId, input: entryInput(id) });
    if (partnerEntry.errors) expect(errorCode(partnerEntry)).toBe('BAD_USER_INPUT');
    const partnerCampaign = ok(
      await fgrAnalyst.gql('query ($id: ID!) { campaign(id: $id) { id } }', { id: campaignId }),
      'campaign',
    );
    const publicCampaign = ok<{ entries: { displayName: string }[] } | null>(
      await app.anonymous.gql(PUBLIC_CAMPAIGN, { slug }),
      'publicCampaign',
    );
    const record = [names.given, names.paternal, names.maternal, names.alias, identifier, dateOfBirth];
    type WarrantView = { id: string; subject: Record<string, any> | null };
    const linked = ok<{ suspects: Record<string, any>[] | null; warrants: WarrantView[] | null } | null>(
      await fgrAnalyst.gql(CASE_LINKS, { id: caseId }),
      'case',
    );
    expect(linked).not.toBeNull();
    const asLink = linked?.suspects?.find((suspect) => suspect.id === id) ?? null;
    const changed: WarrantView[] = [];
    // The feed shows a change once every older transaction has ended (the audit sealer's may
    // still be open for a few milliseconds): where the model expects this run's change, give it
    // up to 3 s to appear.
    const feedDeadline = Date.now() + (model(s).warrantVisible ? 3000 : 0);
    for (;;) {
      const page: { changes: { warrant: WarrantView }[]; endCursor: string | null; hasMore: boolean } = ok(
        await fgrAnalyst.gql(FEED, { after: feedCursor }),
        'warrantChanges',
      );
      changed.push(...page.changes.map((change) => change.warrant).filter((warrant) => warrant.id === warrantId));
      feedCursor = page.endCursor ?? feedCursor;
      if (page.hasMore) continue;
      if (changed.length > 0 || Date.now() >= feedDeadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const caseWarrant = linked?.warrants?.find((warrant) => warrant.id === warrantId) ?? null;
    const discoveredBy: Field[] = [];
    for (const field of PROBED) if (await hits(probes[field]!)) discoveredBy.push(field);
    const shown: Record<string, boolean> = {
      lookup: seen !== null,
      list: (await pagedIds(null)).includes(id),
      'search:givenNames': await listed({ search: names.given }, id),
      'search:paternalSurname': await listed({ search: names.paternal }, id),
      'search:maternalSurname': await listed({ search: names.maternal }, id),
      'search:aliases': await listed({ search: names.alias }, id),
      'search:two names': await listed({ search: `${names.given} ${names.paternal}` }, id),
      'filter:dateOfBirth': await listed({ dateOfBirth }, id),
      'filter:identifiers': await listed({ identifier }, id),
      'Suspect.memberships': (seen?.memberships ?? []).some(
        (m: { organization: { id: string } | null }) => m.organization?.id === organizationId,
      ),
      'Organization.members': (organization?.members ?? []).some(
        (m: { suspect: { id: string } }) => m.suspect.id === id,
      ),
      'warrants(subjectId)': ok<{ edges: { node: { id: string } }[] }>(
        await fgrAnalyst.gql(WARRANTS_OF, { id }),
        'warrants',
      ).edges.some((edge) => edge.node.id === warrantId),
      warrantChanges: changed.length > 0,
      'warrantChanges.subject': changed.some((warrant) => warrant.subject?.id === id),
      'Case.suspects': asLink !== null,
      'Case.warrants': caseWarrant !== null,
      'Case.warrants.subject': caseWarrant?.subject?.id === id,
      'publicCampaign.entries': (publicCampaign?.entries ?? []).length > 0,
    };
    const readableOf = (view: Record<string, any>) =>
      FIELDS.filter((field) => view[field] !== null && !view.redactedFields.includes(field));
    const projection = (view: Record<string, any> | null | undefined) =>
      view ? [...readableOf(view), ...(view.fullName !== null ? ['fullName'] : [])] : null;
    const lastChange = changed[changed.length - 1];
    return {
      requestable,
      approvable,
      shown,
      readable: seen ? readableOf(seen) : null,
      fullNameReadable: seen ? seen.fullName !== null : false,
      nested: {
        'Case.suspects': projection(asLink),
        'warrantChanges.subject': projection(lastChange?.subject),
        'Case.warrants.subject': projection(caseWarrant?.subject),
      },
      discoveredBy,
      partnerEntryAccepted: !partnerEntry.errors,
      partnerReadsOwnerCampaign: partnerCampaign !== null,
      publicEntryLeaks: record.filter((value) => JSON.stringify(publicCampaign).includes(value)),
    };
  }

  return fc.check(
    fc.asyncProperty(scenario, async (s) => {
      const expected = model(s);
      const got = await actual(s);
      const can = (field: Field) => expected.visible && expected.readable.includes(field);
      expect(got.shown).toEqual({
        lookup: expected.visible,
        list: expected.visible,
        'search:givenNames': can('givenNames'),
        'search:paternalSurname': can('paternalSurname'),
        'search:maternalSurname': can('maternalSurname'),
        'search:aliases': can('aliases'),
        'search:two names': can('givenNames') && can('paternalSurname'),
        'filter:dateOfBirth': can('dateOfBirth'),
        'filter:identifiers': can('identifiers'),
        'Suspect.memberships': can('memberships') && expected.organizationVisible,
        'Organization.members': can('memberships') && expected.organizationVisible,
        // the warrant is GREEN to US and MX: it shows under a standing agreement, by the suspect's id only where the suspect does
        'warrants(subjectId)': expected.warrantVisible && expected.visible,
        warrantChanges: expected.warrantVisible,
        // a warrant names its subject only to a viewer who may see the suspect
        'warrantChanges.subject': expected.warrantVisible && expected.visible,
        // a participant sees a link only to a record it may read itself
        'Case.suspects': expected.visible,
        'Case.warrants': expected.warrantVisible,
        'Case.warrants.subject': expected.warrantVisible && expected.visible,
        'publicCampaign.entries': expected.publiclyListed,
      });
      expect(got.partnerEntryAccepted).toBe(false);
      expect(got.partnerReadsOwnerCampaign).toBe(false);
      expect(got.publicEntryLeaks).toEqual([]);
      if (expected.visible) {
        expect(got.readable).toEqual(FIELDS.filter((field) => expected.readable.includes(field)));
        expect(got.fullNameReadable).toBe(
          ['givenNames', 'paternalSurname', 'maternalSurname'].every((field) =>
            expected.readable.includes(field as Field),
          ),
        );
        // the same projection wherever the suspect shows
        const lookup = [...got.readable!, ...(got.fullNameReadable ? ['fullName'] : [])];
        for (const [path, fields] of Object.entries(got.nested))
          if (fields !== null) expect({ path, fields }).toEqual({ path, fields: lookup });
      }
      expect(got.discoveredBy).toEqual(expected.discoveredBy);
      if (s.agreement.approvalRequired) {
        expect(got.requestable).toBe(expected.requestable);
        if (s.share !== 'none' && expected.requestable) expect(got.approvable).toBe(expected.approvable);
      }
    }),
    { numRuns, seed, endOnFailure },
  );
}

const SEED = Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

/**
 * Property: for random agreements, markings and shares, what every read path shows FGR equals
 * what a plain reference model of the rules says. PROPERTY_SEED and PROPERTY_RUNS replay a run.
 */
describe('sharing rules (property)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('every read path agrees with the reference model', async () => {
    console.log(`sharing property: seed ${SEED}, ${RUNS} runs (replay: PROPERTY_SEED=${SEED})`);
    const result = await checkScenarios(app, RUNS, SEED);
    if (result.failed)
      throw new Error(
        `seed ${SEED}, counterexample ${JSON.stringify(result.counterexample)}: ${String(result.errorInstance)}`,
      );
  });
});

/** The property is what catches a path without the visibility predicate: take it off one path and it fails. */
describe('sharing rules (property) without the visibility predicate on one path', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY: 'read:Suspect' });
  });
  afterAll(() => app?.stop());

  it('fails', async () => {
    // Row-level security still hides the rows, so only a scenario that reads a withheld field by a
    // filter or a search can tell: up to 150 runs (it stops at the first counterexample, usually
    // within a few; 40 once found none)
    const result = await checkScenarios(app, 150, SEED, true);
    expect(result.failed).toBe(true);
  });
});
