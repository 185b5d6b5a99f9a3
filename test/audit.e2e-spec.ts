import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { errorCode, GqlResult, GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';

const TRAIL = `query ($type: RecordType!, $id: ID!) {
  auditTrail(recordType: $type, recordId: $id, first: 50) {
    edges { node { action outcome actor { displayName email } actorAgency { code } recordType recordId changedFields detail requestId } }
    pageInfo { hasNextPage }
  }
}`;
const EVENTS = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at action outcome actorId actor { displayName email } actorAgency { code } recordType recordId changedFields detail requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const UPDATE_SUSPECT =
  'mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { id } }';

interface EventNode {
  id: string;
  at: string;
  action: string;
  outcome: string;
  actorId: string | null;
  actor: { displayName: string; email: string } | null;
  actorAgency: { code: string };
  recordType: string | null;
  recordId: string | null;
  changedFields: string[] | null;
  detail: string | null;
  requestId: string | null;
}

const { HSI, USBP, FGR } = DEMO_IDS.agencies;
// fictional tipster
const TIPSTER = {
  anonymous: false,
  name: 'Evangelina Sotomayor Rivas',
  phone: '+52 656 555 0143',
  email: 'e.sotomayor@example.org',
};

describe('audit trail', () => {
  let app: TestApp;
  let hsiLiaison: GraphQLClient;
  const suspectId = DEMO_IDS.suspects.hsiNunezPena;

  const verify = () =>
    spawnSync(process.execPath, ['--no-deprecation', resolve(__dirname, '../dist/apps/api/src/cli/audit-verify.js')], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: app.databaseUrl,
        NODE_ENV: 'test',
        DATA_DIR: app.dataDir,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      },
      encoding: 'utf8',
    });
  const trail = async (client: GraphQLClient): Promise<EventNode[]> =>
    (await client.gql(TRAIL, { type: 'SUSPECT', id: suspectId })).data?.auditTrail.edges.map(
      (e: { node: EventNode }) => e.node,
    );
  const rowsOf = (requestId: string) =>
    sqlOn(app, 'SELECT * FROM audit_events WHERE request_id = $1 ORDER BY seq', [requestId]);
  /** Every event a client's auditEvents lists for `filter`, page after page. */
  const allEvents = async (
    client: GraphQLClient,
    filter: Record<string, unknown> = {},
    first = 100,
  ): Promise<EventNode[]> => {
    const events: EventNode[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GqlResult = await client.gql(EVENTS, { filter, first, after });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      events.push(...result.data.auditEvents.edges.map((e: { node: EventNode }) => e.node));
      if (!result.data.auditEvents.pageInfo.hasNextPage) return events;
      after = result.data.auditEvents.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    app = await startApp();
    hsiLiaison = await app.as('liaison@hsi.example');
  });
  afterAll(() => app?.stop());

  it('records every read of a shared record, with the fields it received, for the owner to see', async () => {
    const usbp = await app.as('analyst@usbp.example');
    await usbp.gql('query ($id: ID!) { suspect(id: $id) { fullName } }', { id: suspectId });
    const events = await trail(hsiLiaison);
    const read = events.find((e) => e.action === 'READ_SHARED')!;
    expect(read).toMatchObject({
      outcome: 'SUCCESS',
      actor: { email: 'analyst@usbp.example' },
      actorAgency: { code: 'USBP' },
      recordType: 'SUSPECT',
      recordId: suspectId,
    });
    const fields = JSON.parse(read.detail!).fields as string[];
    expect(fields).toContain('givenNames');
    expect(fields).not.toContain('identifiers');
  });

  it('records each of many concurrent reads under its own actor and request, written together', async () => {
    const readers = await Promise.all(
      ['analyst@usbp.example', 'investigator@usbp.example', 'liaison@usbp.example'].map((email) => app.as(email)),
    );
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const before = Number(
        (await db.query("SELECT count(*) FROM audit_events WHERE action = 'READ_SHARED'")).rows[0].count,
      );
      const requestIds = Array.from({ length: 30 }, (_, i) => `concurrent-read-${i}`);
      const answers = await Promise.all(
        requestIds.map((requestId, i) =>
          fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${readers[i % 3].token}`,
              'x-request-id': requestId,
            },
            body: JSON.stringify({
              query: 'query ($id: ID!) { suspect(id: $id) { fullName } }',
              variables: { id: suspectId },
            }),
          }).then((response) => response.json() as Promise<{ data: { suspect: { fullName: string } } }>),
        ),
      );
      expect(answers.every((answer) => answer.data.suspect.fullName === 'José Ángel Núñez Peña')).toBe(true);
      // every answer left after its entry was written: no waiting here
      const { rows } = await db.query<{ request_id: string; email: string; actor_email: string }>(
        "SELECT e.request_id, u.email, e.actor_email FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE e.action = 'READ_SHARED' AND e.request_id = ANY($1)",
        [requestIds],
      );
      expect(rows.map((row) => row.request_id).sort()).toEqual([...requestIds].sort());
      for (const row of rows) {
        expect(row.email).toBe(
          ['analyst@usbp.example', 'investigator@usbp.example', 'liaison@usbp.example'][
            Number(row.request_id.split('-').pop()) % 3
          ],
        );
        expect(row.actor_email).toBe(row.email);
      }
      expect(
        Number((await db.query("SELECT count(*) FROM audit_events WHERE action = 'READ_SHARED'")).rows[0].count),
      ).toBe(before + 30);
    } finally {
      await db.end();
    }
  });

  it('records every write once, under its action, with the fields it changed and who made it', async () => {
    const hsi = await app.as('analyst@hsi.example');
    const answer = await hsi.gql(
      UPDATE_SUSPECT,
      { id: suspectId, input: { aliases: ['El Chepe', 'Chepe'], givenNames: 'José Ángel' } },
      { 'x-request-id': 'audit-write-1' },
    );
    expect(answer.errors).toBeUndefined();
    // one row for the operation, no second one named after a method; givenNames was given but did not change
    expect(await rowsOf('audit-write-1')).toEqual([
      expect.objectContaining({
        action: 'SUSPECT_UPDATED',
        outcome: 'SUCCESS',
        actor_kind: 'user',
        actor_email: 'analyst@hsi.example',
        actor_agency_id: HSI,
        record_type: 'SUSPECT',
        record_id: suspectId,
        record_owner_agency_id: HSI,
        changed_fields: ['aliases'],
      }),
    ]);
    const events = await trail(hsiLiaison);
    expect(events.find((e) => e.requestId === 'audit-write-1')).toMatchObject({
      action: 'SUSPECT_UPDATED',
      outcome: 'SUCCESS',
      actor: { displayName: expect.any(String), email: 'analyst@hsi.example' },
      actorAgency: { code: 'HSI' },
      changedFields: ['aliases'],
    });
    await hsi.gql(UPDATE_SUSPECT, { id: suspectId, input: { aliases: ['El Chepe'] } });
    expect((await trail(hsiLiaison)).some((e) => e.action === 'SUSPECT_UPDATED' && e.actorAgency.code === 'HSI')).toBe(
      true,
    );
  });

  it('names the fields a change touched, never the values of confidential ones (the tipster)', async () => {
    const intake = await app.as('intake@usbp.example');
    const submitted = await intake.gql(
      'mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }',
      {
        input: {
          channel: 'HOTLINE',
          language: 'es',
          narrative: 'Vieron la camioneta cerca del puente.',
          tipster: TIPSTER,
          handling: { tlp: 'AMBER', releasableTo: ['US'] },
        },
      },
      { 'x-request-id': 'audit-tip-1' },
    );
    const tipId = submitted.data.submitTip.id as string;
    await intake.gql(
      'mutation ($id: ID!) { triageTip(id: $id, input: { status: TRIAGED, sourceReliability: C }) { id } }',
      { id: tipId },
      { 'x-request-id': 'audit-tip-2' },
    );
    expect(await rowsOf('audit-tip-1')).toEqual([
      expect.objectContaining({
        action: 'TIP_SUBMITTED',
        record_type: 'TIP',
        record_id: tipId,
        record_owner_agency_id: USBP,
        changed_fields: null,
      }),
    ]);
    expect(await rowsOf('audit-tip-2')).toEqual([
      expect.objectContaining({ action: 'TIP_TRIAGED', changed_fields: ['status', 'sourceReliability'] }),
    ]);
    const stored = JSON.stringify(await sqlOn(app, 'SELECT * FROM audit_events WHERE record_id = $1', [tipId]));
    for (const value of [TIPSTER.name, TIPSTER.phone, TIPSTER.email, 'Sotomayor']) expect(stored).not.toContain(value);
  });

  it('records refused and failed operations, under the record where the refusal named it', async () => {
    const usbp = await app.as('analyst@usbp.example');
    // USBP reads HSI's suspect through the standing agreement, but may not change it
    expect(
      errorCode(
        await usbp.gql(
          UPDATE_SUSPECT,
          { id: suspectId, input: { aliases: ['x'] } },
          { 'x-request-id': 'audit-denied-1' },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await rowsOf('audit-denied-1')).toEqual([
      expect.objectContaining({
        action: 'SUSPECT_UPDATED',
        outcome: 'DENIED',
        actor_email: 'analyst@usbp.example',
        record_id: suspectId,
        record_owner_agency_id: HSI,
        detail: { code: 'FORBIDDEN' },
      }),
    ]);
    expect((await trail(hsiLiaison)).find((e) => e.requestId === 'audit-denied-1')).toMatchObject({
      outcome: 'DENIED',
      actorAgency: { code: 'USBP' },
    });

    // FGR may not even see it: NOT_FOUND as for an unknown id, audited for FGR's own people only
    const fgr = await app.as('analyst@fgr.example');
    expect(
      errorCode(
        await fgr.gql(
          UPDATE_SUSPECT,
          { id: suspectId, input: { aliases: ['x'] } },
          { 'x-request-id': 'audit-failed-1' },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await rowsOf('audit-failed-1')).toEqual([
      expect.objectContaining({
        action: 'SUSPECT_UPDATED',
        outcome: 'FAILED',
        actor_agency_id: FGR,
        record_id: null,
        record_owner_agency_id: null,
        detail: { code: 'NOT_FOUND' },
      }),
    ]);
    expect((await trail(hsiLiaison)).some((e) => e.requestId === 'audit-failed-1')).toBe(false);
    const fgrFailed = await allEvents(await app.as('liaison@fgr.example'), { outcome: 'FAILED' });
    expect(fgrFailed.map((e) => e.requestId)).toContain('audit-failed-1');

    // refused by the policy guard before any service ran; a bad input fails
    const hsiAnalyst = await app.as('analyst@hsi.example');
    expect(
      errorCode(
        await hsiAnalyst.gql(
          'mutation { createApiKey(name: "x", scopes: ["warrants:sync"]) { id } }',
          {},
          { 'x-request-id': 'audit-denied-2' },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await rowsOf('audit-denied-2')).toEqual([
      expect.objectContaining({
        action: 'API_KEY_CREATED',
        outcome: 'DENIED',
        actor_email: 'analyst@hsi.example',
        detail: { code: 'FORBIDDEN' },
      }),
    ]);
    expect(
      errorCode(
        await hsiAnalyst.gql(
          UPDATE_SUSPECT,
          { id: suspectId, input: { givenNames: null, aliases: [] } },
          { 'x-request-id': 'audit-failed-2' },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await rowsOf('audit-failed-2')).toEqual([
      expect.objectContaining({
        action: 'SUSPECT_UPDATED',
        outcome: 'FAILED',
        detail: { code: 'BAD_USER_INPUT', field: 'givenNames' },
      }),
    ]);
    // a refused query too
    expect(errorCode(await hsiAnalyst.gql(EVENTS, {}, { 'x-request-id': 'audit-denied-3' }))).toBe('FORBIDDEN');
    expect(await rowsOf('audit-denied-3')).toEqual([
      expect.objectContaining({
        action: 'QUERY',
        outcome: 'DENIED',
        detail: { code: 'FORBIDDEN', operation: 'auditEvents' },
      }),
    ]);
  });

  it('records failed logins under the account they tried, and nothing for an unknown e-mail', async () => {
    const login = (email: string, password: string, requestId: string) =>
      app.anonymous.gql(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email, password },
        { 'x-request-id': requestId },
      );
    expect(errorCode(await login('analyst@fgr.example', 'not-the-password', 'audit-login-1'))).toBe('UNAUTHENTICATED');
    expect(await rowsOf('audit-login-1')).toEqual([
      expect.objectContaining({
        action: 'LOGIN',
        outcome: 'DENIED',
        actor_email: 'analyst@fgr.example',
        actor_agency_id: FGR,
        detail: { reason: 'WRONG_PASSWORD' },
      }),
    ]);
    expect(errorCode(await login('nobody@fgr.example', 'not-the-password', 'audit-login-2'))).toBe('UNAUTHENTICATED');
    expect(await rowsOf('audit-login-2')).toEqual([]);
    expect((await login('analyst@fgr.example', 'frontera-demo-test', 'audit-login-3')).errors).toBeUndefined();
    expect(await rowsOf('audit-login-3')).toEqual([
      expect.objectContaining({ action: 'LOGIN', outcome: 'SUCCESS', actor_email: 'analyst@fgr.example' }),
    ]);

    const fgrAdmin = await allEvents(await app.as('admin@fgr.example'), { action: 'LOGIN', outcome: 'DENIED' });
    expect(fgrAdmin.find((e) => e.requestId === 'audit-login-1')).toMatchObject({
      actor: { email: 'analyst@fgr.example' },
      actorAgency: { code: 'FGR' },
    });
    expect(
      (await allEvents(await app.as('admin@hsi.example'), { action: 'LOGIN' })).some(
        (e) => e.requestId === 'audit-login-1',
      ),
    ).toBe(false);
  });

  it('records administrative actions: API keys (never their secret), agreements, campaigns', async () => {
    const admin = await app.as('admin@hsi.example');
    const created = await admin.gql(
      'mutation { createApiKey(name: "court feed", scopes: ["warrants:read"]) { id secret } }',
      {},
      { 'x-request-id': 'audit-admin-1' },
    );
    const { id: keyId, secret } = created.data.createApiKey as { id: string; secret: string };
    expect(await rowsOf('audit-admin-1')).toEqual([
      expect.objectContaining({
        action: 'API_KEY_CREATED',
        outcome: 'SUCCESS',
        actor_email: 'admin@hsi.example',
        record_owner_agency_id: HSI,
        detail: { apiKeyId: keyId, name: 'court feed', scopes: ['warrants:read'] },
      }),
    ]);
    expect(JSON.stringify(await sqlOn(app, 'SELECT * FROM audit_events'))).not.toContain(secret.slice(-43));

    // the key may not read the audit log: refused, and audited under the key (no person)
    const key = new GraphQLClient(app.url, undefined, { 'x-api-key': secret, 'x-request-id': 'audit-admin-2' });
    expect(errorCode(await key.gql(EVENTS))).toBe('FORBIDDEN');
    const keyEvent = (await allEvents(admin, { action: 'QUERY' })).find((e) => e.requestId === 'audit-admin-2');
    expect(keyEvent).toMatchObject({ outcome: 'DENIED', actorId: keyId, actor: null, actorAgency: { code: 'HSI' } });
    await admin.gql(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: keyId },
      { 'x-request-id': 'audit-admin-3' },
    );
    expect(await rowsOf('audit-admin-3')).toEqual([
      expect.objectContaining({ action: 'API_KEY_REVOKED', outcome: 'SUCCESS' }),
    ]);

    const agreement = await admin.gql(
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
      {
        input: {
          recipientAgencyId: DEMO_IDS.agencies.FBI,
          recordTypes: ['WARRANT'],
          maxTlp: 'GREEN',
          approvalRequired: true,
          permittedUses: ['INTELLIGENCE'],
        },
      },
      { 'x-request-id': 'audit-admin-4' },
    );
    const agreementId = agreement.data.createAgreement.id as string;
    await admin.gql(
      'mutation ($id: ID!) { endAgreement(id: $id) { id } }',
      { id: agreementId },
      { 'x-request-id': 'audit-admin-5' },
    );
    expect(await rowsOf('audit-admin-4')).toEqual([
      expect.objectContaining({
        action: 'AGREEMENT_CREATED',
        detail: expect.objectContaining({ agreementId, maxTlp: 'GREEN', recordTypes: ['WARRANT'] }),
      }),
    ]);
    expect(await rowsOf('audit-admin-5')).toEqual([
      expect.objectContaining({
        action: 'AGREEMENT_ENDED',
        detail: { agreementId, recipientAgencyId: DEMO_IDS.agencies.FBI, sharesRevoked: 0, requestsDenied: 0 },
      }),
    ]);

    const usbpLiaison = await app.as('liaison@usbp.example');
    await usbpLiaison.gql(
      'mutation ($id: ID!) { closeCampaign(id: $id) { status } }',
      { id: DEMO_IDS.campaigns.usbpSeBusca },
      { 'x-request-id': 'audit-admin-6' },
    );
    const closed = await rowsOf('audit-admin-6');
    expect(closed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'CAMPAIGN_CLOSED',
          record_owner_agency_id: USBP,
          detail: { campaignId: DEMO_IDS.campaigns.usbpSeBusca, slug: 'se-busca-demo', was: 'PUBLISHED' },
        }),
      ]),
    );
    // ...and, on each of its ten people's records, that they are no longer before the public
    const unpublished = closed.filter((row) => row.action === 'SUSPECT_UNPUBLISHED');
    expect(unpublished).toHaveLength(10);
    expect(unpublished.every((row) => row.record_type === 'SUSPECT' && row.record_owner_agency_id === USBP)).toBe(true);
    expect(closed).toHaveLength(11);
    // every mutation so far recorded its own entry (none needed the after-the-answer fallback)
    expect(app.logs.filter((line) => String(line.msg).startsWith('a mutation succeeded without recording'))).toEqual(
      [],
    );
  });

  describe('auditEvents', () => {
    it("lists exactly the events on the agency's records and those by its own people, newest first, page by page", async () => {
      const expected = await sqlOn(
        app,
        'SELECT id FROM audit_events WHERE record_owner_agency_id = $1 OR actor_agency_id = $1 ORDER BY id DESC',
        [HSI],
      );
      for (const reader of ['liaison@hsi.example', 'admin@hsi.example']) {
        const events = await allEvents(await app.as(reader), {}, 7);
        expect(events.map((e) => e.id)).toEqual(expected.map((row) => row.id));
      }
    });

    it('filters by action, outcome, acting agency, record type and time', async () => {
      const all = await allEvents(hsiLiaison);
      const byUsbp = await allEvents(hsiLiaison, { actorAgencyId: USBP });
      expect(byUsbp.length).toBeGreaterThan(0);
      expect(byUsbp.map((e) => e.id)).toEqual(all.filter((e) => e.actorAgency.code === 'USBP').map((e) => e.id));
      const denied = await allEvents(hsiLiaison, {
        outcome: 'DENIED',
        action: 'SUSPECT_UPDATED',
        recordType: 'SUSPECT',
      });
      expect(denied.map((e) => e.requestId)).toEqual(['audit-denied-1']);
      const reads = await allEvents(hsiLiaison, { action: 'READ_SHARED' });
      expect(reads.length).toBeGreaterThan(30);
      expect(reads.every((e) => e.action === 'READ_SHARED')).toBe(true);
      const middle = all[Math.floor(all.length / 2)];
      const before = await allEvents(hsiLiaison, { to: middle.at });
      const since = await allEvents(hsiLiaison, { from: middle.at });
      expect(before.every((e) => e.at < middle.at) && since.every((e) => e.at >= middle.at)).toBe(true);
      expect(before.length + since.length).toBe(all.length);
      expect(await allEvents(hsiLiaison, { from: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
    });

    it('refuses an unknown action or outcome, naming the field', async () => {
      const wrongAction = await hsiLiaison.gql(EVENTS, { filter: { action: 'updateSuspect' } });
      expect(wrongAction.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
      const wrongOutcome = await hsiLiaison.gql(EVENTS, { filter: { outcome: 'MAYBE' } });
      expect(wrongOutcome.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    });

    it('is refused to everyone else of the agency', async () => {
      for (const reader of ['analyst@hsi.example', 'investigator@hsi.example', 'intake@hsi.example']) {
        expect(errorCode(await (await app.as(reader)).gql(EVENTS))).toBe('FORBIDDEN');
      }
    });

    it("never shows another agency's events: only those on its own records and by its own people", async () => {
      const fgr = await allEvents(await app.as('liaison@fgr.example'));
      expect(fgr.length).toBeGreaterThan(0);
      const ids = fgr.map((e) => e.id);
      const foreign = await sqlOn(
        app,
        'SELECT count(*)::int AS n FROM audit_events WHERE id = ANY($1) AND record_owner_agency_id IS DISTINCT FROM $2 AND actor_agency_id <> $2',
        [ids, FGR],
      );
      expect(foreign[0].n).toBe(0);
      expect(fgr.some((e) => e.requestId === 'audit-write-1' || e.requestId === 'audit-denied-1')).toBe(false);
      // USBP's liaison sees USBP's read of HSI's suspect (its own people), never HSI's change to it
      const usbp = await allEvents(await app.as('liaison@usbp.example'), { recordType: 'SUSPECT' });
      expect(usbp.some((e) => e.action === 'READ_SHARED' && e.recordId === suspectId)).toBe(true);
      expect(usbp.some((e) => e.requestId === 'audit-write-1')).toBe(false);
    });
  });

  it("is for the owning agency's liaison officers and admins; another agency's see only their own people's entries", async () => {
    expect(errorCode(await (await app.as('analyst@hsi.example')).gql(TRAIL, { type: 'SUSPECT', id: suspectId }))).toBe(
      'FORBIDDEN',
    );
    const usbp = await trail(await app.as('liaison@usbp.example'));
    expect(usbp.length).toBeGreaterThan(0);
    expect(usbp.every((e) => e.actorAgency.code === 'USBP')).toBe(true);
    const hsi = await trail(await app.as('admin@hsi.example'));
    expect(hsi.some((e) => e.actorAgency.code === 'HSI')).toBe(true);
    expect(hsi.some((e) => e.actorAgency.code === 'USBP')).toBe(true);
    expect(await trail(await app.as('liaison@fge-chih.example'))).toEqual([]);
  });

  it('cannot be altered through the database, and a change behind its back is found', async () => {
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(db.query("UPDATE audit_events SET action = 'nothing'")).rejects.toThrow(/append-only/);
      await expect(
        db.query("UPDATE audit_events SET outcome = 'SUCCESS', changed_fields = NULL WHERE outcome = 'DENIED'"),
      ).rejects.toThrow(/append-only/);
      // wait for the sealer to link every row into the chain
      for (let i = 0; i < 50; i++) {
        const { rows } = await db.query('SELECT count(*)::int AS n FROM audit_events WHERE hash IS NULL');
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const intact = verify();
      expect(intact.stdout).toMatch(/Audit chain intact: [1-9]\d* sealed rows, 0 awaiting sealing/);
      expect(intact.status).toBe(0);

      const { rows } = await db.query(
        "SELECT id FROM audit_events WHERE action = 'READ_SHARED' ORDER BY chain_position LIMIT 1",
      );
      await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await db.query(`UPDATE audit_events SET detail = '{"fields": []}' WHERE id = $1`, [rows[0].id]);
      await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      const broken = verify();
      expect(broken.status).toBe(2);
      expect(broken.stdout).toContain(`Audit chain broken at row ${rows[0].id}`);
    } finally {
      await db.end();
    }
  });
});
