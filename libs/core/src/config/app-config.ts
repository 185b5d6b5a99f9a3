import { KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { estimatedSecretBits, MIN_SECRET_BITS } from './secret-strength';
import { auditSigningKey } from './audit-signing-key';
import { SKIP_VISIBILITY_VARIABLE } from '../testing/unsafe-switches';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1');

const positiveInt = (name: string) =>
  z.coerce
    .number({ message: `expected a whole number for ${name}` })
    .int('expected a whole number')
    .min(1, 'expected a whole number of at least 1');

/** Express's named ranges, then addresses and CIDR ranges (IPv4 or IPv6). */
const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (TRUST_PROXY_NAMES.includes(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Express's `trust proxy`: a hop count, or the proxies' addresses and ranges. Unset (or
 * `false`): no proxy is trusted and X-Forwarded-For is ignored. `true` (trust every peer) is
 * refused: any client could then choose the address its rate limits count against.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((value, context): number | string | false => {
    const text = (value ?? '').trim();
    if (text === '' || text === 'false') return false;
    if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10) return Number(text);
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.every(isAddressOrRange)) return entries.join(',');
    context.addIssue({
      code: 'custom',
      message:
        'expected the hops to trust (1-10), or comma-separated proxy addresses or CIDR ranges (loopback, linklocal, uniquelocal, 10.0.0.0/8, ...); `true` would let any client choose its address',
    });
    return z.NEVER;
  });

const envSchema = z.object({
  // A string first: an empty PORT= must not become 0 (a random port nobody can find).
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'expected a TCP port number (1-65535)')
    .transform(Number)
    .refine((port) => port >= 1 && port <= 65535, 'expected a TCP port number (1-65535)')
    .default(3000),
  HOST: z
    .string()
    .refine(
      (host) => isIP(host) !== 0 || /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(host),
      'expected an IP address or host name to listen on, such as 127.0.0.1 or 0.0.0.0',
    )
    .default('127.0.0.1'),
  TRUST_PROXY: trustProxy,
  WEB_CONCURRENCY: z.coerce
    .number({ message: 'expected a whole number of worker processes' })
    .int('expected a whole number of worker processes')
    .min(1, 'expected 1 to 64 worker processes')
    .max(64, 'expected 1 to 64 worker processes')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL')
    .optional(),
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL')
    .optional(),
  [SKIP_VISIBILITY_VARIABLE]: z.string().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
  JWT_SECRET: z.string().optional(),
  ENCRYPTION_KEY: z.string().optional(),
  DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),
  SEED_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  GRAPHQL_MAX_DEPTH: positiveInt('GRAPHQL_MAX_DEPTH').default(10),
  GRAPHQL_MAX_COST: positiveInt('GRAPHQL_MAX_COST').default(10_000),
  GRAPHQL_MAX_ALIASES: positiveInt('GRAPHQL_MAX_ALIASES').default(15),
  GRAPHQL_MAX_ROOT_FIELDS: positiveInt('GRAPHQL_MAX_ROOT_FIELDS').default(10),
  GRAPHQL_MAX_TOKENS: positiveInt('GRAPHQL_MAX_TOKENS').default(5_000),
  GRAPHQL_MAX_OPERATIONS: positiveInt('GRAPHQL_MAX_OPERATIONS').default(1),
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: positiveInt('ANONYMOUS_RATE_LIMIT_PER_MINUTE').default(300),
  MAX_BODY_BYTES: positiveInt('MAX_BODY_BYTES').default(1024 * 1024),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine((origins) => origins.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), {
      message: 'expected comma-separated origins such as https://app.example.org (scheme and host, no path)',
    }),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// connection URL')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{1,64}$/, 'expected 1-64 letters, digits or : . _ -')
    .default('frontera:'),
  RATE_LIMIT_PER_MINUTE: positiveInt('RATE_LIMIT_PER_MINUTE').default(600),
  PUBLIC_RATE_LIMIT_PER_MINUTE: positiveInt('PUBLIC_RATE_LIMIT_PER_MINUTE').default(10),
  LOGIN_FAILURES_PER_ADDRESS: positiveInt('LOGIN_FAILURES_PER_ADDRESS').default(100),
  PUBLIC_READ_RATE_LIMIT_PER_MINUTE: positiveInt('PUBLIC_READ_RATE_LIMIT_PER_MINUTE').default(120),
  PUBLIC_TIP_RATE_LIMIT_PER_HOUR: positiveInt('PUBLIC_TIP_RATE_LIMIT_PER_HOUR').default(20),
  PUBLIC_BASE_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/\s?#]+(\/[^\s?#]*[^/\s?#])?$/,
      'expected an http(s) URL without a trailing slash, query or fragment, such as https://api.frontera.example',
    )
    .optional(),
  TIP_FORM_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/\s]+\S*$/,
      'expected an http(s) URL, such as https://sebusca.frontera.example/{slug}?entrada={rank}',
    )
    .optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt('ACCESS_TOKEN_TTL_SECONDS')
    .min(10, 'expected at least 10 seconds')
    .max(86_400, 'expected at most 86400 seconds (a day)')
    .default(900),
  SHUTDOWN_TIMEOUT_MS: positiveInt('SHUTDOWN_TIMEOUT_MS')
    .max(600_000, 'expected at most 600000 ms (10 minutes)')
    .default(30_000),
  SESSION_MAX_SECONDS: positiveInt('SESSION_MAX_SECONDS')
    .max(30 * 86_400, 'expected at most 2592000 seconds (30 days)')
    .default(12 * 3600),
  AUTH_CACHE_SECONDS: z.coerce
    .number({ message: 'expected a whole number for AUTH_CACHE_SECONDS' })
    .int('expected a whole number')
    .min(0, 'expected 0 (off) or more seconds')
    .max(300, 'expected at most 300 seconds')
    .default(30),
  AUDIT_READS_SYNCHRONOUS: booleanFlag.default(false),
  AUDIT_SIGNING_KEY: z.string().optional(),
  AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_SECONDS: positiveInt('AUDIT_CHECKPOINT_SECONDS')
    .max(3600, 'expected at most 3600 seconds (an hour)')
    .default(60),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/\S+$/,
      'expected an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465',
    )
    .optional(),
  SMTP_FROM: z.string().min(3).default('Frontera <no-reply@frontera.invalid>'),
  WEBHOOK_RETRY_BASE_MS: positiveInt('WEBHOOK_RETRY_BASE_MS')
    .max(3_600_000, 'expected at most 3600000 ms (an hour)')
    .default(30_000),
  WEBHOOK_MAX_ATTEMPTS: positiveInt('WEBHOOK_MAX_ATTEMPTS').max(20, 'expected at most 20 attempts').default(8),
  WS_MAX_CONNECTIONS: positiveInt('WS_MAX_CONNECTIONS')
    .max(1_000_000, 'expected at most 1000000 connections')
    .default(1_000),
  SHARE_EXPIRY_CHECK_SECONDS: positiveInt('SHARE_EXPIRY_CHECK_SECONDS')
    .max(86_400, 'expected at most 86400 seconds (a day)')
    .default(3_600),
  METRICS_TOKEN: z
    .string()
    .regex(/^\S{32,}$/, 'expected a random token of at least 32 characters, no spaces')
    .optional(),
  // read by the OpenTelemetry SDK itself (apps/api/src/observability/tracing.ts); checked here so a typo stops start-up
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected the http(s) URL of an OTLP/HTTP receiver, such as http://127.0.0.1:4318')
    .optional(),
});

