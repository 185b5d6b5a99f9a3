import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import Redis from 'ioredis';
import { gqlFrom } from './support/from-address';
import { DEMO_PASSWORD, errorCode, GqlResult, GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, totpCode: $totpCode) { accessToken expiresAt refreshToken sessionExpiresAt user { email } }
}`;
const REFRESH =
  'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken sessionExpiresAt } }';
const ME = '{ me { email } }';
const REDIS_URL = 'redis://127.0.0.1:6379';

interface Login {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  sessionExpiresAt: string;
  user: { email: string };
}

async function login(
  app: TestApp,
  email: string,
  password = DEMO_PASSWORD,
  totpCode?: string,
): Promise<GqlResult<{ login: Login }>> {
  return app.anonymous.gql<{ login: Login }>(LOGIN, { email, password, totpCode });
}

async function loggedIn(app: TestApp, email: string): Promise<Login> {
  const result = await login(app, email);
  if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  return result.data.login;
}

const bearer = (app: TestApp, token: string) => new GraphQLClient(app.url, token);

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}
/** A hand-made JWT: `signer` gets the signing input and returns the signature bytes. */
function handMade(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  signer: (input: string) => Buffer,
): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(signer(input))}`;
}
const hmac = (algorithm: string, secret: string) => (input: string) =>
  createHmac(algorithm, secret).update(input).digest();

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), written here independently of the app's library. */
function totp(base32Secret: string, epochSeconds: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(epochSeconds / 30)));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describe('rate limits (in memory)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ RATE_LIMIT_PER_MINUTE: '8', PUBLIC_RATE_LIMIT_PER_MINUTE: '4' });
  }, 90_000);
  afterAll(() => app?.stop());

  it('limits each user to RATE_LIMIT_PER_MINUTE operations, with a retry hint', async () => {
    const analyst = await app.as('analyst@hsi.example');
    for (let i = 0; i < 8; i++) expect((await analyst.gql(ME)).data?.me.email).toBe('analyst@hsi.example');
    const limited = await analyst.gql(ME);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    const retry = limited.errors![0].extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // another user of the same agency, from the same address, has a budget of their own
    const investigator = await app.as('investigator@hsi.example');
    // aliases do not multiply the budget: every root field counts
    const aliased = await investigator.gql(
      '{ a: me { email } b: me { email } c: me { email } d: me { email } e: me { email } }',
    );
    expect(aliased.data?.e).toEqual({ email: 'investigator@hsi.example' });
    for (let i = 0; i < 3; i++) expect(errorCode(await investigator.gql(ME))).toBeUndefined();
    expect(errorCode(await investigator.gql(ME))).toBe('RATE_LIMITED');
  });

  it('limits each API key by itself', async () => {
    const admin = await app.as('admin@fgr.example');
    const created = await admin.gql('mutation { createApiKey(name: "limits", scopes: ["warrants:read"]) { secret } }');
    const key = new GraphQLClient(app.url, undefined, { 'x-api-key': created.data.createApiKey.secret });
    const changes = '{ warrantChanges(first: 1) { hasMore } }';
    for (let i = 0; i < 8; i++) expect(errorCode(await key.gql(changes))).toBeUndefined();
    expect(errorCode(await key.gql(changes))).toBe('RATE_LIMITED');
    // the admin who made it still has budget left
    expect(errorCode(await admin.gql('{ apiKeys { name } }'))).toBeUndefined();
  });

  it('limits public operations per client address and operation', async () => {
    const bad = { t: `frs_${'0'.repeat(32)}_${'A'.repeat(43)}` };
    for (let i = 0; i < 4; i++) expect(errorCode(await app.anonymous.gql(REFRESH, bad))).toBe('UNAUTHENTICATED');
    const limited = await app.anonymous.gql(REFRESH, bad);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const raw = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REFRESH, variables: bad }),
    });
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // another public operation has a budget of its own
    expect(
      errorCode(
        await app.anonymous.gql('mutation { startTotpEnrolment(email: "x@y.example", password: "p") { secret } }'),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('health probes', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({
      PUBLIC_RATE_LIMIT_PER_MINUTE: '2',
      PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '2',
      ANONYMOUS_RATE_LIMIT_PER_MINUTE: '2',
    });
  }, 90_000);
  afterAll(() => app?.stop());

  it('answers /health/live, /health/ready and /health a hundred times a minute each, never rate limited', async () => {
    for (const path of ['/health/live', '/health/ready', '/health']) {
      const statuses = new Set<number>();
      for (let i = 0; i < 100; i++) statuses.add((await fetch(`${app.url}${path}`)).status);
      expect({ path, statuses: [...statuses] }).toEqual({ path, statuses: [200] });
    }
    expect(await (await fetch(`${app.url}/health/live`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/health/ready`)).json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('is not ready while a migration of this build is missing from the database', async () => {
    const [last] = await sqlOn(app, 'SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await sqlOn(app, 'DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const ready = await fetch(`${app.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', database: 'up', pendingMigrations: 1 });
      expect((await fetch(`${app.url}/health`)).status).toBe(503);
      expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
    } finally {
      await sqlOn(app, 'INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
  });
});

describe('client addresses behind a proxy (TRUST_PROXY)', () => {
  const PROXY = '127.0.0.10';
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({
      TRUST_PROXY: PROXY,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '3',
      LOGIN_FAILURES_PER_ADDRESS: '3',
      ANONYMOUS_RATE_LIMIT_PER_MINUTE: '20',
    });
  }, 90_000);
  afterAll(() => app?.stop());

  /** A GraphQL call from `peer`, optionally naming a client in X-Forwarded-For. */
  const call = (
    peer: string,
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => gqlFrom(peer, app.url, query, variables, headers);
  const failLogin = async (peer: string, forwardedFor: string | undefined, email: string) =>
    errorCode(
      (
        await call(
          peer,
          LOGIN,
          { email, password: 'wrong-password' },
          forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
        )
      ).result,
    );

  it('counts login failures per real client behind the trusted proxy', async () => {
    for (let i = 0; i < 3; i++)
      expect(await failLogin(PROXY, '203.0.113.1', `a${i}@nowhere.example`)).toBe('UNAUTHENTICATED');
    expect(await failLogin(PROXY, '203.0.113.1', 'a9@nowhere.example')).toBe('RATE_LIMITED');
    // another client behind the same proxy has a budget of its own
    expect(await failLogin(PROXY, '203.0.113.2', 'b0@nowhere.example')).toBe('UNAUTHENTICATED');
    // the proxy appends the peer it saw (the last entry): what a client wrote before it is not believed
    expect(await failLogin(PROXY, '203.0.113.2, 203.0.113.3', 'c0@nowhere.example')).toBe('UNAUTHENTICATED');
    expect(await failLogin(PROXY, '203.0.113.1, 203.0.113.2', 'b1@nowhere.example')).toBe('UNAUTHENTICATED');
    expect(await failLogin(PROXY, '203.0.113.2', 'b2@nowhere.example')).toBe('UNAUTHENTICATED');
    expect(await failLogin(PROXY, '203.0.113.2', 'b3@nowhere.example')).toBe('RATE_LIMITED');
    expect(await failLogin(PROXY, '203.0.113.3', 'c1@nowhere.example')).toBe('UNAUTHENTICATED');
  });

  it('ignores X-Forwarded-For from a peer it does not trust', async () => {
    const untrusted = '127.0.0.11';
    for (let i = 0; i < 3; i++)
      expect(await failLogin(untrusted, `192.0.2.${i + 1}`, `d${i}@nowhere.example`)).toBe('UNAUTHENTICATED');
    expect(await failLogin(untrusted, '192.0.2.99', 'd9@nowhere.example')).toBe('RATE_LIMITED');
    expect(await failLogin(untrusted, undefined, 'd8@nowhere.example')).toBe('RATE_LIMITED');
    // the client it claimed to be is untouched (through the proxy)
    expect(await failLogin(PROXY, '192.0.2.99', 'e0@nowhere.example')).toBe('UNAUTHENTICATED');
  });

  it('counts public operations per real client, and token refresh per session', async () => {
    const refresh = async (forwardedFor: string, token: string) =>
      errorCode((await call(PROXY, REFRESH, { t: token }, { 'x-forwarded-for': forwardedFor })).result);
    for (let i = 0; i < 3; i++) expect(await refresh('203.0.113.20', 'not-a-refresh-token')).toBe('UNAUTHENTICATED');
    expect(await refresh('203.0.113.20', 'not-a-refresh-token')).toBe('RATE_LIMITED');
    expect(await refresh('203.0.113.21', 'not-a-refresh-token')).toBe('UNAUTHENTICATED');

    // Two sessions behind one client address: each renews at its own pace.
    const login = async (forwardedFor: string, email: string) =>
      (await call(PROXY, LOGIN, { email, password: DEMO_PASSWORD }, { 'x-forwarded-for': forwardedFor })).result.data!
        .login as Login;
    const first = await login('203.0.113.30', 'analyst@fgr.example');
    const second = await login('203.0.113.31', 'investigator@fgr.example');
    let token = first.refreshToken;
    for (let i = 0; i < 3; i++) {
      const renewed = await call(PROXY, REFRESH, { t: token }, { 'x-forwarded-for': '203.0.113.40' });
      token = (renewed.result.data!.refreshSession as Login).refreshToken;
    }
    expect(await refresh('203.0.113.40', token)).toBe('RATE_LIMITED');
    expect(await refresh('203.0.113.40', second.refreshToken)).toBeUndefined();
  });

  it('bounds the requests without credentials a client may make, before reading them', async () => {
    const client = { 'x-forwarded-for': '203.0.113.50' };
    for (let i = 0; i < 20; i++) expect((await call(PROXY, '{ __typename }', {}, client)).status).toBe(200);
    const refused = await call(PROXY, '{ __typename }', {}, client);
    expect(refused.status).toBe(429);
    expect(errorCode(refused.result)).toBe('RATE_LIMITED');
    expect(refused.result.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // a logged-in caller from the same address, and another address, are not concerned
    const analyst = await app.as('analyst@hsi.example');
    expect(
      (await call(PROXY, ME, {}, { ...client, authorization: `Bearer ${analyst.token}` })).result.data?.me.email,
    ).toBe('analyst@hsi.example');
    expect((await call(PROXY, '{ __typename }', {}, { 'x-forwarded-for': '203.0.113.51' })).status).toBe(200);
  });
});

describe('login lockout (in memory)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_FAILURES_PER_ADDRESS: '25' });
  }, 90_000);
  afterAll(() => app?.stop());

  it('closes an account after 10 failures, even to the right password, and says so alike for unknown accounts', async () => {
    for (let i = 0; i < 10; i++) {
      const wrong = await login(app, 'analyst@usbp.example', 'wrong-password');
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe('Invalid email or password');
    }
    const right = await login(app, 'analyst@usbp.example');
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.data).toBeNull();
    const retry = right.errors![0].extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);

    for (let i = 0; i < 10; i++)
      expect(errorCode(await login(app, 'nobody@usbp.example', 'wrong-password'))).toBe('UNAUTHENTICATED');
    const unknown = await login(app, 'nobody@usbp.example', 'wrong-password');
    // an unknown account is locked exactly like a real one: the answer reveals nothing
    expect(unknown.errors![0].message).toBe(right.errors![0].message);
    expect(errorCode(unknown)).toBe('RATE_LIMITED');

    // other accounts are not affected
    expect((await login(app, 'investigator@usbp.example')).data?.login.user).toEqual({
      email: 'investigator@usbp.example',
    });
  });

  it('closes the client address to logins after LOGIN_FAILURES_PER_ADDRESS failures', async () => {
    // 20 failures so far from 127.0.0.1 (the blocked attempts do not count); 5 more reach 25
    for (let i = 0; i < 5; i++)
      expect(errorCode(await login(app, `guess${i}@nowhere.example`, 'x'))).toBe('UNAUTHENTICATED');
    const blocked = await login(app, 'liaison@usbp.example');
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0].message).toMatch(/from this address/);
  });
});

