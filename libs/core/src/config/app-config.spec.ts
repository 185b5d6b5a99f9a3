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
