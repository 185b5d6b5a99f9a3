import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { DEMO_PASSWORD, errorCode, GqlResult, GraphQLClient, startApp, TestApp } from './support/test-app';

/** A raw HTTP call, for what the GraphQL client cannot send (batches, GET, odd content types, broken bodies). */
async function http(url: string, init: RequestInit & { path?: string } = {}) {
  const response = await fetch(`${url}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  let json: GqlResult | null;
  try {
    json = JSON.parse(text) as GqlResult;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}
const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  http(url, { method: 'POST', headers, body });

/** A page of suspects nested `levels` deeper through warrants -> subject -> warrants ... */
function deepQuery(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++)
    selection = (levels - 1 - i) % 2 === 0 ? `warrants { ${selection} }` : `subject { ${selection} }`;
  return `{ suspects(first: 1) { edges { node { ${selection} } } } }`;
}

/** Stack frames, SQL or HTML in an answer mean something leaked. */
const LEAKS = /\bat .+\(.*:\d+:\d+\)|node_modules|QueryFailedError|SELECT |relation "|<html|<pre/i;

// A page of suspects whose cost is 1 + 13 × first (13 = edges + cursor + node + its 10 fields).
const PRICED = `query ($first: Int) { suspects(first: $first) {
  edges { cursor node { id fullName aliases createdAt updatedAt redactedFields warrants { id number status } } }
} }`;

describe('hardening', () => {
  describe('GraphQL limits (development mode)', () => {
    let app: TestApp;
    let analyst: GraphQLClient;

    beforeAll(async () => {
      app = await startApp({ GRAPHQL_MAX_COST: '1000' });
      analyst = await app.as('analyst@hsi.example');
    });
    afterAll(() => app?.stop());

    it('refuses a query deeper than GRAPHQL_MAX_DEPTH (10), naming the limit, and runs one at the limit', async () => {
      const atLimit = await analyst.gql(deepQuery(6)); // suspects, edges, node + 6 + id = 10
      expect(atLimit.errors).toBeUndefined();
      const tooDeep = await analyst.gql(deepQuery(7));
      expect(errorCode(tooDeep)).toBe('BAD_USER_INPUT');
      expect(tooDeep.errors![0].extensions).toMatchObject({ limit: 'depth' });
      expect(tooDeep.errors![0].message).toBe('Query depth limit of 10 exceeded, found 11.');
      expect(tooDeep.data).toBeUndefined();
    });

    it('counts depth through fragments too', async () => {
      const query = `query { suspects(first: 1) { edges { node { ...W } } } }
        fragment W on Suspect { warrants { subject { warrants { subject { warrants { subject { warrants { id } } } } } } } }`;
      const result = await analyst.gql(query);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
    });

    it('refuses more than GRAPHQL_MAX_ALIASES (15) aliases', async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const sixteen = await analyst.gql(aliases(16));
      expect(sixteen.errors![0]).toMatchObject({
        message: 'Query alias limit of 15 exceeded, found 16.',
        extensions: { code: 'BAD_USER_INPUT', limit: 'aliases' },
      });
      // 16 aliases also exceed the 10 root fields: check aliases on nested fields alone.
      const nested = `{ me { ${Array.from({ length: 16 }, (_, i) => `e${i}: email`).join(' ')} } }`;
      expect((await analyst.gql(nested)).errors![0].extensions).toMatchObject({ limit: 'aliases' });
      const fifteen = `{ me { ${Array.from({ length: 15 }, (_, i) => `e${i}: email`).join(' ')} } }`;
      expect((await analyst.gql(fifteen)).data.me.e14).toBe('analyst@hsi.example');
    });

    it('refuses more than GRAPHQL_MAX_ROOT_FIELDS (10) root fields, fragments included', async () => {
      const roots = (n: number) => Array.from({ length: n }, (_, i) => `r${i}: me { id }`).join(' ');
      expect((await analyst.gql(`{ ${roots(10)} }`)).errors).toBeUndefined();
      const eleven = await analyst.gql(`{ ${roots(11)} }`);
      expect(eleven.errors![0]).toMatchObject({
        message: 'Query root field limit of 10 exceeded, found 11.',
        extensions: { code: 'BAD_USER_INPUT', limit: 'rootFields' },
      });
      const viaFragment = await analyst.gql(
        `{ ${roots(6)} ...More } fragment More on Query { ${roots(5).replace(/r(\d)/g, 'f$1')} }`,
      );
      expect(viaFragment.errors![0].extensions).toMatchObject({ limit: 'rootFields' });
    });

    it('multiplies the cost of a page by `first` (GRAPHQL_MAX_COST=1000 here)', async () => {
      const fifty = await analyst.gql(PRICED, { first: 50 }); // 1 + 13 × 50 = 651
      expect(fifty.errors).toBeUndefined();
      expect(fifty.data.suspects.edges.length).toBeGreaterThan(0);
      expect((await analyst.gql(PRICED)).errors).toBeUndefined(); // default page of 20: 261
      const hundred = await analyst.gql(PRICED, { first: 100 }); // 1301
      expect(hundred.errors![0]).toMatchObject({
        message: 'Query cost limit of 1000 exceeded, found 1301.',
        extensions: { code: 'BAD_USER_INPUT', limit: 'cost' },
      });
      expect(hundred.data).toBeUndefined();
      // The same page selected twice under two aliases costs twice.
      const twice =
        await analyst.gql(`{ a: suspects(first: 40) { edges { cursor node { id fullName aliases createdAt updatedAt redactedFields warrants { id number status } } } }
        b: suspects(first: 40) { edges { cursor node { id fullName aliases createdAt updatedAt redactedFields warrants { id number status } } } } }`);
      expect(twice.errors![0].message).toBe('Query cost limit of 1000 exceeded, found 1042.');
      // Paging backward costs the same: `last` is the page size then.
      const backward = PRICED.replace(
        '($first: Int) { suspects(first: $first)',
        '($last: Int) { suspects(last: $last)',
      );
      expect((await analyst.gql(backward, { last: 50 })).errors).toBeUndefined();
      expect((await analyst.gql(backward, { last: 100 })).errors![0].message).toBe(
        'Query cost limit of 1000 exceeded, found 1301.',
      );
      expect(
        (
          await analyst.gql(
            '{ suspects(last: 100) { edges { cursor node { id fullName aliases createdAt updatedAt redactedFields warrants { id number status } } } } }',
          )
        ).errors![0].message,
      ).toBe('Query cost limit of 1000 exceeded, found 1301.');
    });

    it('answers `first` or `last` outside 1..100 with BAD_USER_INPUT on it, not a cost error', async () => {
      for (const first of [0, -1, 101, 2_000_000_000]) {
        const result = await analyst.gql('query ($first: Int) { suspects(first: $first) { totalCount } }', { first });
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
        const backward = await analyst.gql('query ($last: Int) { suspects(last: $last) { totalCount } }', {
          last: first,
        });
        expect(backward.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
      }
      const huge = await analyst.gql('{ suspects(first: 99999999999) { totalCount } }'); // not even an Int
      expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    });

    it('refuses a 30,000-operation anonymous document before validating it, naming the limit', async () => {
      const flood = Array.from({ length: 30_000 }, (_, i) => `query Q${i} { __typename }`).join(' ');
      expect(flood.length).toBeGreaterThan(800_000);
      const refused = await post(app.url, JSON.stringify({ query: flood, operationName: 'Q1' }), {
        'content-type': 'application/json',
        'x-request-id': 'flood-1',
      });
      expect(refused.status).toBe(400);
      // one error, the limit's: no validation ran (it would have answered per operation)
      expect(refused.json!.errors).toEqual([
        {
          message: expect.stringMatching(/^Operations per document limit of 1 exceeded/),
          extensions: { code: 'BAD_USER_INPUT', limit: 'operations' },
        },
      ]);
      await waitFor(() => app.logs.some((line) => line.msg === 'request' && line.requestId === 'flood-1'));
      expect(app.logs.find((line) => line.msg === 'request' && line.requestId === 'flood-1')).toMatchObject({
        status: 400,
        errorCodes: ['BAD_USER_INPUT'],
      });
      // a document with one operation and fragments passes
      const one = await analyst.gql('query Me { me { ...Who } } fragment Who on User { email }');
      expect(one.data?.me.email).toBe('analyst@hsi.example');
    });

    it('stops parsing a document past GRAPHQL_MAX_TOKENS (5,000)', async () => {
      const fields = Array.from({ length: 5_000 }, () => '__typename').join(' ');
      const refused = await post(app.url, JSON.stringify({ query: `{ ${fields} }` }));
      expect(refused.status).toBe(400);
      expect(refused.json!.errors).toEqual([
        {
          message: 'Query token limit of 5000 exceeded.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED', limit: 'tokens' },
        },
      ]);
    });

    it('refuses batched operations (a JSON array body) without running any of them', async () => {
      const login = {
        query: `mutation { login(email: "analyst@hsi.example", password: "${DEMO_PASSWORD}") { accessToken } }`,
      };
      const batch = await post(app.url, JSON.stringify([login, login]));
      expect(batch.status).toBe(400);
      expect(batch.json!.errors![0]).toMatchObject({
        message: 'Operation batching disabled.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(batch.text).not.toContain('accessToken');
    });

    it('prevents CSRF: no mutation over GET, no simple content types', async () => {
      const mutation = encodeURIComponent(
        `mutation { login(email: "analyst@hsi.example", password: "${DEMO_PASSWORD}") { accessToken } }`,
      );
      const overGet = await http(app.url, {
        path: `/graphql?query=${mutation}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(overGet.status).toBe(405);
      expect(overGet.json!.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(overGet.text).not.toContain('accessToken');
      // A plain GET with no preflight-forcing header is what a cross-site <img>/<form> sends.
      const simpleGet = await http(app.url, { path: '/graphql?query=%7B__typename%7D' });
      expect(simpleGet.status).toBe(400);
      expect(simpleGet.json!.errors![0].message).toMatch(/Cross-Site Request Forgery/);
      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const simple = await post(app.url, JSON.stringify(login()), { 'content-type': contentType });
        expect(simple.status).toBe(400);
        expect(simple.text).not.toContain('accessToken');
      }
      function login() {
        return {
          query: `mutation { login(email: "analyst@hsi.example", password: "${DEMO_PASSWORD}") { accessToken } }`,
        };
      }
    });

    it('refuses a body over 1 MB with a clean JSON 413, and accepts one just under', async () => {
      const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
      const refused = await post(app.url, big);
      expect(refused.status).toBe(413);
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      expect(refused.json).toEqual({
        errors: [
          {
            message: 'Request body is larger than the limit of 1048576 bytes',
            extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE', limit: 'bodySize' },
          },
        ],
      });
      const under = await post(
        app.url,
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1000 * 1000) } }),
      );
      expect(under.status).toBe(200);
      expect(under.json!.data).toEqual({ __typename: 'Query' });
    });

    it('answers a broken JSON body with clean JSON, no stack', async () => {
      for (const body of ['{"query":', '{"query": "{ me { id } }", }', '\u0000\u0001garbage']) {
        const broken = await post(app.url, body);
        expect(broken.status).toBe(400);
        expect(broken.json).toEqual({
          errors: [
            {
              message: 'Request body is not valid JSON',
              extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_JSON' },
            },
          ],
        });
      }
    });

    it('keeps introspection and "Did you mean" suggestions on outside production', async () => {
      const schema = await analyst.gql('{ __schema { queryType { name } } }');
      expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const typo = await analyst.gql('{ suspectz { totalCount } }');
      expect(typo.errors![0].message).toMatch(/Did you mean "suspect"/);
    });

    it('serves the Apollo sandbox to a browser outside production', async () => {
      const page = await http(app.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/embeddable-sandbox/);
    });
  });

  describe('production mode', () => {
    let app: TestApp;
    let analyst: GraphQLClient;
    let db: Client;

    beforeAll(async () => {
      app = await startApp({ NODE_ENV: 'production', LOG_LEVEL: 'info' });
      analyst = await app.as('analyst@hsi.example');
      db = new Client({ connectionString: app.databaseUrl });
      await db.connect();
    });
    afterAll(async () => {
      await db?.end();
      await app?.stop();
    });

    it('turns introspection and "Did you mean" suggestions off', async () => {
      const schema = await analyst.gql('{ __schema { queryType { name } } }');
      expect(errorCode(schema)).toBe('BAD_USER_INPUT');
      expect(schema.data).toBeUndefined();
      const typo = await analyst.gql('{ suspectz { totalCount } }');
      expect(errorCode(typo)).toBe('BAD_USER_INPUT');
      expect(typo.errors![0].message).not.toMatch(/Did you mean/);
      expect(typo.errors![0].message).not.toContain('suspects');
      const page = await http(app.url, { headers: { accept: 'text/html' } });
      expect(page.text).not.toMatch(/sandbox/i);
    });

    it('masks an unexpected database error: INTERNAL_SERVER_ERROR with a correlation id, logged in full', async () => {
      await db.query('ALTER TABLE suspects RENAME TO suspects_moved_away');
      let result: GqlResult;
      try {
        result = await analyst.gql(
          '{ suspects(first: 5) { totalCount edges { node { id } } } }',
          {},
          { 'x-request-id': 'prod-fault-1' },
        );
      } finally {
        await db.query('ALTER TABLE suspects_moved_away RENAME TO suspects');
      }
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error.message).toBe('Internal server error');
      expect(error.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'correlationId']);
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
      expect(JSON.stringify(result)).not.toContain('suspects_moved_away');

      await waitFor(() => app.logs.some((line) => line.correlationId === error.extensions!.correlationId));
      const logged = app.logs.find((line) => line.correlationId === error.extensions!.correlationId)!;
      expect(logged).toMatchObject({
        level: 50,
        requestId: 'prod-fault-1',
        msg: 'unhandled error in GraphQL operation',
      });
      const err = logged.err as { message: string; stack: string };
      expect(err.message).toMatch(/relation "suspects" does not exist/);
      expect(err.stack).toMatch(/at /);
      // Served again once the table is back: nothing was left broken.
      expect((await analyst.gql('{ suspects(first: 1) { totalCount } }')).errors).toBeUndefined();
    });

    it('answers broken and oversized bodies with clean JSON in production too', async () => {
      const broken = await post(app.url, '{"query": ');
      expect(broken.status).toBe(400);
      expect(broken.json!.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_JSON' });
      const big = await post(
        app.url,
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
      );
      expect(big.status).toBe(413);
      for (const answer of [broken, big]) expect(answer.text).not.toMatch(LEAKS);
    });

    it('sends security headers and a strict content security policy', async () => {
      const answer = await post(app.url, JSON.stringify({ query: '{ __typename }' }));
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(answer.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(answer.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CORS', () => {
    const preflight = (app: TestApp, origin: string) =>
      http(app.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });

    it('gives no cross-origin access when CORS_ORIGINS is unset', async () => {
      const app = await startApp();
      try {
        const answer = await preflight(app, 'https://evil.example');
        expect(answer.headers.get('access-control-allow-origin')).toBeNull();
        const simple = await post(app.url, JSON.stringify({ query: '{ __typename }' }), {
          'content-type': 'application/json',
          origin: 'https://evil.example',
        });
        expect(simple.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await app.stop();
      }
    });

    it('allows exactly the CORS_ORIGINS', async () => {
      const app = await startApp({ CORS_ORIGINS: 'https://console.frontera.example, https://ops.frontera.example' });
      try {
        const allowed = await preflight(app, 'https://ops.frontera.example');
        expect(allowed.status).toBe(204);
        expect(allowed.headers.get('access-control-allow-origin')).toBe('https://ops.frontera.example');
        expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
        const refused = await preflight(app, 'https://console.frontera.example.evil.example');
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await app.stop();
      }
    });
  });

  describe('logs', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startApp();
    });
    afterAll(() => app?.stop());

    it('writes one structured line per request with request id, user, agency, operation and duration', async () => {
      const analyst = await app.as('analyst@hsi.example');
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${analyst.token}`,
          'x-request-id': 'client-req-42',
        },
        body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
      });
      expect(response.headers.get('x-request-id')).toBe('client-req-42');
      await waitFor(() => app.logs.some((line) => line.msg === 'request' && line.requestId === 'client-req-42'));
      const line = app.logs.find((l) => l.msg === 'request' && l.requestId === 'client-req-42')!;
      expect(line).toMatchObject({
        requestId: 'client-req-42',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'query WhoAmI',
        rootFields: ['me'],
        userId: DEMO_IDS.users.HSI.ANALYST,
        agencyId: DEMO_IDS.agencies.HSI,
      });
      expect(typeof line.durationMs).toBe('number');

      // A header that is not a plain id is replaced by a generated one (no log injection).
      const odd = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'bad id\twith "quotes"' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(odd.headers.get('x-request-id')).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });

    it('logs JSON on every line and never a searched value, also when statements fail', async () => {
      const analyst = await app.as('analyst@hsi.example');
      const searched = 'Zoraida Quintanar Belmonte';
      const db = new Client({ connectionString: app.databaseUrl });
      await db.connect();
      let failed: GqlResult;
      try {
        await db.query('ALTER TABLE suspects RENAME TO suspects_elsewhere');
        failed = await analyst.gql(
          'query ($s: String!) { suspects(filter: { search: $s }, first: 5) { edges { node { id } } } }',
          { s: searched },
          { 'x-request-id': 'failing-search' },
        );
        // an HTTP route (not GraphQL) failing inside Nest: its exception handler logs too
        await db.query('ALTER TABLE wanted_campaigns RENAME TO wanted_campaigns_elsewhere');
        expect((await fetch(`${app.url}/posters/se-busca-chihuahua/1.pdf`)).status).toBe(500);
      } finally {
        await db.query('ALTER TABLE IF EXISTS suspects_elsewhere RENAME TO suspects');
        await db.query('ALTER TABLE IF EXISTS wanted_campaigns_elsewhere RENAME TO wanted_campaigns');
        await db.end();
      }
      expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
      await waitFor(() => app.logs.some((line) => line.msg === 'request' && line.requestId === 'failing-search'));
      await settle(app);
      expect(app.logs.find((line) => line.msg === 'request' && line.requestId === 'failing-search')).toMatchObject({
        status: 200,
        errorCodes: ['INTERNAL_SERVER_ERROR'],
      });
      // the failures were logged, with their stacks as fields
      const sqlErrors = app.logs.filter((line) => line.msg === 'sql error');
      expect(sqlErrors.length).toBeGreaterThanOrEqual(2);
      expect((sqlErrors[0].err as { stack: string }).stack).toMatch(/relation "suspects" does not exist\n\s+at /);

      const raw = app.output.join('');
      const lines = raw.split('\n').filter((line) => line.trim() !== '');
      const notJson = lines.filter((line) => {
        try {
          return typeof JSON.parse(line) !== 'object';
        } catch {
          return true;
        }
      });
      expect(notJson).toEqual([]);
      for (const value of [searched, 'Zoraida', 'Belmonte'])
        expect({ value, found: raw.includes(value) }).toEqual({ value, found: false });
    });

    it('never logs a password, token, API key secret or tipster detail (a full run)', async () => {
      const wrongPassword = 'Wr0ng-Passw0rd-Attempt-7731';
      const failed = await app.anonymous.gql(
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: 'admin@hsi.example', p: wrongPassword },
      );
      expect(errorCode(failed)).toBe('UNAUTHENTICATED');

      const admin = await app.as('admin@hsi.example');
      const analyst = await app.as('analyst@hsi.example');
      const intake = await app.as('intake@hsi.example');
      expect(
        (
          await analyst.gql(
            '{ suspects(filter: { search: "jose nunez" }, first: 5) { totalCount edges { node { fullName warrants { number } } } } }',
          )
        ).errors,
      ).toBeUndefined();

      const created = await admin.gql(
        'mutation { createApiKey(name: "log check", scopes: ["warrants:read", "warrants:sync"]) { id secret } }',
      );
      expect(created.errors).toBeUndefined();
      const secret: string = created.data.createApiKey.secret;
      const script = new GraphQLClient(app.url, undefined, { 'x-api-key': secret });
      const feed = await script.gql(
        '{ warrantChanges(first: 5) { hasMore changes { cursor } } }',
        {},
        { 'x-request-id': 'key-call-1' },
      );
      expect(feed.errors).toBeUndefined();
      const badKey = new GraphQLClient(app.url, undefined, { 'x-api-key': `${secret.slice(0, -6)}zzzzzz` });
      expect(errorCode(await badKey.gql('{ warrantChanges(first: 1) { hasMore } }'))).toBe('UNAUTHENTICATED');

      const tipster = {
        anonymous: false,
        name: 'Hortensia Ybarra Quiñones',
        phone: '+52 656 555 0142',
        email: 'hortensia.yq@correo.example',
      };
      const tip = await intake.gql(
        'mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id tipster { name phone email } } }',
        {
          input: {
            channel: 'HOTLINE',
            language: 'es',
            narrative: 'Camioneta blanca cruzando por el bordo cerca de Anapra.',
            tipster,
            handling: { tlp: 'AMBER', releasableTo: ['US'] },
          },
        },
      );
      expect(tip.errors).toBeUndefined();
      expect(tip.data.submitTip.tipster).toEqual({ name: tipster.name, phone: tipster.phone, email: tipster.email });
      // The intake officer reads it back: the decrypted tipster must not reach the log either.
      expect(
        (await intake.gql('query ($id: ID!) { tip(id: $id) { tipster { name } } }', { id: tip.data.submitTip.id })).data
          .tip.tipster.name,
      ).toBe(tipster.name);

      await waitFor(() => app.logs.some((line) => line.msg === 'request' && line.requestId === 'key-call-1'));
      await settle(app);
      const keyLine = app.logs.find((l) => l.msg === 'request' && l.requestId === 'key-call-1')!;
      expect(keyLine).toMatchObject({
        apiKeyId: created.data.createApiKey.id,
        agencyId: DEMO_IDS.agencies.HSI,
        operation: 'query (anonymous)',
        rootFields: ['warrantChanges'],
      });

      const everything = `${JSON.stringify(app.logs)}\n${app.output.join('')}`;
      // The run really was logged (SQL at debug included), so the scan below means something.
      expect(app.logs.filter((line) => line.msg === 'request').length).toBeGreaterThanOrEqual(10);
      expect(app.logs.some((line) => line.msg === 'sql query')).toBe(true);
      const tokens = [admin.token!, analyst.token!, intake.token!];
      const secrets = [
        DEMO_PASSWORD,
        wrongPassword,
        ...tokens,
        ...tokens.map((token) => token.split('.')[2]), // a signature alone is enough to matter
        secret,
        secret.slice(-16),
        tipster.name,
        'Hortensia',
        tipster.phone,
        tipster.phone.replace(/\D/g, ''),
        tipster.email,
      ];
      for (const value of secrets)
        expect({ value, found: everything.includes(value) }).toEqual({ value, found: false });
    });
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for a log line');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the app has written nothing for a moment (log lines arrive asynchronously). */
async function settle(app: TestApp): Promise<void> {
  let length = -1;
  while (length !== app.logs.length) {
    length = app.logs.length;
    await new Promise((r) => setTimeout(r, 200));
  }
}
