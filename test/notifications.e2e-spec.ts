import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { DEMO_IDS } from './support/demo';
import { freeLoopbackPort } from './support/ports';
import { APPROVE, createSuspect, DENY, ok, REQUEST_SHARE, REVOKE } from './support/sharing';
import { subscribe, Subscriber } from './support/subscriber';
import { errorCode, GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';

const ADDED = 'subscription { notificationAdded { id kind recordType recordId sharingRequestId message readAt } }';
const LIST = `query ($unreadOnly: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
  edges { node { id kind recordType recordId sharingRequestId message readAt } } pageInfo { hasNextPage endCursor } } }`;
const MARK = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const DISCOVER = `query ($search: String!) { discoverSuspects(search: $search) { recordId ownerAgency { code } } }`;
const CREATE_WEBHOOK =
  'mutation ($url: String!, $secret: String!) { createWebhook(url: $url, secret: $secret) { id url } }';
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 20) { edges { node { id eventId kind status attempts lastStatusCode lastError deliveredAt } } } }`;
const SECRET = 'whsec-frontera-test-0123456789abcdefghijkl';

interface Added {
  notificationAdded: {
    id: string;
    kind: string;
    recordType: string | null;
    recordId: string | null;
    sharingRequestId: string | null;
    message: string;
    readAt: string | null;
  };
}
type Node = Added['notificationAdded'];

async function listOf(client: GraphQLClient, unreadOnly = false): Promise<Node[]> {
  return ok<{ edges: { node: Node }[] }>(await client.gql(LIST, { unreadOnly, first: 100 }), 'notifications').edges.map(
    (edge) => edge.node,
  );
}

async function eventually<T>(read: () => Promise<T>, test: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (test(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Notifications are written in the transaction of what caused them and heard on every instance
 * (LISTEN/NOTIFY): two API instances on one database, events caused on A, subscribers on B.
 */
describe('notifications across two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  let hsiAnalystA: GraphQLClient;
  let fgrAnalystA: GraphQLClient;
  let hsiLiaisonA: GraphQLClient;
  let hsiLiaisonB: GraphQLClient;
  let fgrLiaisonB: GraphQLClient;
  let usbpLiaisonB: GraphQLClient;
  const subscribers: Subscriber<Added>[] = [];
  const on = async (app: TestApp, client: GraphQLClient) => {
    const subscriber = await subscribe<Added>(app.url, ADDED, client.token);
    subscribers.push(subscriber);
    return subscriber;
  };
  let suspectId: string;
  let requestId: string;
  const latencies: number[] = [];

  beforeAll(async () => {
    // one deployment: the instances share their secrets (a token from A works on B)
    const env = {
      WEBHOOK_RETRY_BASE_MS: '300',
      SHARE_EXPIRY_CHECK_SECONDS: '1',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    a = await startApp(env);
    b = await startApp(env, { databaseUrl: a.databaseUrl });
    [hsiAnalystA, fgrAnalystA, hsiLiaisonA] = await Promise.all(
      ['analyst@hsi.example', 'analyst@fgr.example', 'liaison@hsi.example'].map((email) => a.as(email)),
    );
    [hsiLiaisonB, fgrLiaisonB, usbpLiaisonB] = await Promise.all(
      ['liaison@hsi.example', 'liaison@fgr.example', 'liaison@usbp.example'].map((email) => b.as(email)),
    );
    suspectId = await createSuspect(
      hsiAnalystA,
      'Heriberto',
      'Zamudio',
      { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
      { maternalSurname: 'Ochoa' },
    );
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    await b?.stop();
    await a?.stop();
  });

  describe('the subscription', () => {
    it('refuses a connection without a token, and a subscription with a bad one', async () => {
      const anonymous = await subscribe<Added>(b.url, ADDED);
      expect(anonymous.closedWith).toBe(4403);
      const forged = await subscribe<Added>(b.url, ADDED, 'not-a-token');
      subscribers.push(forged);
      await eventually(
        async () => forged.errors,
        (errors) => errors.length > 0,
        3_000,
      );
      expect(JSON.stringify(forged.errors)).toContain('UNAUTHENTICATED');
    });

    it("tells the owner's liaisons on instance B of a request made on instance A within a second, and nobody else", async () => {
      const hsi = await on(b, hsiLiaisonB);
      const fgr = await on(b, fgrLiaisonB);
      const usbp = await on(b, usbpLiaisonB);
      const sent = Date.now();
      const request = ok(
        await fgrAnalystA.gql(REQUEST_SHARE, {
          type: 'SUSPECT',
          id: suspectId,
          purpose: 'Carpeta FED/CHIH/JUA/0009999/2026 confidencial',
        }),
        'requestShare',
      );
      requestId = request.id;
      const heard = await hsi.next((event) => event.notificationAdded.sharingRequestId === requestId, 1_000);
      latencies.push(heard.at - sent);
      expect(heard.at - sent).toBeLessThan(1_000);
      expect(heard.data.notificationAdded).toMatchObject({
        kind: 'SHARE_REQUESTED',
        recordType: 'SUSPECT',
        recordId: suspectId,
        readAt: null,
      });
      expect(heard.data.notificationAdded.message).toBe('FGR asks for one of your suspect records');
      await new Promise((r) => setTimeout(r, 500));
      expect(fgr.heard).toEqual([]);
      expect(usbp.heard).toEqual([]);
    });

    it('goes on delivering, each time within a second', async () => {
      const hsi = await on(b, hsiLiaisonB);
      for (let i = 0; i < 5; i += 1) {
        const id = await createSuspect(hsiAnalystA, 'Baltazar', `Quintero${i}`, {
          tlp: 'AMBER',
          releasableTo: ['US', 'MX'],
        });
        const sent = Date.now();
        const request = ok(
          await fgrAnalystA.gql(REQUEST_SHARE, { type: 'SUSPECT', id, purpose: 'Seguimiento' }),
          'requestShare',
        );
        const heard = await hsi.next((event) => event.notificationAdded.sharingRequestId === request.id, 1_000);
        expect(heard.at - sent).toBeLessThan(1_000);
        latencies.push(heard.at - sent);
      }
      // from sending the mutation to A until B's subscriber has the event (the mutation's own time included)
      console.log(
        `notificationAdded, mutation sent to A -> heard on B: ${latencies.map((ms) => `${ms} ms`).join(', ')}`,
      );
    });
  });

  it("hears what any process writes, and ends a disabled person's subscription at the next event", async () => {
    const admin = await a.as('admin@hsi.example');
    const invitation = ok<{ invitationToken: string; user: { id: string } }>(
      await admin.gql(
        'mutation { createUser(input: { email: "escucha@hsi.example", displayName: "Escucha", roles: [LIAISON_OFFICER] }) { invitationToken user { id } } }',
      ),
      'createUser',
    );
    const token = ok<{ accessToken: string }>(
      await a.anonymous.gql(
        'mutation ($t: String!) { acceptInvitation(token: $t, password: "lantern-meadow-copper-81") { accessToken } }',
        { t: invitation.invitationToken },
      ),
      'acceptInvitation',
    ).accessToken;
    const listener = await subscribe<Added>(b.url, ADDED, token);
    subscribers.push(listener);
    const insert = (message: string) =>
      sqlOn(
        a,
        "INSERT INTO notifications (id, recipient_user_id, agency_id, kind, message) VALUES (gen_random_uuid(), $1, $2, 'MATCH_FOUND', $3)",
        [invitation.user.id, DEMO_IDS.agencies.HSI, message],
      );
    await insert('written by another process');
    await listener.next((event) => event.notificationAdded.message === 'written by another process', 1_000);
    ok(
      await admin.gql('mutation ($id: ID!) { disableUser(id: $id) { active } }', { id: invitation.user.id }),
      'disableUser',
    );
    await insert('after the disabling');
    await eventually(
      async () => listener.completed,
      (completed) => completed,
      3_000,
    );
    expect(listener.heard.map((event) => event.data.notificationAdded.message)).toEqual(['written by another process']);
  });

  describe('the list', () => {
    it("shows the recipient their own notifications, unread first to mark, and nobody else's", async () => {
      const mine = await listOf(hsiLiaisonA);
      const notice = mine.find((node) => node.sharingRequestId === requestId)!;
      expect(notice).toMatchObject({ kind: 'SHARE_REQUESTED', readAt: null });
      expect((await listOf(fgrAnalystA)).some((node) => node.id === notice.id)).toBe(false);
      expect(ok(await fgrAnalystA.gql(MARK, { ids: [notice.id] }), 'markNotificationsRead')).toBe(0);
      expect(ok(await hsiLiaisonA.gql(MARK, { ids: [notice.id, 'not-an-id'] }), 'markNotificationsRead')).toBe(1);
      expect(ok(await hsiLiaisonA.gql(MARK, { ids: [notice.id] }), 'markNotificationsRead')).toBe(0);
      expect((await listOf(hsiLiaisonA, true)).some((node) => node.id === notice.id)).toBe(false);
      expect((await listOf(hsiLiaisonA)).find((node) => node.id === notice.id)?.readAt).not.toBeNull();
      const page = ok<{ edges: unknown[]; pageInfo: { hasNextPage: boolean } }>(
        await hsiLiaisonA.gql(LIST, { first: 2 }),
        'notifications',
      );
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(errorCode(await a.anonymous.gql(LIST))).toBe('UNAUTHENTICATED');
    });

    it('is refused to API keys, which are nobody', async () => {
      const admin = await a.as('admin@hsi.example');
      const key = ok<{ secret: string }>(
        await admin.gql('mutation { createApiKey(name: "feed", scopes: ["warrants:sync"]) { secret } }'),
        'createApiKey',
      );
      expect(errorCode(await new GraphQLClient(a.url, undefined, { 'x-api-key': key.secret }).gql(LIST))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('every sharing step reaches the people it concerns', () => {
    it('SHARE_DECIDED to the requester and their liaisons, then SHARE_EXPIRING to both sides', async () => {
      const requester = await on(b, fgrAnalystA);
      const expiresAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
      ok(
        await hsiLiaisonA.gql(APPROVE, { id: requestId, fields: ['givenNames', 'paternalSurname'], expiresAt }),
        'approveShareRequest',
      );
      const decided = await requester.next((event) => event.notificationAdded.kind === 'SHARE_DECIDED');
      expect(decided.data.notificationAdded).toMatchObject({
        sharingRequestId: requestId,
        message: 'HSI aprobó su solicitud de un registro de persona',
      });
      expect(
        (await listOf(fgrLiaisonB)).some(
          (node) => node.kind === 'SHARE_DECIDED' && node.sharingRequestId === requestId,
        ),
      ).toBe(true);
      // the job (every second here) finds the share ending within 7 days: both sides, once
      for (const client of [hsiLiaisonA, fgrLiaisonB, fgrAnalystA]) {
        const expiring = await eventually(
          () => listOf(client),
          (nodes) => nodes.some((node) => node.kind === 'SHARE_EXPIRING' && node.sharingRequestId === requestId),
        );
        expect(
          expiring.filter((node) => node.kind === 'SHARE_EXPIRING' && node.sharingRequestId === requestId),
        ).toHaveLength(1);
      }
      await new Promise((r) => setTimeout(r, 2_000));
      expect(
        (await listOf(hsiLiaisonA)).filter(
          (node) => node.kind === 'SHARE_EXPIRING' && node.sharingRequestId === requestId,
        ),
      ).toHaveLength(1);
      expect(
        (await listOf(await a.as('liaison@usbp.example'))).some((node) => node.sharingRequestId === requestId),
      ).toBe(false);
    });

    it('SHARE_REVOKED and a denial to the requesting side', async () => {
      ok(await hsiLiaisonA.gql(REVOKE, { id: requestId, reason: 'Fin de la colaboración' }), 'revokeShare');
      const revoked = await eventually(
        () => listOf(fgrLiaisonB),
        (nodes) => nodes.some((node) => node.kind === 'SHARE_REVOKED'),
      );
      expect(revoked.find((node) => node.kind === 'SHARE_REVOKED')).toMatchObject({
        sharingRequestId: requestId,
        message: 'HSI revocó el intercambio de un registro de persona',
      });
      const second = ok(
        await fgrAnalystA.gql(REQUEST_SHARE, { type: 'SUSPECT', id: suspectId, purpose: 'Otra vez' }),
        'requestShare',
      );
      ok(await hsiLiaisonA.gql(DENY, { id: second.id, reason: 'No procede' }), 'denyShareRequest');
      const denied = (await listOf(fgrAnalystA)).find(
        (node) => node.sharingRequestId === second.id && node.kind === 'SHARE_DECIDED',
      );
      // in the recipient's language (FGR's people: Spanish)
      expect(denied?.message).toBe('HSI denegó su solicitud de un registro de persona');
      // the reason stays in the request, for those who may read it
      expect(JSON.stringify(await listOf(fgrAnalystA))).not.toContain('No procede');
    });

    it("TIP_REFERRED to the recipient agency's intake officers", async () => {
      const hsiIntake = await a.as('intake@hsi.example');
      const fgrIntake = await on(b, await b.as('intake@fgr.example'));
      const tipId = ok<{ id: string }>(
        await hsiIntake.gql('mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }', {
          input: {
            channel: 'HOTLINE',
            language: 'es',
            narrative: 'Casa de seguridad en Anapra',
            tipster: { anonymous: true },
            handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
          },
        }),
        'submitTip',
      ).id;
      ok(
        await hsiIntake.gql(
          'mutation ($id: ID!, $to: ID!) { referTip(id: $id, recipientAgencyId: $to, purpose: "Competencia") { id } }',
          { id: tipId, to: DEMO_IDS.agencies.FGR },
        ),
        'referTip',
      );
      const heard = await fgrIntake.next((event) => event.notificationAdded.kind === 'TIP_REFERRED', 1_000);
      expect(heard.data.notificationAdded).toMatchObject({
        recordType: 'TIP',
        recordId: tipId,
        message: 'HSI remitió una denuncia a su agencia',
      });
      expect(JSON.stringify(heard.data)).not.toContain('Anapra');
    });

    it("DISCOVERY_HIT to the owner's liaisons, once a day per record and partner", async () => {
      const hits = ok<{ recordId: string }[]>(
        await fgrAnalystA.gql(DISCOVER, { search: 'Heriberto Zamudio' }),
        'discoverSuspects',
      );
      expect(hits.map((hit) => hit.recordId)).toContain(suspectId);
      await fgrAnalystA.gql(DISCOVER, { search: 'Heriberto Zamudio Ochoa' });
      const nodes = await listOf(hsiLiaisonA);
      expect(nodes.filter((node) => node.kind === 'DISCOVERY_HIT' && node.recordId === suspectId)).toEqual([
        expect.objectContaining({
          message: "FGR's discovery matched one of your suspect records",
          sharingRequestId: null,
        }),
      ]);
    });
  });

  describe('webhooks', () => {
    let receiver: Server;
    let port: number;
    const received: { body: string; signature: string; valid: boolean; event: string }[] = [];
    let failFirst = true;

    beforeAll(async () => {
      port = await freeLoopbackPort();
      receiver = createServer((req, res) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => (body += chunk));
        req.on('end', () => {
          const signature = String(req.headers['x-frontera-signature'] ?? '');
          const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
          const expected = createHmac('sha256', SECRET).update(`${t}.${body}`).digest();
          const valid =
            !!v1 && timingSafeEqual(expected, Buffer.from(v1, 'hex')) && Math.abs(Date.now() / 1000 - Number(t)) < 300;
          received.push({ body, signature, valid, event: String(req.headers['x-frontera-event']) });
          if (failFirst) {
            failFirst = false;
            res.writeHead(503).end();
            return;
          }
          res.writeHead(valid ? 204 : 401).end();
        });
      });
      await new Promise<void>((done) => receiver.listen(port, '127.0.0.1', done));
    });
    afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

    it('are registered by agency admins only, to https (loopback http outside production)', async () => {
      const admin = await a.as('admin@hsi.example');
      expect(
        errorCode(await hsiLiaisonA.gql(CREATE_WEBHOOK, { url: `http://127.0.0.1:${port}/hook`, secret: SECRET })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await admin.gql(CREATE_WEBHOOK, { url: 'http://hooks.example.org/frontera', secret: SECRET })),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(await admin.gql(CREATE_WEBHOOK, { url: `http://127.0.0.1:${port}/hook`, secret: 'short' })),
      ).toBe('BAD_USER_INPUT');
    });

    it('are refused at registration to an internal address, even over https and outside production', async () => {
      const admin = await a.as('admin@hsi.example');
      for (const [url, reason] of [
        ['https://10.0.0.5/hook', '10.0.0.5 is a private address'],
        ['https://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
        ['https://[::ffff:192.168.0.9]/hook', '::ffff:c0a8:9 is a private address'],
        ['https://[fd00::5]:8443/hook', 'fd00::5 is a private address'],
        ['https://100.64.0.1/hook', '100.64.0.1 is a carrier-grade NAT address'],
        ['https://0.0.0.0/hook', '0.0.0.0 is an unspecified address'],
      ]) {
        const refused = await admin.gql(CREATE_WEBHOOK, { url, secret: SECRET });
        expect(refused.errors?.[0]).toMatchObject({
          message: `url: must not point inside the network: ${reason}`,
          extensions: { code: 'BAD_USER_INPUT', field: 'url' },
        });
      }
      expect(ok(await admin.gql('{ webhooks { id } }'), 'webhooks')).toEqual([]);
    });

    it("POST the agency's events signed, retry with backoff, and log every delivery for the admin", async () => {
      const admin = await a.as('admin@hsi.example');
      const webhook = ok<{ id: string }>(
        await admin.gql(CREATE_WEBHOOK, { url: `http://127.0.0.1:${port}/hook`, secret: SECRET }),
        'createWebhook',
      );
      const id = await createSuspect(hsiAnalystA, 'Anselmo', 'Villarreal', {
        tlp: 'AMBER',
        releasableTo: ['US', 'MX'],
      });
      const request = ok(
        await fgrAnalystA.gql(REQUEST_SHARE, { type: 'SUSPECT', id, purpose: 'Webhook' }),
        'requestShare',
      );
      const delivered = await eventually(
        async () =>
          ok<{ edges: { node: { status: string; attempts: number; lastStatusCode: number; kind: string } }[] }>(
            await admin.gql(DELIVERIES, { id: webhook.id }),
            'webhookDeliveries',
          ).edges,
        (edges) => edges.some((edge) => edge.node.status === 'DELIVERED'),
      );
      // the liaison officer is one person: one event, one delivery, tried twice (503, then 204)
      expect(delivered.map((edge) => edge.node)).toEqual([
        expect.objectContaining({ kind: 'SHARE_REQUESTED', status: 'DELIVERED', attempts: 2, lastStatusCode: 204 }),
      ]);
      expect(received).toHaveLength(2);
      expect(received.every((post) => post.valid && post.event === 'SHARE_REQUESTED')).toBe(true);
      expect(JSON.parse(received[1].body)).toMatchObject({
        kind: 'SHARE_REQUESTED',
        agency: 'HSI',
        recordType: 'SUSPECT',
        recordId: id,
        sharingRequestId: request.id,
      });
      expect(received[1].body).not.toContain('Webhook');
      // another agency's admin: as unknown
      expect(errorCode(await (await a.as('admin@fgr.example')).gql(DELIVERIES, { id: webhook.id }))).toBe('NOT_FOUND');
      expect(errorCode(await hsiLiaisonA.gql(DELIVERIES, { id: webhook.id }))).toBe('FORBIDDEN');
    });

    it("are listed and deleted by their own agency's admins only", async () => {
      const [hsiAdmin, fgrAdmin] = await Promise.all(
        ['admin@hsi.example', 'admin@fgr.example'].map((email) => a.as(email)),
      );
      const hooks = ok<{ id: string; url: string }[]>(await hsiAdmin.gql('{ webhooks { id url } }'), 'webhooks');
      expect(hooks).toEqual([{ id: expect.any(String), url: `http://127.0.0.1:${port}/hook` }]);
      expect(ok(await fgrAdmin.gql('{ webhooks { id } }'), 'webhooks')).toEqual([]);
      expect(errorCode(await hsiLiaisonA.gql('{ webhooks { id } }'))).toBe('FORBIDDEN');
      const DELETE = 'mutation ($id: ID!) { deleteWebhook(id: $id) { id } }';
      expect(errorCode(await fgrAdmin.gql(DELETE, { id: hooks[0].id }))).toBe('NOT_FOUND');
      expect(errorCode(await hsiLiaisonA.gql(DELETE, { id: hooks[0].id }))).toBe('FORBIDDEN');
      expect(ok(await hsiAdmin.gql(DELETE, { id: hooks[0].id }), 'deleteWebhook')).toEqual({ id: hooks[0].id });
      expect(ok(await hsiAdmin.gql('{ webhooks { id } }'), 'webhooks')).toEqual([]);
    });
  });

  it('stops at SIGTERM with subscribers connected (last: it stops instance B)', async () => {
    const connected = await on(b, hsiLiaisonB);
    const started = Date.now();
    b.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    await eventually(
      async () => connected.closedWith,
      (code) => code !== null,
      2_000,
    );
  });
});