describe('rate limits shared through Redis (REDIS_URL)', () => {
  const prefix = `frontera-test-${process.pid}-${randomBytes(4).toString('hex')}:`;
  const env = {
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    RATE_LIMIT_PER_MINUTE: '6',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '30',
    LOGIN_FAILURES_PER_ADDRESS: '1000',
  };
  let a: TestApp;
  let b: TestApp;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });

  beforeAll(async () => {
    [a, b] = await Promise.all([startApp(env), startApp(env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('counts one user across instances', async () => {
    const onA = await a.as('analyst@fbi.example');
    const onB = await b.as('analyst@fbi.example');
    for (let i = 0; i < 3; i++) {
      expect(errorCode(await onA.gql(ME))).toBeUndefined();
      expect(errorCode(await onB.gql(ME))).toBeUndefined();
    }
    expect(errorCode(await onA.gql(ME))).toBe('RATE_LIMITED');
    expect(errorCode(await onB.gql(ME))).toBe('RATE_LIMITED');
  });

  it('counts a public operation per address across instances', async () => {
    const bad = { t: 'not-a-token' };
    for (let i = 0; i < 15; i++) {
      expect(errorCode(await a.anonymous.gql(REFRESH, bad))).toBe('UNAUTHENTICATED');
      expect(errorCode(await b.anonymous.gql(REFRESH, bad))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await a.anonymous.gql(REFRESH, bad))).toBe('RATE_LIMITED');
  });

  it('locks an account for every instance', async () => {
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await login(a, 'intake@fbi.example', 'wrong'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login(b, 'intake@fbi.example', 'wrong'))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await login(a, 'intake@fbi.example'))).toBe('RATE_LIMITED');
    expect(errorCode(await login(b, 'intake@fbi.example'))).toBe('RATE_LIMITED');
    // the counters live under this run's prefix, and no email address appears in a key
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.some((key) => key.startsWith(`${prefix}rl:login-account:`) && key.endsWith(':blocked'))).toBe(true);
    expect(keys.some((key) => key.includes('@'))).toBe(false);
  });
});

