import { Client } from 'pg';
import { errorCode, GraphQLClient, GqlResult, startApp, TestApp } from './support/test-app';

const FIELDS = `id receivedAt channel language receivedIn narrative status sourceReliability informationCredibility redactedFields
  ownerAgency { code } handling { tlp releasableTo originatorControlled }
  tipster { anonymous name phone email } subjects { id fullName } organizations { id name }`;
const SUBMIT = `mutation ($input: SubmitTipInput!) { submitTip(input: $input) { ${FIELDS} } }`;
const TRIAGE = `mutation ($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { tip(id: $id) { ${FIELDS} } }`;
const QUEUE = `query ($filter: TipFilter, $first: Int, $after: String) {
  tips(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id receivedAt narrative ownerAgency { code } } } pageInfo { hasNextPage endCursor }
  }
}`;
const QUEUE_WITH_LINKS = `query ($first: Int) { tips(first: $first) { edges { node { id tipster { name } subjects { id fullName } organizations { id name } } } } }`;
const CREATE_SUSPECT = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id fullName } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;

const handling = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';
// fictional tipster
const TIPSTER = {
  anonymous: false,
  name: 'Rosalba Quintero Lugo',
  phone: '+52 656 555 0187',
  email: 'rosalba.q@example.org',
};

interface TipView {
  id: string;
  receivedAt: string;
  narrative: string;
  status: string;
  redactedFields: string[];
  tipster: { anonymous: boolean; name: string | null; phone: string | null; email: string | null } | null;
  subjects: { id: string; fullName: string }[] | null;
  organizations: { id: string; name: string }[] | null;
}
interface QueuePage {
  tips: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { id: string; receivedAt: string; narrative: string; ownerAgency: { code: string } };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('tips', () => {
  let app: TestApp;
  let db: Client;
  let intake: GraphQLClient; // intake officer, USBP
  let analyst: GraphQLClient; // analyst, USBP
  let liaison: GraphQLClient; // liaison officer, USBP
  let fgrIntake: GraphQLClient;
  let fgrAnalyst: GraphQLClient;
  let subject: { id: string; fullName: string };
  let otherSubject: { id: string; fullName: string };
  let organization: { id: string; name: string };
  let tip: TipView;

  const submit = async (client: GraphQLClient, input: Record<string, unknown>): Promise<TipView> => {
    const result = await client.gql(SUBMIT, {
      input: { channel: 'HOTLINE', language: 'es', tipster: { anonymous: true }, handling, ...input },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.submitTip as TipView;
  };
  const get = async (client: GraphQLClient, id: string): Promise<TipView | null> => {
    const result = await client.gql(GET, { id });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.tip as TipView | null;
  };
  /** Every page of the queue, following `after`. */
  const queue = async (client: GraphQLClient, filter: Record<string, unknown> | null = null, first = 3) => {
    const nodes: QueuePage['tips']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let totalCount: number;
    let pages = 0;
    do {
      const page = (await client.gql(QUEUE, { filter, first, after })) as GqlResult<QueuePage>;
      if (!page.data) throw new Error(JSON.stringify(page.errors));
      totalCount = page.data.tips.totalCount;
      nodes.push(...page.data.tips.edges.map((edge) => edge.node));
      after = page.data.tips.pageInfo.hasNextPage ? page.data.tips.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    return { nodes, totalCount, pages };
  };
  const storedWithNarrative = async (narrative: string): Promise<number> =>
    Number((await db.query('SELECT count(*) AS n FROM tips WHERE narrative = $1', [narrative])).rows[0].n);

  beforeAll(async () => {
    app = await startApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    intake = await app.as('intake@usbp.example');
    analyst = await app.as('analyst@usbp.example');
    liaison = await app.as('liaison@usbp.example');
    fgrIntake = await app.as('intake@fgr.example');
    // FGR: no agreement with USBP, so its records stay hidden from USBP
    fgrAnalyst = await app.as('analyst@fgr.example');

    const createSuspect = async (client: GraphQLClient, input: Record<string, unknown>) => {
      const result = await client.gql(CREATE_SUSPECT, { input: { handling, ...input } });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.createSuspect as { id: string; fullName: string };
    };
    subject = await createSuspect(analyst, {
      givenNames: 'Anselmo',
      paternalSurname: 'Barraza',
      maternalSurname: 'Olguín',
    });
    otherSubject = await createSuspect(analyst, { givenNames: 'Filiberto', paternalSurname: 'Cisneros' });
    const org = await analyst.gql(CREATE_ORGANIZATION, {
      input: { name: 'Los Coyotes de Anapra', kind: 'SMUGGLING_RING', handling },
    });
    if (!org.data) throw new Error(JSON.stringify(org.errors));
    organization = org.data.createOrganization;
  });
  afterAll(async () => {
    await db?.end();
    await app?.stop();
  });

  describe('submitTip', () => {
    it('records a tip for the intake officer agency, with its tipster and mentions', async () => {
      const receivedAt = hoursAgo(30);
      const result = await intake.gql(SUBMIT, {
        input: {
          receivedAt,
          channel: 'WHATSAPP',
          language: 'es',
          receivedIn: 'MX',
          narrative: '  Vieron a "El Tejón" guiando a un grupo por Anapra hacia Santa Teresa el martes en la noche.  ',
          subjectIds: [subject.id, subject.id],
          organizationIds: [organization.id],
          tipster: TIPSTER,
          handling: { tlp: 'AMBER_STRICT', releasableTo: ['US'], originatorControlled: true },
        },
      });
      expect(result.errors).toBeUndefined();
      tip = result.data.submitTip;
      expect(result.data.submitTip).toMatchObject({
        receivedAt,
        channel: 'WHATSAPP',
        language: 'es',
        receivedIn: 'MX',
        narrative: 'Vieron a "El Tejón" guiando a un grupo por Anapra hacia Santa Teresa el martes en la noche.',
        status: 'NEW',
        sourceReliability: null,
        informationCredibility: null,
        redactedFields: [],
        ownerAgency: { code: 'USBP' },
        handling: { tlp: 'AMBER_STRICT', releasableTo: ['US'], originatorControlled: true },
        tipster: TIPSTER,
        subjects: [{ id: subject.id, fullName: 'Anselmo Barraza Olguín' }],
        organizations: [{ id: organization.id, name: 'Los Coyotes de Anapra' }],
      });
    });

    it('lets the intake officer read the tipster back', async () => {
      expect((await get(intake, tip.id))!.tipster).toEqual(TIPSTER);
    });

    it('defaults receivedAt to now and keeps an anonymous tipster anonymous', async () => {
      const before = Date.now();
      const anonymous = await submit(intake, {
        narrative: 'Llamada anónima sobre una casa de seguridad en Riberas del Bravo.',
      });
      expect(Math.abs(new Date(anonymous.receivedAt).getTime() - before)).toBeLessThan(10_000);
      expect(anonymous.tipster).toEqual({ anonymous: true, name: null, phone: null, email: null });
      expect(anonymous.subjects).toEqual([]);
      expect(anonymous.organizations).toEqual([]);
    });

    it('forbids a role that does not take tips, and writes nothing', async () => {
      const narrative = 'Un analista intenta registrar este reporte.';
      for (const client of [analyst, liaison]) {
        const result = await client.gql(SUBMIT, {
          input: { channel: 'WEB', language: 'es', narrative, tipster: { anonymous: true }, handling },
        });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      expect(await storedWithNarrative(narrative)).toBe(0);
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ tipster: { anonymous: true, phone: '+1 915 555 0100' } }, 'tipster'],
        [{ tipster: { anonymous: false } }, 'tipster'],
        [{ tipster: { anonymous: false, name: 'x'.repeat(201) } }, 'tipster.name'],
        [{ tipster: { anonymous: false, phone: '1'.repeat(51) } }, 'tipster.phone'],
        [{ tipster: { anonymous: false, email: 'not-an-email' } }, 'tipster.email'],
        [{ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'receivedAt'],
        [{ language: 'fr' }, 'language'],
        [{ subjectIds: [UNKNOWN_ID] }, 'subjectIds'],
        [{ subjectIds: ['not-an-id'] }, 'subjectIds'],
        [{ organizationIds: [UNKNOWN_ID] }, 'organizationIds'],
        [{ handling: { tlp: 'AMBER', releasableTo: ['US', 'US', 'MX'] } }, 'handling.releasableTo'],
      ];
      for (const [i, [input, field]] of cases.entries()) {
        const narrative = `Entrada inválida número ${i}`;
        const result = await intake.gql(SUBMIT, {
          input: { channel: 'HOTLINE', language: 'es', narrative, tipster: { anonymous: true }, handling, ...input },
        });
        expect({ i, code: errorCode(result), field: result.errors?.[0]?.extensions?.field }).toEqual({
          i,
          code: 'BAD_USER_INPUT',
          field,
        });
        expect(await storedWithNarrative(narrative)).toBe(0);
      }
      // never echoes the confidential values in the error
      const echoed = await intake.gql(SUBMIT, {
        input: {
          channel: 'HOTLINE',
          language: 'es',
          narrative: 'eco',
          tipster: { anonymous: true, phone: '+1 915 555 0142' },
          handling,
        },
      });
      expect(JSON.stringify(echoed.errors)).not.toContain('555 0142');

      for (const narrative of ['', '   ', 'x'.repeat(20001)]) {
        const result = await intake.gql(SUBMIT, {
          input: { channel: 'HOTLINE', language: 'es', narrative, tipster: { anonymous: true }, handling },
        });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.field).toBe('narrative');
      }
      expect(
        Number(
          (await db.query("SELECT count(*) AS n FROM tips WHERE narrative IN ('', 'eco') OR length(narrative) > 20000"))
            .rows[0].n,
        ),
      ).toBe(0);
    });

    it('refuses a subject the intake officer may not see, like an unknown one', async () => {
      const fgrSuspect = (
        await fgrAnalyst.gql(CREATE_SUSPECT, { input: { givenNames: 'Teodoro', paternalSurname: 'Arvizu', handling } })
      ).data.createSuspect as { id: string };
      const narrative = 'Menciona a un sospechoso de otra agencia.';
      const hidden = await intake.gql(SUBMIT, {
        input: {
          channel: 'HOTLINE',
          language: 'es',
          narrative,
          subjectIds: [fgrSuspect.id],
          tipster: { anonymous: true },
          handling,
        },
      });
      const unknown = await intake.gql(SUBMIT, {
        input: {
          channel: 'HOTLINE',
          language: 'es',
          narrative,
          subjectIds: [UNKNOWN_ID],
          tipster: { anonymous: true },
          handling,
        },
      });
      expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message.replace(UNKNOWN_ID, fgrSuspect.id));
      expect(await storedWithNarrative(narrative)).toBe(0);
    });
  });

  describe('the confidential tipster', () => {
    it('is withheld from the owning agency analysts and liaison officers, and says so', async () => {
      for (const client of [analyst, liaison]) {
        const seen = await get(client, tip.id);
        expect(seen).toMatchObject({
          id: tip.id,
          narrative: tip.narrative,
          tipster: null,
          redactedFields: ['tipster'],
        });
        expect(seen!.subjects).toEqual([{ id: subject.id, fullName: 'Anselmo Barraza Olguín' }]);
      }
    });

    it('is withheld in the queue too', async () => {
      const page = await analyst.gql(QUEUE_WITH_LINKS, { first: 100 });
      const listed = page.data.tips.edges.find((edge: { node: { id: string } }) => edge.node.id === tip.id);
      expect(listed.node.tipster).toBeNull();
      const own = await intake.gql(QUEUE_WITH_LINKS, { first: 100 });
      expect(
        own.data.tips.edges.find((edge: { node: { id: string } }) => edge.node.id === tip.id).node.tipster,
      ).toEqual({ name: TIPSTER.name });
    });

    it('is stored only sealed: no plain phone, name or email in the database', async () => {
      const { rows } = await db.query('SELECT tipster_sealed, narrative FROM tips WHERE id = $1', [tip.id]);
      expect(rows).toHaveLength(1);
      const sealed: Buffer = rows[0].tipster_sealed;
      expect(sealed.length).toBeGreaterThan(28);
      for (const secret of [TIPSTER.phone, TIPSTER.name, TIPSTER.email, '555 0187']) {
        expect(sealed.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      }
      // nor anywhere else in the tip's row
      const whole = await db.query('SELECT t::text AS row FROM tips t WHERE id = $1', [tip.id]);
      expect(whole.rows[0].row).not.toContain('555 0187');
      expect(whole.rows[0].row).not.toContain('Quintero');
    });

    it('never reaches the logs', async () => {
      const logs = JSON.stringify(app.logs);
      expect(logs).not.toContain('555 0187');
      expect(logs).not.toContain('Quintero');
      expect(logs).not.toContain('rosalba.q');
    });

    it('is bound to its tip: a sealed tipster moved to another tip does not open', async () => {
      const victim = await submit(intake, { narrative: 'Reporte que recibirá un tipster ajeno.' });
      await db.query('UPDATE tips SET tipster_sealed = (SELECT tipster_sealed FROM tips WHERE id = $1) WHERE id = $2', [
        tip.id,
        victim.id,
      ]);
      const result = await intake.gql(GET, { id: victim.id });
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('Quintero');
      // an analyst never decrypts, so still reads the rest of the tip
      expect((await get(analyst, victim.id))!.narrative).toBe('Reporte que recibirá un tipster ajeno.');
      await db.query('DELETE FROM tips WHERE id = $1', [victim.id]);
    });
  });

  describe('roles without tips', () => {
    it('may neither read nor list tips', async () => {
      const admin = await app.as('admin@usbp.example');
      const read = await admin.gql(GET, { id: tip.id });
      expect(errorCode(read)).toBe('FORBIDDEN');
      expect(read.data?.tip ?? null).toBeNull();
      expect(errorCode(await admin.gql(QUEUE, { first: 5 }))).toBe('FORBIDDEN');
      expect(errorCode(await admin.gql(TRIAGE, { id: tip.id, input: { status: 'CLOSED' } }))).toBe('FORBIDDEN');
    });
  });

  describe('other agencies', () => {
    it('answer as for an unknown id, even to an intake officer', async () => {
      const hidden = await fgrIntake.gql(GET, { id: tip.id });
      const unknown = await fgrIntake.gql(GET, { id: UNKNOWN_ID });
      expect(hidden).toEqual({ data: { tip: null } });
      expect(hidden).toEqual(unknown);
      expect(await fgrIntake.gql(GET, { id: 'not-an-id' })).toEqual(unknown);
    });

    it('never list another agency tips', async () => {
      const fgrQueue = await queue(fgrIntake, null, 100);
      expect(fgrQueue.nodes.map((node) => node.id)).not.toContain(tip.id);
      expect(fgrQueue.nodes.every((node) => node.ownerAgency.code === 'FGR')).toBe(true);
    });

    it('cannot triage another agency tip, and hear what they would for an unknown one', async () => {
      const hidden = await fgrIntake.gql(TRIAGE, { id: tip.id, input: { status: 'CLOSED' } });
      const unknown = await fgrIntake.gql(TRIAGE, { id: UNKNOWN_ID, input: { status: 'CLOSED' } });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
      expect((await get(analyst, tip.id))!.status).toBe('NEW');
    });
  });

  describe('subjects', () => {
    it('lists only the subjects the viewer may see', async () => {
      const fgrSuspect = (
        await fgrAnalyst.gql(CREATE_SUSPECT, {
          input: { givenNames: 'Heriberto', paternalSurname: 'Saucedo', handling },
        })
      ).data.createSuspect as { id: string };
      // a link to a record USBP may not see (as an earlier share that has since been revoked would leave)
      await db.query('INSERT INTO tip_subjects (tip_id, suspect_id) VALUES ($1, $2)', [tip.id, fgrSuspect.id]);
      expect((await get(analyst, tip.id))!.subjects).toEqual([{ id: subject.id, fullName: 'Anselmo Barraza Olguín' }]);
      expect((await get(intake, tip.id))!.subjects!.map((s) => s.id)).toEqual([subject.id]);
      await db.query('DELETE FROM tip_subjects WHERE tip_id = $1 AND suspect_id = $2', [tip.id, fgrSuspect.id]);
    });

    it('cost a fixed number of queries however long the page', async () => {
      // the newest tips, so that both pages below are full of linked tips
      for (let i = 0; i < 6; i++) {
        await submit(intake, {
          narrative: `Reporte en lote ${i}`,
          subjectIds: [subject.id, otherSubject.id],
          organizationIds: [organization.id],
          tipster: TIPSTER,
        });
      }
      // let the log lines of the submissions above arrive before counting
      await new Promise((r) => setTimeout(r, 300));
      // count in the steady state: a write drops the cached session and ability (AuthStateCache)
      await analyst.gql('{ me { email } }');
      const small = await app.countQueries(() => analyst.gql(QUEUE_WITH_LINKS, { first: 2 }));
      const large = await app.countQueries(() => analyst.gql(QUEUE_WITH_LINKS, { first: 8 }));
      expect(large).toBe(small);
      const page = await analyst.gql(QUEUE_WITH_LINKS, { first: 100 });
      const batch = page.data.tips.edges.filter(
        (e: { node: { subjects: { id: string }[] } }) => e.node.subjects.length === 2,
      );
      expect(batch).toHaveLength(6);
      expect(batch[0].node.organizations).toEqual([{ id: organization.id, name: 'Los Coyotes de Anapra' }]);
    });
  });

  describe('the intake queue', () => {
    let marked: TipView[];
    beforeAll(async () => {
      // submitted out of order: the queue sorts by receivedAt, not by submission
      marked = [];
      marked.push(
        await submit(intake, {
          narrative: 'Cola: hace tres horas',
          receivedAt: hoursAgo(3),
          channel: 'WALK_IN',
          language: 'en',
        }),
      );
      marked.push(
        await submit(intake, {
          narrative: 'Cola: hace una hora',
          receivedAt: hoursAgo(1),
          channel: 'WALK_IN',
          language: 'en',
        }),
      );
      marked.push(
        await submit(intake, {
          narrative: 'Cola: hace dos horas',
          receivedAt: hoursAgo(2),
          channel: 'WALK_IN',
          language: 'es',
        }),
      );
    });

    it('is newest first and pages with after, without repeats or gaps', async () => {
      const all = await queue(analyst, null, 3);
      expect(all.pages).toBeGreaterThan(2);
      expect(all.nodes).toHaveLength(all.totalCount);
      expect(new Set(all.nodes.map((node) => node.id)).size).toBe(all.nodes.length);
      const times = all.nodes.map((node) => new Date(node.receivedAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const ours = all.nodes.filter((node) => node.narrative.startsWith('Cola: ')).map((node) => node.narrative);
      expect(ours).toEqual(['Cola: hace una hora', 'Cola: hace dos horas', 'Cola: hace tres horas']);
      expect(all.nodes.map((node) => node.id)).toContain(tip.id);
      const stored = await db.query(
        // USBP's own tips, plus HSI's under the standing HSI->USBP agreement (up to AMBER, REL TO US)
        `SELECT count(*) AS n FROM tips t JOIN agencies a ON a.id = t.owner_agency_id
         WHERE a.code = 'USBP' OR (a.code = 'HSI' AND t.tlp IN ('CLEAR', 'GREEN', 'AMBER') AND 'US' = ANY(t.releasable_to))`,
      );
      expect(all.totalCount).toBe(Number(stored.rows[0].n));
    });

    it('filters by channel, language, status and received window', async () => {
      const narratives = async (filter: Record<string, unknown>) =>
        (await queue(intake, filter, 100)).nodes.map((node) => node.narrative);
      expect(await narratives({ channel: 'WALK_IN' })).toEqual([
        'Cola: hace una hora',
        'Cola: hace dos horas',
        'Cola: hace tres horas',
      ]);
      expect(await narratives({ channel: 'WALK_IN', language: 'en' })).toEqual([
        'Cola: hace una hora',
        'Cola: hace tres horas',
      ]);
      expect(
        await narratives({ channel: 'WALK_IN', receivedFrom: marked[0].receivedAt, receivedTo: marked[1].receivedAt }),
      ).toEqual(['Cola: hace dos horas', 'Cola: hace tres horas']);
      expect(await narratives({ channel: 'WALK_IN', status: 'CLOSED' })).toEqual([]);
      expect(errorCode(await intake.gql(QUEUE, { filter: { language: 'fr' } }))).toBe('BAD_USER_INPUT');
      expect(
        errorCode(await intake.gql(QUEUE, { filter: { receivedFrom: hoursAgo(1), receivedTo: hoursAgo(2) } })),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await intake.gql(QUEUE, { first: 101 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await intake.gql(QUEUE, { first: 5, after: 'garbage' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('triageTip', () => {
    let triaged: TipView;
    beforeAll(async () => {
      triaged = await submit(intake, { narrative: 'Para clasificar.', subjectIds: [subject.id], tipster: TIPSTER });
    });

    it('grades, sets the status and replaces the mentions', async () => {
      const result = await analyst.gql(TRIAGE, {
        id: triaged.id,
        input: {
          status: 'ACTIONABLE',
          sourceReliability: 'B',
          informationCredibility: 2,
          subjectIds: [otherSubject.id],
          organizationIds: [organization.id],
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.triageTip).toMatchObject({
        status: 'ACTIONABLE',
        sourceReliability: 'B',
        informationCredibility: 2,
        narrative: 'Para clasificar.',
        subjects: [{ id: otherSubject.id, fullName: 'Filiberto Cisneros' }],
        organizations: [{ id: organization.id, name: 'Los Coyotes de Anapra' }],
        tipster: null,
        redactedFields: ['tipster'],
      });
      // lists left out stay; an empty list clears; the tipster is untouched
      const again = await intake.gql(TRIAGE, { id: triaged.id, input: { status: 'REFERRED', subjectIds: [] } });
      expect(again.data.triageTip).toMatchObject({
        status: 'REFERRED',
        sourceReliability: 'B',
        subjects: [],
        organizations: [{ id: organization.id }],
        tipster: TIPSTER,
      });
    });

    it('rejects bad input and changes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ informationCredibility: 7 }, 'informationCredibility'],
        [{ informationCredibility: 0 }, 'informationCredibility'],
        [{ status: null }, 'status'],
        [{ status: 'CLOSED', subjectIds: [UNKNOWN_ID] }, 'subjectIds'],
        [{ status: 'CLOSED', organizationIds: [UNKNOWN_ID] }, 'organizationIds'],
      ];
      for (const [input, field] of cases) {
        const result = await analyst.gql(TRIAGE, { id: triaged.id, input });
        expect({ code: errorCode(result), field: result.errors?.[0]?.extensions?.field }).toEqual({
          code: 'BAD_USER_INPUT',
          field,
        });
      }
      expect(errorCode(await analyst.gql(TRIAGE, { id: triaged.id, input: { sourceReliability: 'G' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await get(analyst, triaged.id)).toMatchObject({
        status: 'REFERRED',
        informationCredibility: 2,
        organizations: [{ id: organization.id }],
      });
    });

    it('is forbidden to a role that may only read tips', async () => {
      const result = await liaison.gql(TRIAGE, { id: triaged.id, input: { status: 'CLOSED' } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect((await get(analyst, triaged.id))!.status).toBe('REFERRED');
    });
  });
});