export interface AppConfig {
  port: number;
  /** The address the API listens on. */
  host: string;
  /** Express's `trust proxy` (a hop count or proxy addresses and ranges); false: none, the peer is the client. */
  trustProxy: number | string | false;
  /** Worker processes (node:cluster); 1: the API runs in this process alone. */
  webConcurrency: number;
  /** Unset: the app starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  /**
   * The tables' owner, for migrations, seeds and the audit sealer; `databaseUrl` is then the API's
   * own role (row-level security applies to it). Unset: `databaseUrl` (or the embedded server) is
   * the owner and the app makes the API's role itself (see "RLS roles").
   */
  migrationDatabaseUrl?: string;
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  jwtSecret: string;
  /** 32 bytes for AES-256-GCM. */
  encryptionKey: Buffer;
  demoPassword: string;
  seedDemo: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  limits: RequestLimits;
  /** Origins allowed cross-origin access; empty: none. */
  corsOrigins: string[];
  /** Set: rate limits and login lockouts are shared by every instance through Redis. */
  redisUrl?: string;
  /** Prefix of every Redis key (distinct per deployment or test run). */
  redisKeyPrefix: string;
  /** Operations per minute per user or API key. */
  rateLimitPerMinute: number;
  /** Calls per minute per client address and public operation. */
  publicRateLimitPerMinute: number;
  /** GraphQL requests per minute per client address that carry no credentials, counted before parsing. */
  anonymousRateLimitPerMinute: number;
  /** Failed logins per client address within 15 minutes before the address is closed to logins. */
  loginFailuresPerAddress: number;
  /** Calls per minute per client address to each public read (a public campaign, a poster). */
  publicReadRateLimitPerMinute: number;
  /** Public tips and follow-ups per hour per client address, together. */
  publicTipRateLimitPerHour: number;
  /** The public origin of the API, for absolute poster URLs; unset: root-relative URLs. */
  publicBaseUrl?: string;
  /** The public tip form the posters' QR codes open; `{slug}` and `{rank}` are filled in. Unset: the API's own entry page. */
  tipFormUrl?: string;
  accessTokenTtlSeconds: number;
  /** How long refresh tokens can renew a session after the login, at most. */
  sessionMaxSeconds: number;
  /** On SIGTERM, how long in-flight requests may run before their connections are closed. */
  shutdownTimeoutMs: number;
  /** How long a session check and a built ability may be reused at most; 0: never (see AuthStateCache). */
  authCacheSeconds: number;
  /** Whether the audit entries of reads wait for the WAL flush like everything else (see AuditLogService.append). */
  auditReadsSynchronous: boolean;
  /** Ed25519 private key signing the audit chain's checkpoints (never stored in the database). */
  auditSigningKey: KeyObject;
  /** Where the signed checkpoints of the audit chain's head go (outside the database). */
  auditCheckpointDir: string;
  /** How often a checkpoint is written while the chain grows. */
  auditCheckpointSeconds: number;
  /** Set: invitations also go by e-mail through this SMTP server (nodemailer). */
  smtpUrl?: string;
  /** The From: of those e-mails. */
  smtpFrom: string;
  /** A failed webhook delivery is tried again after this, doubling each time. */
  webhookRetryBaseMs: number;
  /** Attempts per webhook delivery before it is given up (FAILED in the delivery log). */
  webhookMaxAttempts: number;
  /** Open graphql-ws connections per process; over it (or 10 of one person) a connection is closed 4429. */
  wsMaxConnections: number;
  /** How often the SHARE_EXPIRING job looks for shares ending within 7 days or 1 day. */
  shareExpiryCheckSeconds: number;
  /** Set: Prometheus metrics at /metrics for `Authorization: Bearer <token>`; unset: no metrics. */
  metricsToken?: string;
}

