import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, GqlResult, startApp, TestApp } from './support/test-app';

const W = DEMO_IDS.warrants;
const S = DEMO_IDS.suspects;

const FIELDS = `id number issuingCountry issuingAuthority charges issueDate status statusChangedAt redactedFields
  ownerAgency { code } handling { tlp releasableTo originatorControlled }
  subject { id fullName }
  statusHistory { status changedAt sourceSystem recordedAt applied note }
  externalRefs { sourceSystem externalId }`;
const GET = `query ($id: ID!) { warrant(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: WarrantFilter, $first: Int, $after: String) {
  warrants(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id number status ownerAgency { code } subject { id } } } pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE = `mutation ($input: CreateWarrantInput!) { createWarrant(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWarrantInput!) { updateWarrant(id: $id, input: $input) { ${FIELDS} } }`;
const SUSPECT_WARRANTS = `query ($id: ID!) { suspect(id: $id) { id warrants { id number status ownerAgency { code } } } }`;
const CREATE_SUSPECT = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id fullName } }`;

const handling = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';
const WDTX = 'U.S. District Court, Western District of Texas';

interface WarrantView {
  id: string;
  number: string;
  status: string;
  statusChangedAt: string;
  subject: { id: string; fullName: string } | null;
  statusHistory: {
    status: string;
    changedAt: string;
    sourceSystem: string | null;
    recordedAt: string;
    applied: boolean;
    note: string | null;
  }[];
  externalRefs: { sourceSystem: string; externalId: string }[];
}
interface ListNode {
  id: string;
  number: string;
  status: string;
  ownerAgency: { code: string };
  subject: { id: string } | null;
}

describe('warrants', () => {
  let app: TestApp;
  let db: Client;
  let hsi: GraphQLClient; // analyst, HSI
  let hsiLiaison: GraphQLClient;
  let hsiIntake: GraphQLClient;
  let fgr: GraphQLClient; // analyst, FGR
  let subject: { id: string; fullName: string }; // a new HSI suspect
  let fgrSubject: { id: string; fullName: string }; // a new FGR suspect

  const createSuspect = async (client: GraphQLClient, givenNames: string, paternalSurname: string) => {
    const result = await client.gql(CREATE_SUSPECT, { input: { givenNames, paternalSurname, handling } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createSuspect as { id: string; fullName: string };
  };
  const warrantInput = (overrides: Record<string, unknown> = {}) => ({
    number: 'EP-26-CR-0900',
    issuingCountry: 'US',
    issuingAuthority: WDTX,
    charges: ['8 U.S.C. § 1324 – Alien smuggling'],
    subjectId: subject.id,
    status: 'ISSUED',
    statusChangedAt: '2026-02-01T10:00:00.000Z',
    handling,
    ...overrides,
  });
  const createWarrant = async (
    client: GraphQLClient,
    overrides: Record<string, unknown> = {},
  ): Promise<WarrantView> => {
    const result = await client.gql(CREATE, { input: warrantInput(overrides) });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createWarrant as WarrantView;
  };
  const list = async (client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<ListNode[]> => {
    const result = await client.gql(LIST, { filter, first: 100 });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.warrants.edges.map((edge: { node: ListNode }) => edge.node);
  };
  /** Rows in the three warrant tables: "nothing written" means these do not move. */
  const rowCounts = async () => {
    const { rows } = await db.query(`SELECT
      (SELECT count(*)::int FROM warrants) AS warrants,
      (SELECT count(*)::int FROM warrant_status_changes) AS history,
      (SELECT count(*)::int FROM warrant_external_refs) AS refs`);
    return rows[0] as { warrants: number; history: number; refs: number };
  };
  const history = async (id: string) => ((await hsi.gql(GET, { id })).data.warrant as WarrantView).statusHistory;
  const errorField = (result: GqlResult) => result.errors?.[0]?.extensions?.field;

  beforeAll(async () => {
    app = await startApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    hsi = await app.as('analyst@hsi.example');
    hsiLiaison = await app.as('liaison@hsi.example');
    hsiIntake = await app.as('intake@hsi.example');
    fgr = await app.as('analyst@fgr.example');
    subject = await createSuspect(hsi, 'Teodoro', 'Zamarripa');
    fgrSubject = await createSuspect(fgr, 'Herminio', 'Baeza');
  });
  afterAll(async () => {
    await db?.end();
    await app?.stop();
  });

  describe('warrant', () => {
    it('shows its own warrant with its subject, full status history and external references', async () => {
      const result = await hsi.gql(GET, { id: W.hsiNunezPena });
      expect(result.errors).toBeUndefined();
      const warrant = result.data.warrant;
      expect(warrant).toMatchObject({
        id: W.hsiNunezPena,
        number: 'EP-26-CR-0412',
        issuingCountry: 'US',
        issuingAuthority: WDTX,
        issueDate: '2026-01-08',
        status: 'ACTIVE',
        statusChangedAt: '2026-01-08T21:15:00.000Z',
        redactedFields: [],
        ownerAgency: { code: 'HSI' },
        handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'], originatorControlled: false },
        subject: { id: S.hsiNunezPena, fullName: 'José Ángel Núñez Peña' },
        externalRefs: [{ sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00412' }],
      });
      expect(warrant.charges).toHaveLength(2);
      expect(warrant.charges[1]).toBe('18 U.S.C. § 1203 – Hostage taking');
      expect(
        warrant.statusHistory.map((h: WarrantView['statusHistory'][number]) => [
          h.status,
          h.changedAt,
          h.sourceSystem,
          h.applied,
          h.note,
        ]),
      ).toEqual([
        ['ISSUED', '2026-01-08T20:30:00.000Z', 'PACER-WDTX', true, null],
        ['ACTIVE', '2026-01-08T21:15:00.000Z', 'PACER-WDTX', true, null],
      ]);
    });

    it('lets a liaison officer of the owner read it', async () => {
      const result = await hsiLiaison.gql(GET, { id: W.hsiSalcidoBarron });
      expect(result.data.warrant).toMatchObject({ number: 'EP-26-CR-0413', ownerAgency: { code: 'HSI' } });
    });

    it('forbids reading warrants to a role without access to them', async () => {
      expect(errorCode(await hsiIntake.gql(GET, { id: W.hsiNunezPena }))).toBe('FORBIDDEN');
      expect(errorCode(await hsiIntake.gql(LIST, {}))).toBe('FORBIDDEN');
    });

    it('answers another agency exactly as for an unknown id, and never leaks the subject', async () => {
      const hidden = await fgr.gql(GET, { id: W.hsiNunezPena });
      expect(hidden).toEqual({ data: { warrant: null } });
      expect(hidden).toEqual(await fgr.gql(GET, { id: UNKNOWN_ID }));
      expect(hidden).toEqual(await fgr.gql(GET, { id: 'not-an-id' }));

      // Nothing FGR can ask names the HSI warrant or its subject.
      const answers = [
        await fgr.gql(LIST, { first: 100 }),
        await fgr.gql(LIST, { filter: { subjectId: S.hsiNunezPena }, first: 100 }),
        await fgr.gql(SUSPECT_WARRANTS, { id: S.hsiNunezPena }),
        await fgr.gql(SUSPECT_WARRANTS, { id: S.fgrNunezPena }),
      ];
      const text = JSON.stringify(answers);
      expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
      expect(text).not.toContain(W.hsiNunezPena);
      expect(text).not.toContain(S.hsiNunezPena);
      expect(text).not.toContain('EP-26-CR-0412');
      expect(answers[1].data.warrants).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
      expect(answers[2].data.suspect).toBeNull();
    });
  });

  describe('warrants', () => {
    it('lists only the viewer agency warrants, newest first', async () => {
      const fgrList = await list(fgr);
      expect(fgrList.map((w) => w.id).sort()).toEqual(
        [W.fgrGonzalezTerrazas, W.fgrDominguezLara, W.fgrNunezPena, W.fgrCarrascoSaucedo].sort(),
      );
      expect(fgrList.every((w) => w.ownerAgency.code === 'FGR')).toBe(true);
      const hsiList = await list(hsi);
      expect(hsiList.map((w) => w.id)).toEqual(expect.arrayContaining([W.hsiNunezPena, W.hsiSalcidoBarron]));
      expect(hsiList.every((w) => w.ownerAgency.code === 'HSI')).toBe(true);
    });

    it('filters by status, subject and issuing country', async () => {
      expect((await list(fgr, { status: 'EXECUTED' })).map((w) => w.id).sort()).toEqual(
        [W.fgrGonzalezTerrazas, W.fgrDominguezLara].sort(),
      );
      expect((await list(fgr, { subjectId: S.fgrNunezPena })).map((w) => w.number)).toEqual(['CP 298/2025']);
      expect(await list(fgr, { issuingCountry: 'US' })).toEqual([]);
      expect((await list(hsi, { issuingCountry: 'US', subjectId: S.hsiSalcidoBarron })).map((w) => w.id)).toEqual([
        W.hsiSalcidoBarron,
      ]);
      expect(errorCode(await hsi.gql(LIST, { filter: { status: 'SERVED' } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    });

    it('pages with cursors without repeats', async () => {
      const first = await fgr.gql(LIST, { first: 3 });
      const next = await fgr.gql(LIST, { first: 3, after: first.data.warrants.pageInfo.endCursor });
      expect(first.data.warrants.totalCount).toBe(4);
      expect(first.data.warrants.pageInfo.hasNextPage).toBe(true);
      expect(next.data.warrants.edges).toHaveLength(1);
      expect(next.data.warrants.pageInfo.hasNextPage).toBe(false);
      const ids = [...first.data.warrants.edges, ...next.data.warrants.edges].map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(new Set(ids).size).toBe(4);
    });

    it('costs the same number of SQL queries for a page of 1 and a page of 4, nested fields included', async () => {
      const query = `query ($first: Int) { warrants(first: $first) { edges { node {
        id ownerAgency { code } subject { id fullName } statusHistory { status } externalRefs { externalId } } } } }`;
      // count in the steady state: a write drops the cached session and ability (AuthStateCache)
      await fgr.gql('{ me { email } }');
      const small = await app.countQueries(() => fgr.gql(query, { first: 1 }));
      const large = await app.countQueries(() => fgr.gql(query, { first: 4 }));
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(8);
    });
  });

  describe('Suspect.warrants', () => {
    it('shows a suspect warrants to a viewer who may see them', async () => {
      const result = await hsi.gql(SUSPECT_WARRANTS, { id: S.hsiNunezPena });
      expect(result.data.suspect.warrants).toEqual([
        { id: W.hsiNunezPena, number: 'EP-26-CR-0412', status: 'ACTIVE', ownerAgency: { code: 'HSI' } },
      ]);
      const fgrResult = await fgr.gql(SUSPECT_WARRANTS, { id: S.fgrGonzalezTerrazas });
      expect(fgrResult.data.suspect.warrants).toEqual([
        { id: W.fgrGonzalezTerrazas, number: 'CP 412/2025', status: 'EXECUTED', ownerAgency: { code: 'FGR' } },
      ]);
    });

    it('shows none to a viewer who may see the suspect but not warrants', async () => {
      const result = await hsiIntake.gql(SUSPECT_WARRANTS, { id: S.hsiNunezPena });
      expect(result.errors).toBeUndefined();
      expect(result.data.suspect).toEqual({ id: S.hsiNunezPena, warrants: [] });
    });

    it('is an empty list for a suspect without warrants', async () => {
      expect((await hsi.gql(SUSPECT_WARRANTS, { id: S.hsiCardenasVillalobos })).data.suspect.warrants).toEqual([]);
    });

    it('batches across a page of suspects', async () => {
      const query = `query ($first: Int) { suspects(first: $first) { edges { node { id warrants { id subject { id } statusHistory { status } } } } } }`;
      // newest first: the new suspect without warrants, then demo suspects with one each
      // count in the steady state: a write drops the cached session and ability (AuthStateCache)
      await fgr.gql('{ me { email } }');
      const small = await app.countQueries(() => fgr.gql(query, { first: 2 }));
      const large = await app.countQueries(() => fgr.gql(query, { first: 5 }));
      const page = await fgr.gql(query, { first: 5 });
      expect(
        page.data.suspects.edges.filter((e: { node: { warrants: unknown[] } }) => e.node.warrants.length > 0),
      ).toHaveLength(4);
      expect(large).toBe(small);
    });
  });

  describe('createWarrant', () => {
    it('creates a warrant of the actor agency with its first status history entry', async () => {
      const result = await hsi.gql(CREATE, {
        input: warrantInput({
          number: ' EP-26-CR-0901 ',
          issueDate: '2026-01-30',
          externalRefs: [
            { sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00901' },
            { sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00901' },
            { sourceSystem: 'NCIC', externalId: 'W260000901' },
          ],
        }),
      });
      expect(result.errors).toBeUndefined();
      const warrant = result.data.createWarrant;
      expect(warrant).toMatchObject({
        number: 'EP-26-CR-0901',
        issuingCountry: 'US',
        issueDate: '2026-01-30',
        status: 'ISSUED',
        statusChangedAt: '2026-02-01T10:00:00.000Z',
        redactedFields: [],
        ownerAgency: { code: 'HSI' },
        subject: { id: subject.id, fullName: 'Teodoro Zamarripa' },
        externalRefs: [
          { sourceSystem: 'NCIC', externalId: 'W260000901' },
          { sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00901' },
        ],
      });
      expect(warrant.statusHistory).toEqual([
        {
          status: 'ISSUED',
          changedAt: '2026-02-01T10:00:00.000Z',
          sourceSystem: null,
          recordedAt: expect.any(String),
          applied: true,
          note: null,
        },
      ]);
      const { rows } = await db.query('SELECT recorded_by FROM warrant_status_changes WHERE warrant_id = $1', [
        warrant.id,
      ]);
      expect(rows).toEqual([{ recorded_by: DEMO_IDS.users.HSI.ANALYST }]);
      // and the subject now lists it
      const onSubject = await hsi.gql(SUSPECT_WARRANTS, { id: subject.id });
      expect(onSubject.data.suspect.warrants.map((w: { id: string }) => w.id)).toEqual([warrant.id]);
    });

    it('dates the status now when no time is given', async () => {
      const before = Date.now();
      const warrant = await createWarrant(hsi, { number: 'EP-26-CR-0902', statusChangedAt: undefined });
      const at = new Date(warrant.statusChangedAt).getTime();
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(Date.now() + 1000);
      expect(warrant.statusHistory.map((h) => h.changedAt)).toEqual([warrant.statusChangedAt]);
    });

    it('forbids creating to roles that may not write warrants, and writes nothing', async () => {
      const before = await rowCounts();
      expect(errorCode(await hsiLiaison.gql(CREATE, { input: warrantInput({ number: 'EP-26-CR-0903' }) }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await hsiIntake.gql(CREATE, { input: warrantInput({ number: 'EP-26-CR-0903' }) }))).toBe(
        'FORBIDDEN',
      );
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses another agency suspect as subject exactly like an unknown one', async () => {
      const before = await rowCounts();
      const hidden = await fgr.gql(CREATE, { input: warrantInput({ subjectId: subject.id, issuingCountry: 'MX' }) });
      const unknown = await fgr.gql(CREATE, { input: warrantInput({ subjectId: UNKNOWN_ID, issuingCountry: 'MX' }) });
      expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
      expect(errorField(hidden)).toBe('subjectId');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
      expect(errorField(unknown)).toBe('subjectId');
      expect(await rowCounts()).toEqual(before);
    });

    it('rejects invalid input naming the field, and writes nothing', async () => {
      const before = await rowCounts();
      const cases: [Record<string, unknown>, string | undefined][] = [
        [{ number: 'x'.repeat(101) }, 'number'],
        [{ number: '   ' }, 'number'],
        [{ issuingAuthority: 'x'.repeat(201) }, 'issuingAuthority'],
        [{ charges: [] }, 'charges'],
        [{ charges: ['x'.repeat(301)] }, 'charges'],
        [{ subjectId: 'not-an-id' }, 'subjectId'],
        [{ statusChangedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'statusChangedAt'],
        [{ issueDate: '2999-01-01' }, 'issueDate'],
        [{ externalRefs: [{ sourceSystem: '  ', externalId: 'A-1' }] }, 'externalRefs.sourceSystem'],
        [{ externalRefs: [{ sourceSystem: 'NCIC', externalId: 'x'.repeat(201) }] }, 'externalRefs.0.externalId'],
        [{ issueDate: '2026-02-30' }, undefined],
        [{ status: 'SERVED' }, undefined],
        [{ handling: { tlp: 'PURPLE' } }, undefined],
      ];
      for (const [overrides, field] of cases) {
        const result = await hsi.gql(CREATE, { input: warrantInput({ number: 'EP-26-CR-0904', ...overrides }) });
        expect([JSON.stringify(overrides), errorCode(result)]).toEqual([JSON.stringify(overrides), 'BAD_USER_INPUT']);
        if (field) expect(errorField(result)).toBe(field);
      }
      expect(await rowCounts()).toEqual(before);
      expect((await list(hsi, { subjectId: subject.id })).map((w) => w.number)).not.toContain('EP-26-CR-0904');
    });

    it('answers CONFLICT for an external reference another warrant of the agency has, and writes nothing', async () => {
      const before = await rowCounts();
      const result = await hsi.gql(CREATE, {
        input: warrantInput({
          number: 'EP-26-CR-0905',
          externalRefs: [{ sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00412' }],
        }),
      });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(await rowCounts()).toEqual(before);
    });

    it('answers CONFLICT, never a server error, when concurrent requests race for the same reference', async () => {
      const ref = { sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00920' };
      const results = await Promise.all(
        [0, 1, 2, 3].map((i) =>
          hsi.gql(CREATE, { input: warrantInput({ number: `EP-26-CR-092${i}`, externalRefs: [ref] }) }),
        ),
      );
      expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual([
        'CONFLICT',
        'CONFLICT',
        'CONFLICT',
        'OK',
      ]);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM warrant_external_refs WHERE external_id = $1', [
        ref.externalId,
      ]);
      expect(rows[0].n).toBe(1);
    });

    it('allows the same external reference in another agency: references are unique per agency', async () => {
      const warrant = await createWarrant(fgr, {
        number: 'CP 901/2026',
        issuingCountry: 'MX',
        issuingAuthority: 'Juzgado de Control del Distrito Judicial Bravo, Cd. Juárez',
        subjectId: fgrSubject.id,
        externalRefs: [{ sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00412' }],
      });
      expect(warrant.externalRefs).toEqual([{ sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00412' }]);
      expect(warrant.subject).toEqual({ id: fgrSubject.id, fullName: 'Herminio Baeza' });
    });
  });

  describe('updateWarrant', () => {
    let warrant: WarrantView;
    beforeAll(async () => {
      warrant = await createWarrant(hsi, {
        number: 'EP-26-CR-0910',
        externalRefs: [{ sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00910' }],
      });
    });

    it('appends to the status history when the status changes', async () => {
      const result = await hsi.gql(UPDATE, {
        id: warrant.id,
        input: { status: 'ACTIVE', statusChangedAt: '2026-02-02T09:00:00.000Z' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.updateWarrant).toMatchObject({
        status: 'ACTIVE',
        statusChangedAt: '2026-02-02T09:00:00.000Z',
      });
      expect(
        result.data.updateWarrant.statusHistory.map((h: { status: string; changedAt: string }) => [
          h.status,
          h.changedAt,
        ]),
      ).toEqual([
        ['ISSUED', '2026-02-01T10:00:00.000Z'],
        ['ACTIVE', '2026-02-02T09:00:00.000Z'],
      ]);

      const suspended = await hsi.gql(UPDATE, { id: warrant.id, input: { status: 'SUSPENDED' } });
      const changes = suspended.data.updateWarrant.statusHistory;
      expect(changes.map((h: { status: string }) => h.status)).toEqual(['ISSUED', 'ACTIVE', 'SUSPENDED']);
      expect(changes[2].changedAt).toBe(suspended.data.updateWarrant.statusChangedAt);
      expect(Math.abs(new Date(changes[2].changedAt).getTime() - Date.now())).toBeLessThan(60_000);
      const { rows } = await db.query('SELECT DISTINCT recorded_by FROM warrant_status_changes WHERE warrant_id = $1', [
        warrant.id,
      ]);
      expect(rows).toEqual([{ recorded_by: DEMO_IDS.users.HSI.ANALYST }]);
    });

    it('changes other fields without touching the history', async () => {
      const result = await hsi.gql(UPDATE, {
        id: warrant.id,
        input: { issuingAuthority: 'U.S. Magistrate Judge, El Paso', charges: ['18 U.S.C. § 1203 – Hostage taking'] },
      });
      expect(result.data.updateWarrant).toMatchObject({
        issuingAuthority: 'U.S. Magistrate Judge, El Paso',
        charges: ['18 U.S.C. § 1203 – Hostage taking'],
        status: 'SUSPENDED',
      });
      expect(result.data.updateWarrant.statusHistory).toHaveLength(3);
    });

    it('refuses a status time older than the current one, and writes nothing', async () => {
      const before = await rowCounts();
      const result = await hsi.gql(UPDATE, {
        id: warrant.id,
        input: { status: 'ACTIVE', statusChangedAt: '2026-02-01T12:00:00.000Z' },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('statusChangedAt');
      const future = await hsi.gql(UPDATE, {
        id: warrant.id,
        input: { status: 'ACTIVE', statusChangedAt: new Date(Date.now() + 86_400_000).toISOString() },
      });
      expect(errorField(future)).toBe('statusChangedAt');
      expect(await rowCounts()).toEqual(before);
      expect((await history(warrant.id)).map((h) => h.status)).toEqual(['ISSUED', 'ACTIVE', 'SUSPENDED']);
    });

    it('refuses any status change out of EXECUTED: a new warrant is needed', async () => {
      const executed = await hsi.gql(UPDATE, { id: warrant.id, input: { status: 'EXECUTED' } });
      expect(executed.data.updateWarrant.status).toBe('EXECUTED');
      const before = await rowCounts();
      for (const status of ['ACTIVE', 'CANCELLED', 'ISSUED']) {
        const result = await hsi.gql(UPDATE, { id: warrant.id, input: { status } });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(errorField(result)).toBe('status');
        expect(result.errors![0].message).toMatch(/new warrant/);
      }
      expect(await rowCounts()).toEqual(before);
      expect((await hsi.gql(GET, { id: warrant.id })).data.warrant.status).toBe('EXECUTED');
      expect((await history(warrant.id)).map((h) => h.status)).toEqual(['ISSUED', 'ACTIVE', 'SUSPENDED', 'EXECUTED']);
    });

    it('refuses a status change out of CANCELLED too', async () => {
      const cancelled = await createWarrant(hsi, { number: 'EP-26-CR-0911', status: 'CANCELLED' });
      const result = await hsi.gql(UPDATE, { id: cancelled.id, input: { status: 'ACTIVE' } });
      expect(errorField(result)).toBe('status');
      // re-stating the current status is not a transition
      const same = await hsi.gql(UPDATE, {
        id: cancelled.id,
        input: { status: 'CANCELLED', number: 'EP-26-CR-0911-A' },
      });
      expect(same.data.updateWarrant).toMatchObject({ number: 'EP-26-CR-0911-A', status: 'CANCELLED' });
      expect(same.data.updateWarrant.statusHistory).toHaveLength(1);
    });

    it('replaces external references, and answers CONFLICT for one another warrant has', async () => {
      const replaced = await hsi.gql(UPDATE, {
        id: warrant.id,
        input: { externalRefs: [{ sourceSystem: 'NCIC', externalId: 'W260000910' }] },
      });
      expect(replaced.data.updateWarrant.externalRefs).toEqual([{ sourceSystem: 'NCIC', externalId: 'W260000910' }]);
      const before = await rowCounts();
      const conflict = await hsi.gql(UPDATE, {
        id: warrant.id,
        input: { number: 'EP-26-CR-0999', externalRefs: [{ sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00413' }] },
      });
      expect(errorCode(conflict)).toBe('CONFLICT');
      expect(await rowCounts()).toEqual(before);
      const after = (await hsi.gql(GET, { id: warrant.id })).data.warrant;
      expect(after.externalRefs).toEqual([{ sourceSystem: 'NCIC', externalId: 'W260000910' }]);
      expect(after.number).toBe('EP-26-CR-0910');
    });

    it('keeps required fields required and validates the new subject', async () => {
      expect(errorField(await hsi.gql(UPDATE, { id: warrant.id, input: { number: null } }))).toBe('number');
      expect(errorField(await hsi.gql(UPDATE, { id: warrant.id, input: { status: null } }))).toBe('status');
      const foreign = await hsi.gql(UPDATE, { id: warrant.id, input: { subjectId: fgrSubject.id } });
      expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
      expect(errorField(foreign)).toBe('subjectId');
      expect((await hsi.gql(GET, { id: warrant.id })).data.warrant.subject.id).toBe(subject.id);
    });

    it('forbids updating to a role that may only read warrants', async () => {
      const result = await hsiLiaison.gql(UPDATE, { id: warrant.id, input: { number: 'EP-26-CR-0998' } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect((await hsi.gql(GET, { id: warrant.id })).data.warrant.number).toBe('EP-26-CR-0910');
    });

    it('answers another agency exactly as for an unknown warrant', async () => {
      const hidden = await fgr.gql(UPDATE, { id: warrant.id, input: { number: 'HACKED' } });
      const unknown = await fgr.gql(UPDATE, { id: UNKNOWN_ID, input: { number: 'HACKED' } });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
      expect((await hsi.gql(GET, { id: warrant.id })).data.warrant.number).toBe('EP-26-CR-0910');
    });
  });
});
