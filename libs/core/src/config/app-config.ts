import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a TCP port number' })
    .int('expected a TCP port number')
    .min(0, 'expected a TCP port number (0-65535)')
    .max(65535, 'expected a TCP port number (0-65535)')
    .default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'expected development, production or test' }).default('development'),
  JWT_SECRET: z.string().optional(),
  ENCRYPTION_KEY: z.string().optional(),
  DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters').default('frontera-demo'),
  SEED_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export interface AppConfig {
  port: number;
  /** Unset: the app starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  jwtSecret: string;
  /** 32 bytes for AES-256-GCM. */
  encryptionKey: Buffer;
  demoPassword: string;
  seedDemo: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
}

export class ConfigError extends Error {}

const MIN_JWT_SECRET_LENGTH = 32;

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
  if (problems.length > 0 || !jwtSecret || !encryptionKey) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }

  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    nodeEnv: e.NODE_ENV,
    jwtSecret,
    encryptionKey,
    demoPassword: e.DEMO_PASSWORD,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
  };
}

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