/** What one request may ask for (README "Limits"). */
export interface RequestLimits {
  maxDepth: number;
  /** Every field costs 1; a field with a `first` argument multiplies the cost of its selection by `first`. */
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxBodyBytes: number;
  /** Lexical tokens of a document: the parser stops past them. */
  maxTokens: number;
  /** Operations in one document (a request runs one of them). */
  maxOperations: number;
}

export class ConfigError extends Error {}

const MIN_JWT_SECRET_LENGTH = 32;
const DEFAULT_DEMO_PASSWORD = 'frontera-demo';

function decodeEncryptionKey(value: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return null;
  const key = Buffer.from(value, 'base64');
  return key.length === 32 ? key : null;
}

interface GeneratedSecrets {
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
}

/** Outside production, secrets that are not configured are generated once and kept in DATA_DIR. */
function generatedSecrets(dataDir: string): GeneratedSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets;
  const secrets: GeneratedSecrets = {
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Reads and validates the configuration. A wrong value throws a ConfigError that names the
 * variable and what it expects.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];

  let jwtSecret = e.JWT_SECRET;
  let encryptionKeyText = e.ENCRYPTION_KEY;
  if (!production && (!jwtSecret || !encryptionKeyText)) {
    const generated = generatedSecrets(dataDir);
    jwtSecret ??= generated.JWT_SECRET;
    encryptionKeyText ??= generated.ENCRYPTION_KEY;
  }
  if (!jwtSecret || jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    problems.push(`JWT_SECRET: expected a random secret of at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }
  const encryptionKey = encryptionKeyText ? decodeEncryptionKey(encryptionKeyText) : null;
  if (!encryptionKey) problems.push('ENCRYPTION_KEY: expected 32 random bytes, base64-encoded');
  else if (encryptionKey.every((b) => b === encryptionKey[0])) {
    problems.push('ENCRYPTION_KEY: expected 32 random bytes, not a repeated byte');
  }
  if (production) {
    // Generated secrets (outside production) are random; configured ones may be anything.
    // The key's bytes, not their base64: a repeated word stays a repeat only byte for byte.
    for (const [name, value] of [
      ['JWT_SECRET', jwtSecret],
      ['ENCRYPTION_KEY', encryptionKey?.toString('latin1')],
    ] as const) {
      if (value && estimatedSecretBits(value) < MIN_SECRET_BITS) {
        problems.push(
          `${name}: too easy to guess (repeats, sequences or common words): generate one, e.g. with \`openssl rand -base64 32\``,
        );
      }
    }
  }
  const seedDemo = e.SEED_DEMO ?? !e.DATABASE_URL;
  if (production && seedDemo && (e.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD) === DEFAULT_DEMO_PASSWORD) {
    problems.push(
      'SEED_DEMO: seeding the demo accounts in production needs DEMO_PASSWORD set to a password of your own (the default is public)',
    );
  }
  // Without Redis every worker counts rate limits and login failures on its own: N workers, N times the budget.
  const webConcurrency = e.WEB_CONCURRENCY ?? (production && e.REDIS_URL ? availableParallelism() : 1);
  if (production && webConcurrency > 1 && !e.REDIS_URL) {
    problems.push(
      'WEB_CONCURRENCY: more than one worker in production needs REDIS_URL (rate limits and login lockouts in memory are per worker)',
    );
  }
  if (e.SESSION_MAX_SECONDS < e.ACCESS_TOKEN_TTL_SECONDS) {
    problems.push('SESSION_MAX_SECONDS: expected at least ACCESS_TOKEN_TTL_SECONDS');
  }
  const signingKey = auditSigningKey(e, dataDir, production, problems);
  if (production && !e.AUDIT_CHECKPOINT_DIR)
    problems.push(
      'AUDIT_CHECKPOINT_DIR: expected a directory outside the database for the audit checkpoints (production needs one)',
    );
  if (production && e[SKIP_VISIBILITY_VARIABLE])
    problems.push(
      `${SKIP_VISIBILITY_VARIABLE}: a test-only switch that removes the visibility filter; never set it in production`,
    );
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL)
    problems.push("MIGRATION_DATABASE_URL: needs DATABASE_URL, the API's own role, beside it");
  if (problems.length > 0 || !jwtSecret || !encryptionKey || !signingKey) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }

  return {
    port: e.PORT,
    host: e.HOST,
    trustProxy: e.TRUST_PROXY,
    webConcurrency,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    dataDir,
    nodeEnv: e.NODE_ENV,
    jwtSecret,
    encryptionKey,
    demoPassword: e.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    seedDemo,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxRootFields: e.GRAPHQL_MAX_ROOT_FIELDS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxOperations: e.GRAPHQL_MAX_OPERATIONS,
    },
    corsOrigins: e.CORS_ORIGINS,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    anonymousRateLimitPerMinute: e.ANONYMOUS_RATE_LIMIT_PER_MINUTE,
    loginFailuresPerAddress: e.LOGIN_FAILURES_PER_ADDRESS,
    publicReadRateLimitPerMinute: e.PUBLIC_READ_RATE_LIMIT_PER_MINUTE,
    publicTipRateLimitPerHour: e.PUBLIC_TIP_RATE_LIMIT_PER_HOUR,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    tipFormUrl: e.TIP_FORM_URL,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionMaxSeconds: e.SESSION_MAX_SECONDS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    authCacheSeconds: e.AUTH_CACHE_SECONDS,
    auditReadsSynchronous: e.AUDIT_READS_SYNCHRONOUS,
    auditSigningKey: signingKey,
    auditCheckpointDir: resolve(e.AUDIT_CHECKPOINT_DIR ?? join(dataDir, 'audit-checkpoints')),
    auditCheckpointSeconds: e.AUDIT_CHECKPOINT_SECONDS,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    webhookRetryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
    webhookMaxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
    wsMaxConnections: e.WS_MAX_CONNECTIONS,
    shareExpiryCheckSeconds: e.SHARE_EXPIRY_CHECK_SECONDS,
    metricsToken: e.METRICS_TOKEN,
  };
}

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
