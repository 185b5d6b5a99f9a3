import { createServer, Server } from 'node:http';
import { freeLoopbackPort } from './support/ports';
import { createSuspect, ok, REQUEST_SHARE } from './support/sharing';
import { GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';

const CREATE_WEBHOOK =
  'mutation ($url: String!, $secret: String!) { createWebhook(url: $url, secret: $secret) { id url } }';
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 20) { edges { node { status attempts lastStatusCode lastError } } } }`;
const SECRET = 'whsec-frontera-test-0123456789abcdefghijkl';

interface Delivery {
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

/**
 * In production a webhook never reaches the API's own host or its networks (SSRF): refused at
 * registration when the URL names such an address, and at every delivery when the name resolves
 * to one (here `localhost`, through the system's real resolver).
 */
describe('webhook addresses in production', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let receiver: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    app = await startApp({ NODE_ENV: 'production', LOG_LEVEL: 'info', WEBHOOK_RETRY_BASE_MS: '200' });
    admin = await app.as('admin@hsi.example');
    port = await freeLoopbackPort();
    // what the webhook would reach without the check: a server on the API's own host
    receiver = createServer((_req, res) => {
      received++;
      res.writeHead(204).end();
    });
    await new Promise<void>((done) => receiver.listen(port, '127.0.0.1', done));
  });
  afterAll(async () => {
    await new Promise<void>((done) => receiver?.close(() => done()));
    await app?.stop();
  });

  it('refuses loopback URLs at registration', async () => {
    for (const [url, reason] of [
      [`https://127.0.0.1:${port}/hook`, '127.0.0.1 is a loopback address'],
      ['https://[::1]/hook', '::1 is a loopback address'],
      [`https://localhost:${port}/hook`, 'localhost is a loopback name'],
      ['https://10.1.2.3/hook', '10.1.2.3 is a private address'],
    ]) {
      expect((await admin.gql(CREATE_WEBHOOK, { url, secret: SECRET })).errors?.[0]).toMatchObject({
        message: `url: must not point inside the network: ${reason}`,
        extensions: { code: 'BAD_USER_INPUT', field: 'url' },
      });
    }
    // http is refused in production whatever the host
    expect(
      (await admin.gql(CREATE_WEBHOOK, { url: `http://127.0.0.1:${port}/hook`, secret: SECRET })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  });

  it('fails a delivery to a name that resolves to an internal address at once: no connection, no retry', async () => {
    const webhook = ok<{ id: string }>(
      await admin.gql(CREATE_WEBHOOK, { url: 'https://hooks.example.org/frontera', secret: SECRET }),
      'createWebhook',
    );
    // as if registered before the check, or the name was pointed inside later: only delivery can tell
    await sqlOn(app, 'UPDATE webhooks SET url = $1 WHERE id = $2', [`http://localhost:${port}/hook`, webhook.id]);
    const [hsiAnalyst, fgrAnalyst] = await Promise.all(
      ['analyst@hsi.example', 'analyst@fgr.example'].map((email) => app.as(email)),
    );
    const id = await createSuspect(hsiAnalyst, 'Evaristo', 'Quintanilla', { tlp: 'AMBER', releasableTo: ['US', 'MX'] });
    ok(await fgrAnalyst.gql(REQUEST_SHARE, { type: 'SUSPECT', id, purpose: 'Webhook address' }), 'requestShare');
    const deliveries = async () =>
      ok<{ edges: { node: Delivery }[] }>(
        await admin.gql(DELIVERIES, { id: webhook.id }),
        'webhookDeliveries',
      ).edges.map((edge) => edge.node);
    const started = Date.now();
    let log = await deliveries();
    while (!log.some((delivery) => delivery.status === 'FAILED') && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 100));
      log = await deliveries();
    }
    expect(log).toEqual([
      {
        status: 'FAILED',
        attempts: 1,
        lastStatusCode: null,
        lastError: expect.stringMatching(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/),
      },
    ]);
    // a retry would have come after 200 ms
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await deliveries())[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(received).toBe(0);
  });
});