describe('sessions and tokens', () => {
  const jwtSecret = randomBytes(32).toString('base64url');
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ JWT_SECRET: jwtSecret, ACCESS_TOKEN_TTL_SECONDS: '120', SESSION_MAX_SECONDS: '3600' });
  }, 90_000);
  afterAll(() => app?.stop());

  it('issues access tokens for ACCESS_TOKEN_TTL_SECONDS within a session of SESSION_MAX_SECONDS', async () => {
    const session = await loggedIn(app, 'analyst@hsi.example');
    const claims = claimsOf(session.accessToken);
    expect((claims.exp as number) - (claims.iat as number)).toBe(120);
    expect(typeof claims.sid).toBe('string');
    const sessionSeconds = (Date.parse(session.sessionExpiresAt) - Date.now()) / 1000;
    expect(sessionSeconds).toBeGreaterThan(3500);
    expect(sessionSeconds).toBeLessThanOrEqual(3600);
    expect(session.refreshToken).toMatch(/^frs_[0-9a-f]{32}_[A-Za-z0-9_-]{43}_[A-Za-z0-9_-]{43}$/);
  });

  it('renews with a rotating refresh token; a rotated one presented again ends the session', async () => {
    const first = await loggedIn(app, 'investigator@hsi.example');
    const renewed = await app.anonymous.gql(REFRESH, { t: first.refreshToken });
    const second = renewed.data.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(claimsOf(second.accessToken).sid).toBe(claimsOf(first.accessToken).sid);
    expect(second.sessionExpiresAt).toBe(first.sessionExpiresAt);
    expect((await bearer(app, second.accessToken).gql(ME)).data?.me.email).toBe('investigator@hsi.example');

    // replaying the old refresh token: refused, and the whole session is revoked
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: second.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await bearer(app, second.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await bearer(app, first.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('ignores a refresh token forged from an access token: the session goes on', async () => {
    const victim = await loggedIn(app, 'liaison@hsi.example');
    // Everything an access token reveals: the session id.
    const sid = String(claimsOf(victim.accessToken).sid).replace(/-/g, '');
    const forged = [
      `frs_${sid}_${randomBytes(32).toString('base64url')}_${randomBytes(32).toString('base64url')}`,
      `frs_${sid}_${randomBytes(32).toString('base64url')}`, // the format before session secrets
    ];
    for (const token of forged)
      expect(errorCode(await app.anonymous.gql(REFRESH, { t: token }))).toBe('UNAUTHENTICATED');
    expect(
      (await sqlOn(app, 'SELECT revoked_at FROM auth_sessions WHERE id = $1', [claimsOf(victim.accessToken).sid]))[0]
        .revoked_at,
    ).toBeNull();
    expect((await bearer(app, victim.accessToken).gql(ME)).data?.me.email).toBe('liaison@hsi.example');
    // the holder's own refresh token still renews, and reuse of it still ends the session
    const renewed = await app.anonymous.gql(REFRESH, { t: victim.refreshToken });
    expect(renewed.data?.refreshSession.refreshToken).toMatch(/^frs_/);
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: victim.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await bearer(app, renewed.data.refreshSession.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses to renew past the end of the session', async () => {
    const session = await loggedIn(app, 'intake@hsi.example');
    await sqlOn(app, "UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE id = $1", [
      claimsOf(session.accessToken).sid,
    ]);
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: session.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await bearer(app, session.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('logout ends this session at once; allSessions ends every one', async () => {
    const one = await loggedIn(app, 'liaison@hsi.example');
    const two = await loggedIn(app, 'liaison@hsi.example');
    const three = await loggedIn(app, 'liaison@hsi.example');
    expect((await bearer(app, one.accessToken).gql('mutation { logout }')).data).toEqual({ logout: true });
    expect(errorCode(await bearer(app, one.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: one.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await bearer(app, two.accessToken).gql(ME)).data?.me.email).toBe('liaison@hsi.example');

    expect((await bearer(app, two.accessToken).gql('mutation { logout(allSessions: true) }')).data).toEqual({
      logout: true,
    });
    expect(errorCode(await bearer(app, three.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: three.refreshToken }))).toBe('UNAUTHENTICATED');
    // logging out needs a login
    expect(errorCode(await app.anonymous.gql('mutation { logout }'))).toBe('UNAUTHENTICATED');
  });

  it('disabling a user ends their tokens at once', async () => {
    const session = await loggedIn(app, 'analyst@dea.example');
    expect((await bearer(app, session.accessToken).gql(ME)).data?.me.email).toBe('analyst@dea.example');
    await sqlOn(app, "UPDATE users SET active = false WHERE email = 'analyst@dea.example'");
    expect(errorCode(await bearer(app, session.accessToken).gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.anonymous.gql(REFRESH, { t: session.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(app, 'analyst@dea.example'))).toBe('UNAUTHENTICATED');
  });

  it('accepts only HS256 with the configured secret: alg none and every other algorithm are refused', async () => {
    const session = await loggedIn(app, 'admin@hsi.example');
    const { sub, agency, sid } = claimsOf(session.accessToken);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub, agency, sid, iat: now, exp: now + 60 };
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const meAs = (token: string) => bearer(app, token).gql(ME);

    // the control: a hand-made HS256 token with the right secret is accepted
    expect((await meAs(handMade({ alg: 'HS256', typ: 'JWT' }, claims, hmac('sha256', jwtSecret)))).data?.me.email).toBe(
      'admin@hsi.example',
    );

    const refused = {
      none: handMade({ alg: 'none', typ: 'JWT' }, claims, () => Buffer.alloc(0)),
      noneUpper: handMade({ alg: 'NONE', typ: 'JWT' }, claims, () => Buffer.alloc(0)),
      hs384: handMade({ alg: 'HS384', typ: 'JWT' }, claims, hmac('sha384', jwtSecret)),
      hs512: handMade({ alg: 'HS512', typ: 'JWT' }, claims, hmac('sha512', jwtSecret)),
      rs256: handMade({ alg: 'RS256', typ: 'JWT' }, claims, (input) => sign('sha256', Buffer.from(input), privateKey)),
      wrongSecret: handMade({ alg: 'HS256', typ: 'JWT' }, claims, hmac('sha256', 'x'.repeat(43))),
      expired: handMade(
        { alg: 'HS256', typ: 'JWT' },
        { ...claims, iat: now - 120, exp: now - 60 },
        hmac('sha256', jwtSecret),
      ),
      noSession: handMade(
        { alg: 'HS256', typ: 'JWT' },
        { sub, agency, iat: now, exp: now + 60 },
        hmac('sha256', jwtSecret),
      ),
    };
    for (const [name, token] of Object.entries(refused)) {
      expect([name, errorCode(await meAs(token))]).toEqual([name, 'UNAUTHENTICATED']);
    }
  });

  it('never writes a token or refresh token to the log (SQL included)', async () => {
    const session = await loggedIn(app, 'analyst@gn.example');
    const renewed = (await app.anonymous.gql(REFRESH, { t: session.refreshToken })).data.refreshSession;
    await bearer(app, renewed.accessToken).gql('mutation { logout }');
    await new Promise((r) => setTimeout(r, 300));
    const log = JSON.stringify(app.logs);
    expect(log).toContain('auth_sessions');
    // both kinds end in 43 random base64url characters (a JWT's signature, a refresh token's secret); base64url
    // holds '_' too, so the tail is taken by length, never by splitting on a separator
    for (const secret of [session.accessToken, session.refreshToken, renewed.accessToken, renewed.refreshToken]) {
      expect(log.includes(secret.slice(-40))).toBe(false);
    }
  });
});

describe('TOTP multi-factor login', () => {
  let app: TestApp;
  const enrol =
    'mutation ($e: String!, $p: String!) { startTotpEnrolment(email: $e, password: $p) { secret otpauthUri } }';
  const confirm =
    'mutation ($e: String!, $p: String!, $c: String!) { confirmTotpEnrolment(email: $e, password: $p, totpCode: $c) { accessToken user { email } } }';

  beforeAll(async () => {
    app = await startApp();
  }, 90_000);
  afterAll(() => app?.stop());

  it('is not required by the demo agencies', async () => {
    expect((await login(app, 'analyst@fbi.example')).data?.login.user).toEqual({ email: 'analyst@fbi.example' });
  });

  it('asks the roles an agency names to enrol, then for a code at every login, never accepting a code twice', async () => {
    await sqlOn(app, "UPDATE agencies SET mfa_required_roles = '{ANALYST}' WHERE code = 'FBI'");
    const email = 'analyst@fbi.example';

    // a wrong password says nothing about TOTP
    const wrong = await login(app, email, 'wrong');
    expect(wrong.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const notEnrolled = await login(app, email);
    expect(notEnrolled.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_ENROLMENT_REQUIRED' });
    expect(notEnrolled.data).toBeNull();
    // other roles of the agency are not concerned
    expect((await login(app, 'investigator@fbi.example')).data?.login.user).toEqual({
      email: 'investigator@fbi.example',
    });

    expect(errorCode(await app.anonymous.gql(enrol, { e: email, p: 'wrong' }))).toBe('UNAUTHENTICATED');
    const started = (await app.anonymous.gql(enrol, { e: email, p: DEMO_PASSWORD })).data.startTotpEnrolment;
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Frontera:analyst%40fbi\.example\?/);
    const secret = started.secret as string;
    const code = (offsetSeconds = 0) => totp(secret, Math.floor(Date.now() / 1000) + offsetSeconds);

    const badConfirm = await app.anonymous.gql(confirm, {
      e: email,
      p: DEMO_PASSWORD,
      c: code() === '000000' ? '111111' : '000000',
    });
    expect(badConfirm.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_INVALID' });
    const confirmed = await app.anonymous.gql(confirm, { e: email, p: DEMO_PASSWORD, c: code(-30) });
    expect(confirmed.data.confirmTotpEnrolment.user).toEqual({ email });
    expect((await bearer(app, confirmed.data.confirmTotpEnrolment.accessToken).gql(ME)).data?.me.email).toBe(email);
    expect(errorCode(await app.anonymous.gql(enrol, { e: email, p: DEMO_PASSWORD }))).toBe('CONFLICT');

    const noCode = await login(app, email);
    expect(noCode.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
    const withCode = await login(app, email, DEMO_PASSWORD, code());
    expect(withCode.data?.login.user).toEqual({ email });
    // the same code again (a replay) is refused
    expect((await login(app, email, DEMO_PASSWORD, code())).errors![0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOTP_INVALID',
    });
    // the right code with the wrong password is still just a wrong password
    expect((await login(app, email, 'wrong', code(30))).errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect((await login(app, email, DEMO_PASSWORD, code(30))).data?.login.user).toEqual({ email });
  });
});
