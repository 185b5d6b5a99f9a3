import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'frontera-config-'));
const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('base64') };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), ...secrets });
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', demoPassword: 'frontera-demo', seedDemo: true, logLevel: 'info' });
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://h/db', ...secrets }).seedDemo).toBe(false);
  });

  it('names the variable and what it expects', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', ...secrets })).toThrow(/PORT: expected a TCP port number/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), SEED_DEMO: 'maybe', ...secrets })).toThrow(/SEED_DEMO: expected true or false/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mysql://x', ...secrets })).toThrow(/DATABASE_URL: expected a postgres/);
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
    const set = loadConfig({ DATA_DIR: dataDir(), ...secrets, REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_PER_MINUTE: '50', ACCESS_TOKEN_TTL_SECONDS: '60' });
    expect(set).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379', rateLimitPerMinute: 50, accessTokenTtlSeconds: 60 });
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, REDIS_URL: 'http://x' })).toThrow(/REDIS_URL: expected a redis:\/\//);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE: expected a whole number/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, PUBLIC_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/PUBLIC_RATE_LIMIT_PER_MINUTE: expected a whole number of at least 1/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, ACCESS_TOKEN_TTL_SECONDS: '3600', SESSION_MAX_SECONDS: '600' })).toThrow(
      /SESSION_MAX_SECONDS: expected at least ACCESS_TOKEN_TTL_SECONDS/,
    );
  });

  it('reads the Se Busca settings, with documented defaults', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets })).toMatchObject({
      publicReadRateLimitPerMinute: 120,
      publicTipRateLimitPerHour: 20,
      publicBaseUrl: undefined,
      tipFormUrl: 'https://sebusca.frontera.example/{slug}?entrada={rank}',
    });
    const set = loadConfig({
      DATA_DIR: dataDir(),
      ...secrets,
      PUBLIC_TIP_RATE_LIMIT_PER_HOUR: '3',
      PUBLIC_BASE_URL: 'https://api.frontera.example',
      TIP_FORM_URL: 'https://denuncia.example.org/se-busca/{slug}/{rank}',
    });
    expect(set).toMatchObject({ publicTipRateLimitPerHour: 3, publicBaseUrl: 'https://api.frontera.example', tipFormUrl: 'https://denuncia.example.org/se-busca/{slug}/{rank}' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, PUBLIC_BASE_URL: 'https://api.frontera.example/' })).toThrow(/PUBLIC_BASE_URL: expected an http\(s\) URL without a trailing slash/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, TIP_FORM_URL: 'javascript:alert(1)' })).toThrow(/TIP_FORM_URL: expected an http\(s\) URL/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, PUBLIC_TIP_RATE_LIMIT_PER_HOUR: '0' })).toThrow(/PUBLIC_TIP_RATE_LIMIT_PER_HOUR: expected a whole number of at least 1/);
  });

  it('reads the request limits and CORS origins, with documented defaults', () => {
    const defaults = loadConfig({ DATA_DIR: dataDir(), ...secrets });
    expect(defaults.limits).toEqual({ maxDepth: 10, maxCost: 10_000, maxAliases: 15, maxRootFields: 10, maxBodyBytes: 1_048_576 });
    expect(defaults.corsOrigins).toEqual([]);
    const set = loadConfig({
      DATA_DIR: dataDir(),
      ...secrets,
      GRAPHQL_MAX_DEPTH: '7',
      GRAPHQL_MAX_COST: '500',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_ROOT_FIELDS: '2',
      MAX_BODY_BYTES: '65536',
      CORS_ORIGINS: ' https://console.frontera.example ,http://localhost:5173,',
    });
    expect(set.limits).toEqual({ maxDepth: 7, maxCost: 500, maxAliases: 3, maxRootFields: 2, maxBodyBytes: 65_536 });
    expect(set.corsOrigins).toEqual(['https://console.frontera.example', 'http://localhost:5173']);
  });

  it('names a wrong limit or origin and what it expects', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH: expected a whole number of at least 1/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, GRAPHQL_MAX_COST: 'lots' })).toThrow(/GRAPHQL_MAX_COST: expected a whole number/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, MAX_BODY_BYTES: '1.5' })).toThrow(/MAX_BODY_BYTES: expected a whole number/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS: expected comma-separated origins/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...secrets, CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS: expected comma-separated origins/);
  });

  it('reads the metrics token and checks the tracing endpoint', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...secrets }).metricsToken).toBeUndefined();
    const token = randomBytes(24).toString('base64url');
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: token, ...secrets }).metricsToken).toBe(token);
    expect(() => loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: 'short', ...secrets })).toThrow(/METRICS_TOKEN: expected a random token of at least 32/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318', ...secrets })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: expected the http\(s\) URL/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', ...secrets })).not.toThrow();
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
    const production = { DATA_DIR: dataDir(), NODE_ENV: 'production' };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, JWT_SECRET: 'short', ENCRYPTION_KEY: secrets.ENCRYPTION_KEY })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...production, JWT_SECRET: secrets.JWT_SECRET, ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') })).toThrow(/ENCRYPTION_KEY/);
    expect(() => loadConfig({ ...production, JWT_SECRET: secrets.JWT_SECRET, ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/ENCRYPTION_KEY/);
    expect(loadConfig({ ...production, ...secrets }).nodeEnv).toBe('production');
  });
});
