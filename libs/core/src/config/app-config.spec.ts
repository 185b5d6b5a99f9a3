import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'frontera-config-'));
const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('base64') };
// what production needs besides the secrets: the audit's signing key and a checkpoint directory
const audit = {
  AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  AUDIT_CHECKPOINT_DIR: dataDir(),
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), ...secrets });
    expect(config).toMatchObject({
      port: 3000,
      nodeEnv: 'development',
      demoPassword: 'frontera-demo',
      seedDemo: true,
      logLevel: 'info',
    });
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://h/db', ...secrets }).seedDemo).toBe(false);
  });

  it('names the variable and what it expects', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', ...secrets })).toThrow(
      /PORT: expected a TCP port number/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), SEED_DEMO: 'maybe', ...secrets })).toThrow(
      /SEED_DEMO: expected true or false/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mysql://x', ...secrets })).toThrow(
      /DATABASE_URL: expected a postgres/,
    );
  });

  it('reads the rate limits, Redis and session lifetimes, with documented defaults', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets })).toMatchObject({
      redisUrl: undefined,
      redisKeyPrefix: 'frontera:',
      rateLimitPerMinute: 600,
      publicRateLimitPerMinute: 10,
      loginFailuresPerAddress: 100,
      accessTokenTtlSeconds: 900,
      sessionMaxSeconds: 43_200,
    });
    const set = loadConfig({
      DATA_DIR: dataDir(),
      ...secrets,
      REDIS_URL: 'redis://127.0.0.1:6379',
      RATE_LIMIT_PER_MINUTE: '50',
      ACCESS_TOKEN_TTL_SECONDS: '60',
    });
    expect(set).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      rateLimitPerMinute: 50,
      accessTokenTtlSeconds: 60,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, REDIS_URL: 'http://x' })).toThrow(
      /REDIS_URL: expected a redis:\/\//,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(
      /RATE_LIMIT_PER_MINUTE: expected a whole number/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, PUBLIC_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(
      /PUBLIC_RATE_LIMIT_PER_MINUTE: expected a whole number of at least 1/,
    );
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), ...secrets, ACCESS_TOKEN_TTL_SECONDS: '3600', SESSION_MAX_SECONDS: '600' }),
    ).toThrow(/SESSION_MAX_SECONDS: expected at least ACCESS_TOKEN_TTL_SECONDS/);
  });

  it('reads the Se Busca settings, with documented defaults', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets })).toMatchObject({
      publicReadRateLimitPerMinute: 120,
      publicTipRateLimitPerHour: 20,
      publicBaseUrl: undefined,
      tipFormUrl: undefined,
    });
    const set = loadConfig({
      DATA_DIR: dataDir(),
      ...secrets,
      PUBLIC_TIP_RATE_LIMIT_PER_HOUR: '3',
      PUBLIC_BASE_URL: 'https://api.frontera.example',
      TIP_FORM_URL: 'https://denuncia.example.org/se-busca/{slug}/{rank}',
    });
    expect(set).toMatchObject({
      publicTipRateLimitPerHour: 3,
      publicBaseUrl: 'https://api.frontera.example',
      tipFormUrl: 'https://denuncia.example.org/se-busca/{slug}/{rank}',
    });
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), ...secrets, PUBLIC_BASE_URL: 'https://api.frontera.example/' }),
    ).toThrow(/PUBLIC_BASE_URL: expected an http\(s\) URL without a trailing slash/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, TIP_FORM_URL: 'javascript:alert(1)' })).toThrow(
      /TIP_FORM_URL: expected an http\(s\) URL/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, PUBLIC_TIP_RATE_LIMIT_PER_HOUR: '0' })).toThrow(
      /PUBLIC_TIP_RATE_LIMIT_PER_HOUR: expected a whole number of at least 1/,
    );
  });

  it('reads the request limits and CORS origins, with documented defaults', () => {
    const defaults = loadConfig({ DATA_DIR: dataDir(), ...secrets });
    expect(defaults.limits).toEqual({
      maxDepth: 10,
      maxCost: 10_000,
      maxAliases: 15,
      maxRootFields: 10,
      maxBodyBytes: 1_048_576,
      maxTokens: 5_000,
      maxOperations: 1,
    });
    expect(defaults.anonymousRateLimitPerMinute).toBe(300);
    expect(defaults.corsOrigins).toEqual([]);
    const set = loadConfig({
      DATA_DIR: dataDir(),
      ...secrets,
      GRAPHQL_MAX_DEPTH: '7',
      GRAPHQL_MAX_COST: '500',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_ROOT_FIELDS: '2',
      MAX_BODY_BYTES: '65536',
      GRAPHQL_MAX_TOKENS: '800',
      GRAPHQL_MAX_OPERATIONS: '3',
      CORS_ORIGINS: ' https://console.frontera.example ,http://localhost:5173,',
    });
    expect(set.limits).toEqual({
      maxDepth: 7,
      maxCost: 500,
      maxAliases: 3,
      maxRootFields: 2,
      maxBodyBytes: 65_536,
      maxTokens: 800,
      maxOperations: 3,
    });
    expect(set.corsOrigins).toEqual(['https://console.frontera.example', 'http://localhost:5173']);
  });

  it('reads WS_MAX_CONNECTIONS, 1000 by default, and names a wrong one', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets }).wsMaxConnections).toBe(1_000);
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets, WS_MAX_CONNECTIONS: '25' }).wsMaxConnections).toBe(25);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, WS_MAX_CONNECTIONS: '0' })).toThrow(
      /WS_MAX_CONNECTIONS: expected a whole number of at least 1/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, WS_MAX_CONNECTIONS: 'many' })).toThrow(
      /WS_MAX_CONNECTIONS: expected a whole number/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, WS_MAX_CONNECTIONS: '1000001' })).toThrow(
      /WS_MAX_CONNECTIONS: expected at most 1000000 connections/,
    );
  });

  it('names a wrong limit or origin and what it expects', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, GRAPHQL_MAX_DEPTH: '0' })).toThrow(
      /GRAPHQL_MAX_DEPTH: expected a whole number of at least 1/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, GRAPHQL_MAX_COST: 'lots' })).toThrow(
      /GRAPHQL_MAX_COST: expected a whole number/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, MAX_BODY_BYTES: '1.5' })).toThrow(
      /MAX_BODY_BYTES: expected a whole number/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, CORS_ORIGINS: '*' })).toThrow(
      /CORS_ORIGINS: expected comma-separated origins/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, CORS_ORIGINS: 'https://a.example/app' })).toThrow(
      /CORS_ORIGINS: expected comma-separated origins/,
    );
  });

  it('reads the metrics token and checks the tracing endpoint', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets }).metricsToken).toBeUndefined();
    const token = randomBytes(24).toString('base64url');
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: token, ...secrets }).metricsToken).toBe(token);
    expect(() => loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: 'short', ...secrets })).toThrow(
      /METRICS_TOKEN: expected a random token of at least 32/,
    );
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318', ...secrets }),
    ).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: expected the http\(s\) URL/);
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', ...secrets }),
    ).not.toThrow();
  });

  it('generates missing secrets once outside production and keeps them in DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.jwtSecret).toBe(second.jwtSecret);
    expect(first.encryptionKey.equals(second.encryptionKey)).toBe(true);
    expect(first.encryptionKey.length).toBe(32);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).JWT_SECRET).toBe(first.jwtSecret);
  });

  it('refuses to start in production with missing or weak secrets', () => {
    const production = { DATA_DIR: dataDir(), NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, JWT_SECRET: 'short', ENCRYPTION_KEY: secrets.ENCRYPTION_KEY })).toThrow(
      /JWT_SECRET/,
    );
    expect(() =>
      loadConfig({
        ...production,
        JWT_SECRET: secrets.JWT_SECRET,
        ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
      }),
    ).toThrow(/ENCRYPTION_KEY/);
    expect(() => loadConfig({ ...production, JWT_SECRET: secrets.JWT_SECRET, ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /ENCRYPTION_KEY/,
    );
    expect(loadConfig({ ...production, ...secrets, ...audit }).nodeEnv).toBe('production');
  });

  it('refuses long but guessable secrets in production, naming the variable', () => {
    const production = { DATA_DIR: dataDir(), NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', ...audit };
    for (const weak of [
      'a'.repeat(32),
      'abcdefghijklmnopqrstuvwxyz012345',
      'changeme-changeme-changeme-12345',
      '0123456789abcdef0123456789abcdef',
    ]) {
      expect(() => loadConfig({ ...production, ...secrets, JWT_SECRET: weak })).toThrow(
        /JWT_SECRET: too easy to guess/,
      );
    }
    const repeatedWord = Buffer.from('abcd'.repeat(8)).toString('base64');
    expect(() => loadConfig({ ...production, ...secrets, ENCRYPTION_KEY: repeatedWord })).toThrow(
      /ENCRYPTION_KEY: too easy to guess/,
    );
    // random secrets in every usual encoding pass, the shortest accepted length included
    for (const random of [
      randomBytes(16).toString('hex'),
      randomBytes(24).toString('base64url'),
      randomBytes(32).toString('base64'),
    ]) {
      expect(loadConfig({ ...production, ...secrets, JWT_SECRET: random }).jwtSecret).toBe(random);
    }
    // outside production the same weak secret is a developer's business
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets, JWT_SECRET: 'a'.repeat(32) }).jwtSecret).toBe('a'.repeat(32));
  });

  it('refuses the demo accounts in production unless DEMO_PASSWORD is a password of your own', () => {
    const production = {
      DATA_DIR: dataDir(),
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://h/db',
      ...secrets,
      ...audit,
    };
    expect(() => loadConfig({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO: .*DEMO_PASSWORD/);
    expect(() => loadConfig({ ...production, SEED_DEMO: 'true', DEMO_PASSWORD: 'frontera-demo' })).toThrow(/SEED_DEMO/);
    // the embedded database seeds by default: the same rule
    expect(() => loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production', ...secrets, ...audit })).toThrow(
      /SEED_DEMO/,
    );
    expect(loadConfig({ ...production, SEED_DEMO: 'true', DEMO_PASSWORD: 'a-password-of-our-own' }).seedDemo).toBe(
      true,
    );
    expect(loadConfig({ ...production }).seedDemo).toBe(false);
  });

  it('reads the owner URL beside the API role, and refuses the unsafe test switch in production', () => {
    const production = {
      DATA_DIR: dataDir(),
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://frontera_api@h/db',
      ...secrets,
      ...audit,
    };
    expect(loadConfig({ ...production, MIGRATION_DATABASE_URL: 'postgres://owner@h/db' })).toMatchObject({
      databaseUrl: 'postgres://frontera_api@h/db',
      migrationDatabaseUrl: 'postgres://owner@h/db',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), MIGRATION_DATABASE_URL: 'postgres://owner@h/db' })).toThrow(
      /MIGRATION_DATABASE_URL: needs DATABASE_URL/,
    );
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), MIGRATION_DATABASE_URL: 'mysql://h/db', DATABASE_URL: 'postgres://h/db' }),
    ).toThrow(/MIGRATION_DATABASE_URL: expected a postgres/);
    expect(() => loadConfig({ ...production, FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY: 'all' })).toThrow(
      /FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY: a test-only switch/,
    );
    expect(
      loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'test', FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY: 'all' }).nodeEnv,
    ).toBe('test');
  });

  it('refuses an empty, zero or out-of-range PORT everywhere and reads HOST', () => {
    for (const env of ['development', 'production']) {
      const base = { DATA_DIR: dataDir(), NODE_ENV: env, DATABASE_URL: 'postgres://h/db', ...secrets, ...audit };
      for (const port of ['', ' ', '0', '65536', '80.5', '-1'])
        expect(() => loadConfig({ ...base, PORT: port })).toThrow(/PORT: expected a TCP port number \(1-65535\)/);
      expect(loadConfig({ ...base, PORT: '8080' }).port).toBe(8080);
    }
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets, HOST: '::' }).host).toBe('::');
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, HOST: '' })).toThrow(
      /HOST: expected an IP address or host name/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, HOST: 'http://example.org' })).toThrow(
      /HOST: expected an IP address or host name/,
    );
  });

  it('reads TRUST_PROXY as Express trusts proxies, never every peer', () => {
    const trust = (value?: string) =>
      loadConfig({ DATA_DIR: dataDir(), ...secrets, ...(value === undefined ? {} : { TRUST_PROXY: value }) })
        .trustProxy;
    expect(trust()).toBe(false);
    expect(trust('')).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('loopback')).toBe('loopback');
    expect(trust(' 10.0.0.0/8, 192.168.1.7 ,fd00::/8')).toBe('10.0.0.0/8,192.168.1.7,fd00::/8');
    expect(trust('2')).toBe(2);
    for (const bad of ['true', '*', '10.0.0.0/33', '300.1.1.1', 'proxy.example.org', '0', '11']) {
      expect(() => trust(bad)).toThrow(/TRUST_PROXY: expected the hops to trust/);
    }
  });

  it('runs one process outside production, a worker per core in production with Redis', () => {
    const development = { DATA_DIR: dataDir(), ...secrets };
    expect(loadConfig(development).webConcurrency).toBe(1);
    expect(loadConfig({ ...development, WEB_CONCURRENCY: '2' }).webConcurrency).toBe(2);
    const production = {
      DATA_DIR: dataDir(),
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://h/db',
      ...secrets,
      ...audit,
    };
    expect(loadConfig(production).webConcurrency).toBe(1);
    expect(loadConfig({ ...production, REDIS_URL: 'redis://127.0.0.1:6379' }).webConcurrency).toBe(
      availableParallelism(),
    );
    expect(
      loadConfig({ ...production, REDIS_URL: 'redis://127.0.0.1:6379', WEB_CONCURRENCY: '3' }).webConcurrency,
    ).toBe(3);
    expect(() => loadConfig({ ...production, WEB_CONCURRENCY: '2' })).toThrow(
      /WEB_CONCURRENCY: more than one worker in production needs REDIS_URL/,
    );
    expect(() => loadConfig({ ...development, WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY: expected 1 to 64/);
  });
});
