import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { parseExposition, valueOf } from './support/prometheus-text';
import { errorCode, startApp, TestApp } from './support/test-app';

const METRICS_TOKEN = randomBytes(24).toString('base64url');

async function scrape(app: TestApp, authorization?: string): Promise<Response> {
  return fetch(`${app.url}/metrics`, { headers: authorization ? { authorization } : {} });
}

describe('metrics (/metrics)', () => {
  let app: TestApp;
  beforeAll(async () => {
    // small budgets, so the refusals can be counted
    app = await startApp({ METRICS_TOKEN, RATE_LIMIT_PER_MINUTE: '3', PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => app?.stop());

  it('are refused without the token', async () => {
    for (const authorization of [
      undefined,
      'Bearer',
      `Bearer ${METRICS_TOKEN}x`,
      `Basic ${METRICS_TOKEN}`,
      METRICS_TOKEN,
    ]) {
      const response = await scrape(app, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.text()).not.toMatch(/frontera_/);
    }
    const login = await app.as('analyst@hsi.example');
    const withSession = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${login.token}` } });
    expect(withSession.status).toBe(401);
  });

  it('count and time operations by root field and outcome, and count rate-limit refusals', async () => {
    const before = parseExposition(await (await scrape(app, `Bearer ${METRICS_TOKEN}`)).text());
    await app.anonymous.gql('{ __typename }');
    expect(errorCode(await app.anonymous.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    const analyst = await app.as('analyst@usbp.example');
    const outcomes = [];
    for (let i = 0; i < 4; i++)
      outcomes.push(errorCode(await analyst.gql('{ suspects(first: 1) { totalCount } }')) ?? 'ok');
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    const posters = [];
    for (let i = 0; i < 3; i++) posters.push((await fetch(`${app.url}/posters/se-busca-demo/1.png`)).status);
    expect(posters).toEqual([200, 200, 429]);

    const response = await scrape(app, `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const metrics = parseExposition(await response.text());

    expect(metrics.types.get('frontera_graphql_operations_total')).toBe('counter');
    expect(metrics.types.get('frontera_graphql_operation_duration_seconds')).toBe('histogram');
    const counted = (name: string, labels: Record<string, string>) =>
      valueOf(metrics, name, labels) - valueOf(before, name, labels);
    const operations = (labels: Record<string, string>) => counted('frontera_graphql_operations_total', labels);
    expect(operations({ type: 'query', operation: '__typename', outcome: 'ok' })).toBe(1);
    expect(operations({ type: 'query', operation: 'me', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(operations({ type: 'mutation', operation: 'login', outcome: 'ok' })).toBe(1);
    expect(operations({ type: 'query', operation: 'suspects', outcome: 'ok' })).toBe(3);
    expect(operations({ type: 'query', operation: 'suspects', outcome: 'RATE_LIMITED' })).toBe(1);
    const timed = { type: 'query', operation: 'suspects', outcome: 'ok' };
    expect(counted('frontera_graphql_operation_duration_seconds_count', timed)).toBe(3);
    expect(counted('frontera_graphql_operation_duration_seconds_bucket', { ...timed, le: '+Inf' })).toBe(3);
    expect(counted('frontera_graphql_operation_duration_seconds_sum', timed)).toBeGreaterThan(0);

    expect(counted('frontera_rate_limit_refusals_total', { operation: 'suspects' })).toBe(1);
    expect(counted('frontera_rate_limit_refusals_total', { operation: 'GET /posters/:slug/:file' })).toBe(1);
  });

  it('show the database pool and the audit backlog', async () => {
    const metrics = parseExposition(await (await scrape(app, `Bearer ${METRICS_TOKEN}`)).text());
    const pool = (state: string) => valueOf(metrics, 'frontera_db_pool_connections', { state });
    expect(pool('total')).toBeGreaterThanOrEqual(1);
    expect(pool('idle')).toBeLessThanOrEqual(pool('total'));
    expect(pool('waiting')).toBe(0);
    // sized for requests in flight: each holds a connection for its reads' transaction (data-source-options)
    expect(valueOf(metrics, 'frontera_db_pool_max_connections')).toBe(20);
    expect(metrics.types.get('frontera_audit_unsealed_rows')).toBe('gauge');
    const unsealed = metrics.samples.find((sample) => sample.name === 'frontera_audit_unsealed_rows');
    expect(Number.isInteger(unsealed?.value)).toBe(true);
    expect(unsealed!.value).toBeGreaterThanOrEqual(0);
    // Node's own (prom-client's default metrics)
    expect(valueOf(metrics, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

interface OtlpSpan {
  traceId: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[];
  }[];
}

/** A minimal OTLP/HTTP (JSON) trace receiver on loopback: keeps what it is sent. */
async function startReceiver(): Promise<{ url: string; exports: OtlpExport[]; server: Server }> {
  const exports: OtlpExport[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type'] === 'application/json')
        exports.push(JSON.parse(body) as OtlpExport);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, exports, server };
}

const spansOf = (exports: OtlpExport[]) =>
  exports.flatMap((e) =>
    e.resourceSpans.flatMap((r) =>
      r.scopeSpans.flatMap((s) => s.spans.map((span) => ({ ...span, scope: s.scope.name, resource: r.resource }))),
    ),
  );

describe('tracing (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let app: TestApp;
  beforeAll(async () => {
    receiver = await startReceiver();
    // the default export delay (5 s): the spans must arrive with the app's shutdown at the latest
    app = await startApp({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
  });
  afterAll(async () => {
    await app?.stop();
    receiver?.server.close();
  });

  it('sends the spans of a GraphQL request (HTTP, Express, GraphQL, pg) to the OTLP receiver, one trace, values masked', async () => {
    const analyst = await app.as('analyst@fgr.example');
    const search = await analyst.gql('{ suspects(filter: { search: "Núñez Peña" }, first: 2) { totalCount } }');
    expect(search.errors).toBeUndefined();
    expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
    await app.stop();

    const spans = spansOf(receiver.exports);
    const operation = spans.find(
      (span) => span.scope === '@opentelemetry/instrumentation-graphql' && span.name === 'query',
    );
    expect(operation).toBeDefined();
    const trace = spans.filter((span) => span.traceId === operation!.traceId);
    const scopes = new Set(trace.map((span) => span.scope));
    expect([...scopes].sort()).toEqual(
      [
        '@opentelemetry/instrumentation-express',
        '@opentelemetry/instrumentation-graphql',
        '@opentelemetry/instrumentation-http',
        '@opentelemetry/instrumentation-pg',
      ].sort(),
    );
    expect(trace.find((span) => span.scope === '@opentelemetry/instrumentation-http')?.name).toBe('POST /graphql');
    const service = operation!.resource.attributes.find((attribute) => attribute.key === 'service.name');
    expect(service?.value.stringValue).toBe('frontera-api');
    // the search words, the password and the token are in no span
    const everything = JSON.stringify(receiver.exports);
    expect(everything).not.toMatch(/Núñez|frontera-demo-test/);
    expect(everything).not.toContain(analyst.token!.split('.')[2]);
  });
});
