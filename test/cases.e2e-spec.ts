import { Client } from 'pg';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';
import { DEMO_IDS } from './support/demo';

const FIELDS = `id version caseNumber title status redactedFields ownerAgency { code } handling { tlp releasableTo originatorControlled }
  leadAgency { code } participatingAgencies { code }
  suspects { id fullName } organizations { id name } warrants { id number } tips { id narrative }`;
const CREATE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id caseNumber status ownerAgency { code } } } pageInfo { hasNextPage endCursor }
  }
}`;
const LIST_WITH_LINKS = `query ($first: Int, $filter: CaseFilter) { cases(first: $first, filter: $filter) { edges { node {
  id ownerAgency { code } leadAgency { code } participatingAgencies { code } suspects { id } organizations { id } warrants { id } tips { id }
} } } }`;

const handling = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';
const A = DEMO_IDS.agencies;
const O = DEMO_IDS.organizations;
const S = DEMO_IDS.suspects;
const W = DEMO_IDS.warrants;
const T = DEMO_IDS.tips;
const C = DEMO_IDS.cases;

interface CaseView {
  id: string;
  version: number;
  caseNumber: string | null;
  title: string | null;
  status: string | null;
  redactedFields: string[];
  ownerAgency: { code: string };
  leadAgency: { code: string } | null;
  participatingAgencies: { code: string }[] | null;
  suspects: { id: string; fullName: string }[] | null;
  organizations: { id: string; name: string }[] | null;
  warrants: { id: string; number: string }[] | null;
  tips: { id: string; narrative: string }[] | null;
}

const ids = (records: { id: string }[] | null) => (records ?? []).map((record) => record.id).sort();

describe('cases', () => {
  let app: TestApp;
  let db: Client;
  let hsi: GraphQLClient; // analyst, HSI
  let hsiIntake: GraphQLClient;
  let hsiLiaison: GraphQLClient;
  let fgr: GraphQLClient; // analyst, FGR

  const create = async (client: GraphQLClient, input: Record<string, unknown>): Promise<CaseView> => {
    const result = await client.gql(CREATE, { input: { handling, ...input } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createCase as CaseView;
  };
  const get = async (client: GraphQLClient, id: string): Promise<CaseView | null> => {
    const result = await client.gql(GET, { id });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.case as CaseView | null;
  };
  const numbers = async (client: GraphQLClient, filter: Record<string, unknown>) => {
    const result = await client.gql(LIST, { filter, first: 100 });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.cases.edges
      .map((edge: { node: { caseNumber: string } }) => edge.node.caseNumber)
      .sort() as string[];
  };
  const stored = async (caseNumber: string) =>
    Number((await db.query('SELECT count(*) AS n FROM cases WHERE case_number = $1', [caseNumber])).rows[0].n);
  const storedLinks = async (caseId: string) =>
    Number((await db.query('SELECT count(*) AS n FROM case_links WHERE case_id = $1', [caseId])).rows[0].n);

  beforeAll(async () => {
    app = await startApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    hsi = await app.as('analyst@hsi.example');
    hsiIntake = await app.as('intake@hsi.example');
    hsiLiaison = await app.as('liaison@hsi.example');
    fgr = await app.as('analyst@fgr.example');
  });
  afterAll(async () => {
    await db?.end();
    await app?.stop();
  });

  describe('createCase', () => {
    let created: CaseView;
    beforeAll(async () => {
      created = await create(hsi, {
        caseNumber: 'HSI-ELP-2026-0200',
        title: 'Casas de seguridad en Lomas de Poleo',
        links: [
          { recordType: 'SUSPECT', recordId: S.hsiNunezPena },
          { recordType: 'SUSPECT', recordId: S.hsiSalcidoBarron },
          { recordType: 'SUSPECT', recordId: S.hsiNunezPena },
          { recordType: 'ORGANIZATION', recordId: O.hsiVenadosAnapra },
          { recordType: 'WARRANT', recordId: W.hsiNunezPena },
          { recordType: 'TIP', recordId: T.hsiHotlineNunezPena },
        ],
      });
    });

    it('creates a case owned by the actor agency, led by it unless told otherwise', () => {
      expect(created).toMatchObject({
        caseNumber: 'HSI-ELP-2026-0200',
        title: 'Casas de seguridad en Lomas de Poleo',
        status: 'OPEN',
        redactedFields: [],
        ownerAgency: { code: 'HSI' },
        leadAgency: { code: 'HSI' },
        participatingAgencies: [],
        version: 1,
      });
    });

    it('reads the linked records back through the links', async () => {
      const read = (await get(hsi, created.id))!;
      expect(read.caseNumber).toBe('HSI-ELP-2026-0200');
      expect(ids(read.suspects)).toEqual([S.hsiNunezPena, S.hsiSalcidoBarron].sort());
      expect(read.suspects).toContainEqual({ id: S.hsiNunezPena, fullName: 'José Ángel Núñez Peña' });
      expect(read.organizations).toEqual([{ id: O.hsiVenadosAnapra, name: 'Los Venados de Anapra' }]);
      expect(read.warrants).toEqual([{ id: W.hsiNunezPena, number: 'EP-26-CR-0412' }]);
      expect(ids(read.tips)).toEqual([T.hsiHotlineNunezPena]);
      expect(read.tips![0].narrative).toContain('Lomas de Poleo');
      expect(await storedLinks(created.id)).toBe(5);
    });

    it('takes a lead agency and a status', async () => {
      const led = await create(hsi, {
        caseNumber: 'HSI-ELP-2026-0201',
        title: 'Apoyo a la carpeta de FGR',
        status: 'ACTIVE',
        leadAgencyId: A.FGR,
      });
      expect(led).toMatchObject({
        status: 'ACTIVE',
        leadAgency: { code: 'FGR' },
        ownerAgency: { code: 'HSI' },
        participatingAgencies: [],
        suspects: [],
      });
    });

    it('forbids an intake officer, and writes nothing', async () => {
      const result = await hsiIntake.gql(CREATE, { input: { caseNumber: 'HSI-INTAKE-1', title: 'No', handling } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(await stored('HSI-INTAKE-1')).toBe(0);
    });

    it('forbids a liaison officer (read only)', async () => {
      const result = await hsiLiaison.gql(CREATE, { input: { caseNumber: 'HSI-LIAISON-1', title: 'No', handling } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await stored('HSI-LIAISON-1')).toBe(0);
    });

    it('refuses a link to a record hidden from the actor like an unknown one, and writes nothing', async () => {
      const fgrIntake = await app.as('intake@fgr.example');
      const fgrTip = await fgrIntake.gql('mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }', {
        input: {
          channel: 'WHATSAPP',
          language: 'es',
          narrative: 'Aviso recibido en Juárez',
          tipster: { anonymous: true },
          handling,
        },
      });
      expect(fgrTip.errors).toBeUndefined();
      const hidden = await hsi.gql(CREATE, {
        input: {
          caseNumber: 'HSI-LEAK-1',
          title: 'Enlace a un registro de FGR',
          handling,
          links: [
            { recordType: 'SUSPECT', recordId: S.hsiNunezPena },
            { recordType: 'SUSPECT', recordId: S.fgrGonzalezTerrazas },
          ],
        },
      });
      expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
      expect(hidden.errors![0].extensions!.field).toBe('links');
      const unknown = await hsi.gql(CREATE, {
        input: {
          caseNumber: 'HSI-LEAK-1',
          title: 'x',
          handling,
          links: [{ recordType: 'SUSPECT', recordId: UNKNOWN_ID }],
        },
      });
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(hidden.errors![0].message.replace(S.fgrGonzalezTerrazas, '<id>')).toBe(
        unknown.errors![0].message.replace(UNKNOWN_ID, '<id>'),
      );
      for (const link of [
        { recordType: 'ORGANIZATION', recordId: O.fgrVenadosAnapra },
        { recordType: 'WARRANT', recordId: W.fgrGonzalezTerrazas },
        { recordType: 'TIP', recordId: fgrTip.data.submitTip.id as string },
        // the type must match the record: an HSI suspect is not a warrant
        { recordType: 'WARRANT', recordId: S.hsiNunezPena },
      ]) {
        const result = await hsi.gql(CREATE, {
          input: { caseNumber: 'HSI-LEAK-1', title: 'x', handling, links: [link] },
        });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.field).toBe('links');
      }
      expect(await stored('HSI-LEAK-1')).toBe(0);
      expect(
        Number(
          (await db.query('SELECT count(*) AS n FROM case_links WHERE record_id = $1', [S.fgrGonzalezTerrazas])).rows[0]
            .n,
        ),
      ).toBe(1); // the FGR demo case only
    });

    it('answers CONFLICT for a case number the agency already uses, and the numbers are per agency', async () => {
      const duplicate = await hsi.gql(CREATE, { input: { caseNumber: 'HSI-ELP-2026-0200', title: 'Otra', handling } });
      expect(errorCode(duplicate)).toBe('CONFLICT');
      expect(await stored('HSI-ELP-2026-0200')).toBe(1);
      // surrounding blanks do not make a new number
      expect(
        errorCode(await hsi.gql(CREATE, { input: { caseNumber: ' HSI-ELP-2026-0200 ', title: 'Otra', handling } })),
      ).toBe('CONFLICT');
      const elsewhere = await create(fgr, { caseNumber: 'HSI-ELP-2026-0200', title: 'Mismo número, otra agencia' });
      expect(elsewhere.ownerAgency).toEqual({ code: 'FGR' });
      expect(await stored('HSI-ELP-2026-0200')).toBe(2);
    });

    it('rejects bad input naming the field', async () => {
      const tooLong = await hsi.gql(CREATE, { input: { caseNumber: 'x'.repeat(101), title: 'x', handling } });
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors![0].extensions!.field).toBe('caseNumber');
      const longTitle = await hsi.gql(CREATE, { input: { caseNumber: 'HSI-BAD-1', title: 't'.repeat(301), handling } });
      expect(longTitle.errors![0].extensions!.field).toBe('title');
      const blank = await hsi.gql(CREATE, { input: { caseNumber: '   ', title: 'x', handling } });
      expect(blank.errors![0].extensions!.field).toBe('caseNumber');
      const lead = await hsi.gql(CREATE, {
        input: { caseNumber: 'HSI-BAD-1', title: 'x', leadAgencyId: UNKNOWN_ID, handling },
      });
      expect(errorCode(lead)).toBe('BAD_USER_INPUT');
      expect(lead.errors![0].extensions!.field).toBe('leadAgencyId');
      // participants are the lead liaison's to add, one at a time
      const participants = await hsi.gql(CREATE, {
        input: { caseNumber: 'HSI-BAD-1', title: 'x', participatingAgencyIds: [A.GN], handling },
      });
      expect(errorCode(participants)).toBe('BAD_USER_INPUT');
      const notAnId = await hsi.gql(CREATE, {
        input: { caseNumber: 'HSI-BAD-1', title: 'x', handling, links: [{ recordType: 'SUSPECT', recordId: 'nope' }] },
      });
      expect(errorCode(notAnId)).toBe('BAD_USER_INPUT');
      const aCase = await hsi.gql(CREATE, {
        input: {
          caseNumber: 'HSI-BAD-1',
          title: 'x',
          handling,
          links: [{ recordType: 'CASE', recordId: C.hsiJointTaskForce }],
        },
      });
      expect(aCase.errors![0].extensions!.field).toBe('links');
      expect(await stored('HSI-BAD-1')).toBe(0);
    });
  });

  describe('case', () => {
    it('reads the demo case with every linked record', async () => {
      const demo = (await get(hsi, C.hsiJointTaskForce))!;
      expect(demo).toMatchObject({
        caseNumber: 'HSI-ELP-2026-0142',
        status: 'ACTIVE',
        leadAgency: { code: 'HSI' },
        participatingAgencies: [{ code: 'USBP' }, { code: 'FGR' }, { code: 'USAO-WDTX' }],
        redactedFields: [],
      });
      expect(ids(demo.suspects)).toEqual(
        [
          S.hsiNunezPena,
          S.hsiSalcidoBarron,
          S.hsiCardenasVillalobos,
          S.hsiOchoaFranco,
          S.hsiNunezSalas,
          S.hsiGonzalez,
        ].sort(),
      );
      expect(ids(demo.organizations)).toEqual([O.hsiVenadosAnapra, O.hsiCartelArenales].sort());
      expect(ids(demo.warrants)).toEqual([W.hsiNunezPena, W.hsiSalcidoBarron].sort());
      expect(ids(demo.tips)).toEqual(
        [T.hsiHotlineNunezPena, T.hsiWhatsappRansom, T.hsiWebNunezSalas, T.hsiHotlineGonzalez].sort(),
      );
    });

    it('answers an agency that takes no part exactly as for an unknown id', async () => {
      const gn = await app.as('analyst@gn.example');
      const hidden = await gn.gql(GET, { id: C.hsiJointTaskForce });
      const unknown = await gn.gql(GET, { id: UNKNOWN_ID });
      const notAnId = await gn.gql(GET, { id: 'not-an-id' });
      expect(hidden).toEqual({ data: { case: null } });
      expect(hidden).toEqual(unknown);
      expect(hidden).toEqual(notAnId);
      // a case of FGR's own that HSI takes no part in
      const own = await create(fgr, { caseNumber: 'FED/CHIH/JRZ/0009999/2026', title: 'Carpeta interna' });
      expect(await get(hsi, own.id)).toBeNull();
      expect((await get(fgr, C.fgrCarpeta))!.caseNumber).toBe('FED/CHIH/JRZ/0001287/2025');
    });

    it('forbids a role that may not read cases', async () => {
      expect(errorCode(await hsiIntake.gql(GET, { id: C.hsiJointTaskForce }))).toBe('FORBIDDEN');
    });
  });

  describe('cases', () => {
    beforeAll(async () => {
      await create(hsi, { caseNumber: 'HSI-SRCH-100%', title: 'Porcentaje literal', status: 'SUSPENDED' });
      await create(hsi, { caseNumber: 'HSI-SRCH-1000', title: 'Rescate en Anapra', status: 'CLOSED' });
      await create(hsi, { caseNumber: 'HSI-SRCH-A_B', title: 'Guion bajo', status: 'CLOSED' });
      await create(hsi, { caseNumber: 'HSI-SRCH-AXB', title: 'Sin guion bajo\\', status: 'CLOSED' });
    });

    it('searches case numbers and titles case-insensitively, the wildcards taken literally', async () => {
      expect(await numbers(hsi, { search: 'srch-100' })).toEqual(['HSI-SRCH-100%', 'HSI-SRCH-1000']);
      expect(await numbers(hsi, { search: '100%' })).toEqual(['HSI-SRCH-100%']);
      expect(await numbers(hsi, { search: 'a_b' })).toEqual(['HSI-SRCH-A_B']);
      expect(await numbers(hsi, { search: 'bajo\\' })).toEqual(['HSI-SRCH-AXB']);
      expect(await numbers(hsi, { search: 'RESCATE en' })).toEqual(['HSI-SRCH-1000']);
      expect(await numbers(hsi, { search: '%' })).toEqual(['HSI-SRCH-100%']);
    });

    it('filters by status', async () => {
      expect(await numbers(hsi, { status: 'SUSPENDED' })).toEqual(['HSI-SRCH-100%']);
      expect(await numbers(hsi, { status: 'CLOSED', search: 'srch' })).toEqual([
        'HSI-SRCH-1000',
        'HSI-SRCH-AXB',
        'HSI-SRCH-A_B',
      ]);
    });

    it('pages with a cursor, newest first', async () => {
      const first = await hsi.gql(LIST, { filter: { search: 'HSI-SRCH' }, first: 3 });
      expect(first.data.cases.totalCount).toBe(4);
      expect(first.data.cases.edges.map((e: { node: { caseNumber: string } }) => e.node.caseNumber)).toEqual([
        'HSI-SRCH-AXB',
        'HSI-SRCH-A_B',
        'HSI-SRCH-1000',
      ]);
      expect(first.data.cases.pageInfo.hasNextPage).toBe(true);
      const next = await hsi.gql(LIST, {
        filter: { search: 'HSI-SRCH' },
        first: 3,
        after: first.data.cases.pageInfo.endCursor,
      });
      expect(next.data.cases.edges.map((e: { node: { caseNumber: string } }) => e.node.caseNumber)).toEqual([
        'HSI-SRCH-100%',
      ]);
      expect(next.data.cases.pageInfo.hasNextPage).toBe(false);
    });

    it("lists another agency's cases only where the agency takes part (filtered in SQL)", async () => {
      expect(await numbers(fgr, { search: 'HSI-SRCH' })).toEqual([]);
      expect(await numbers(fgr, { search: 'HSI-ELP-2026-0142' })).toEqual(['HSI-ELP-2026-0142']);
      const all = await fgr.gql(LIST_WITH_LINKS, { first: 100 });
      type Listed = {
        id: string;
        ownerAgency: { code: string };
        leadAgency: { code: string };
        participatingAgencies: { code: string }[];
      };
      const foreign = all.data.cases.edges
        .map((e: { node: Listed }) => e.node)
        .filter((node: Listed) => node.ownerAgency.code !== 'FGR');
      expect(foreign.map((node: Listed) => node.id)).toContain(C.hsiJointTaskForce);
      // each one led by FGR (HSI's case for the FGR carpeta) or with FGR among its participants
      for (const node of foreign)
        expect([
          node.leadAgency.code,
          ...node.participatingAgencies.map((agency: { code: string }) => agency.code),
        ]).toContain('FGR');
    });

    it('forbids a role that may not read cases', async () => {
      expect(errorCode(await hsiIntake.gql(LIST, { first: 10 }))).toBe('FORBIDDEN');
    });

    it('resolves the links of a whole page in a fixed number of queries', async () => {
      const settle = () => new Promise((r) => setTimeout(r, 300));
      await settle();
      // count in the steady state: a write drops the cached session and ability (AuthStateCache)
      await hsi.gql('{ me { email } }');
      // both pages hold a case of another agency (FGR's, in which HSI takes part): its read is audited
      const small = await app.countQueries(() =>
        hsi.gql(LIST_WITH_LINKS, { first: 1, filter: { search: 'JRZ/0001287' } }),
      );
      const result = await hsi.gql(LIST_WITH_LINKS, { first: 50 });
      expect(result.errors).toBeUndefined();
      expect(result.data.cases.edges.length).toBeGreaterThan(5);
      await settle();
      const large = await app.countQueries(() => hsi.gql(LIST_WITH_LINKS, { first: 50 }));
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    });
  });

  describe('updateCase', () => {
    let target: CaseView;
    beforeAll(async () => {
      target = await create(hsi, {
        caseNumber: 'HSI-UPD-1',
        title: 'Antes',
        links: [
          { recordType: 'SUSPECT', recordId: S.hsiNunezPena },
          { recordType: 'TIP', recordId: T.hsiWhatsappRansom },
        ],
      });
    });

    it('changes the given fields from the version read, and never the links', async () => {
      const result = await hsi.gql(UPDATE, {
        id: target.id,
        input: { title: 'Después', status: 'ACTIVE', expectedVersion: 1 },
      });
      expect(result.errors).toBeUndefined();
      const updated = result.data.updateCase as CaseView;
      expect(updated).toMatchObject({
        caseNumber: 'HSI-UPD-1',
        title: 'Después',
        status: 'ACTIVE',
        leadAgency: { code: 'HSI' },
        version: 2,
      });
      expect(ids(updated.suspects)).toEqual([S.hsiNunezPena]);
      expect(ids(updated.tips)).toEqual([T.hsiWhatsappRansom]);
      expect(await storedLinks(target.id)).toBe(2);
      // links and participants are not case fields any more: the schema refuses them
      for (const input of [
        { links: [], expectedVersion: 2 },
        { participatingAgencyIds: [A.FGR], expectedVersion: 2 },
      ]) {
        const refused = await hsi.gql(UPDATE, { id: target.id, input });
        expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      }
      expect(await storedLinks(target.id)).toBe(2);
    });

    it('answers a stale version CONFLICT and writes nothing', async () => {
      const stale = await hsi.gql(UPDATE, {
        id: target.id,
        input: { title: 'Con una versión vieja', expectedVersion: 1 },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions).toMatchObject({ field: 'expectedVersion', version: 2 });
      expect((await get(hsi, target.id))!.title).toBe('Después');
      // two writers from the same version: the second one is told
      const [first, second] = await Promise.all(
        ['SUSPENDED', 'CLOSED'].map((status) =>
          hsi.gql(UPDATE, { id: target.id, input: { status, expectedVersion: 2 } }),
        ),
      );
      expect([errorCode(first), errorCode(second)].sort()).toEqual([undefined, 'CONFLICT'].sort());
      expect((await get(hsi, target.id))!.version).toBe(3);
      const missing = await hsi.gql(UPDATE, { id: target.id, input: { title: 'Sin versión' } });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    });

    it('keeps required fields required', async () => {
      const version = (await get(hsi, target.id))!.version;
      const result = await hsi.gql(UPDATE, {
        id: target.id,
        input: { caseNumber: 'HSI-UPD-1b', expectedVersion: version },
      });
      expect(result.data.updateCase.caseNumber).toBe('HSI-UPD-1b');
      for (const field of ['caseNumber', 'title', 'status', 'leadAgencyId', 'handling']) {
        const nulled = await hsi.gql(UPDATE, { id: target.id, input: { [field]: null, expectedVersion: version + 1 } });
        expect(errorCode(nulled)).toBe('BAD_USER_INPUT');
        expect(nulled.errors![0].extensions!.field).toBe(field);
      }
    });

    it('refuses a taken case number, and changes nothing', async () => {
      const version = (await get(hsi, target.id))!.version;
      const taken = await hsi.gql(UPDATE, {
        id: target.id,
        input: { title: 'Choque', caseNumber: 'HSI-ELP-2026-0142', expectedVersion: version },
      });
      expect(errorCode(taken)).toBe('CONFLICT');
      const read = (await get(hsi, target.id))!;
      expect(read.caseNumber).toBe('HSI-UPD-1b');
      expect(read.version).toBe(version);
      // its own number is not a conflict
      expect(
        (await hsi.gql(UPDATE, { id: target.id, input: { caseNumber: 'HSI-UPD-1b', expectedVersion: version } }))
          .errors,
      ).toBeUndefined();
    });

    it('forbids roles that may not change cases, and participants', async () => {
      const version = (await get(hsi, target.id))!.version;
      for (const client of [hsiIntake, hsiLiaison]) {
        expect(
          errorCode(await client.gql(UPDATE, { id: target.id, input: { title: 'No', expectedVersion: version } })),
        ).toBe('FORBIDDEN');
      }
      // FGR takes part in the demo case: it reads it, it does not change its own fields
      const demo = (await get(fgr, C.hsiJointTaskForce))!;
      expect(
        errorCode(
          await fgr.gql(UPDATE, { id: C.hsiJointTaskForce, input: { title: 'No', expectedVersion: demo.version } }),
        ),
      ).toBe('FORBIDDEN');
      expect((await get(hsi, target.id))!.title).toBe('Después');
    });

    it('answers another agency as for an unknown case', async () => {
      const hidden = await fgr.gql(UPDATE, { id: target.id, input: { title: 'Ajeno', expectedVersion: 1 } });
      const unknown = await fgr.gql(UPDATE, { id: UNKNOWN_ID, input: { title: 'Ajeno', expectedVersion: 1 } });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
      expect((await get(hsi, target.id))!.title).toBe('Después');
    });
  });
});
