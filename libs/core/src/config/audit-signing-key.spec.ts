import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'frontera-audit-config-'));
const secrets = {
  JWT_SECRET: 'k4Jq9vR2mX7tB1wZ8nC5yH3pL6sD0fGa',
  ENCRYPTION_KEY: Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7)).toString('base64'),
};
const pem = (type: 'ed25519' | 'ed448' = 'ed25519') =>
  generateKeyPairSync(type as 'ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

describe('audit settings', () => {
  it('generate a signing key once into DATA_DIR outside production, and keep checkpoints there by default', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir, ...secrets });
    const second = loadConfig({ DATA_DIR: dir, ...secrets });
    expect(first.auditSigningKey.asymmetricKeyType).toBe('ed25519');
    expect(first.auditSigningKey.export({ type: 'pkcs8', format: 'pem' })).toEqual(
      second.auditSigningKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    expect(statSync(join(dir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(first.auditCheckpointDir).toBe(join(dir, 'audit-checkpoints'));
    expect(first.auditCheckpointSeconds).toBe(60);
  });

  it('read the key from AUDIT_SIGNING_KEY (PEM, also with \\n written out) or from AUDIT_SIGNING_KEY_FILE', () => {
    const key = pem();
    const inline = loadConfig({ DATA_DIR: dataDir(), ...secrets, AUDIT_SIGNING_KEY: key.replace(/\n/g, '\\n') });
    expect(inline.auditSigningKey.export({ type: 'pkcs8', format: 'pem' })).toBe(key);
    const file = join(dataDir(), 'key.pem');
    writeFileSync(file, key);
    expect(
      loadConfig({ DATA_DIR: dataDir(), ...secrets, AUDIT_SIGNING_KEY_FILE: file }).auditSigningKey.export({
        type: 'pkcs8',
        format: 'pem',
      }),
    ).toBe(key);
    expect(readFileSync(file, 'utf8')).toBe(key);
  });

  it('name what is wrong', () => {
    const base = { DATA_DIR: dataDir(), ...secrets };
    expect(() => loadConfig({ ...base, AUDIT_SIGNING_KEY: 'not a key' })).toThrow(
      /AUDIT_SIGNING_KEY: expected an Ed25519 private key in PEM/,
    );
    expect(() =>
      loadConfig({
        ...base,
        AUDIT_SIGNING_KEY: generateKeyPairSync('rsa', { modulusLength: 1024 })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      }),
    ).toThrow(/AUDIT_SIGNING_KEY: expected an Ed25519 private key in PEM .*, not rsa/);
    expect(() => loadConfig({ ...base, AUDIT_SIGNING_KEY_FILE: '/nonexistent/key.pem' })).toThrow(
      /AUDIT_SIGNING_KEY_FILE: expected a readable file/,
    );
    expect(() => loadConfig({ ...base, AUDIT_SIGNING_KEY: pem(), AUDIT_SIGNING_KEY_FILE: '/x' })).toThrow(
      /set it or AUDIT_SIGNING_KEY_FILE, not both/,
    );
    expect(() => loadConfig({ ...base, AUDIT_CHECKPOINT_SECONDS: '0' })).toThrow(
      /AUDIT_CHECKPOINT_SECONDS: expected a whole number of at least 1/,
    );
  });

  it('are required in production: the key outside the database, and where checkpoints go', () => {
    const production = { DATA_DIR: dataDir(), NODE_ENV: 'production', SEED_DEMO: 'false', ...secrets };
    expect(() => loadConfig(production)).toThrow(/AUDIT_SIGNING_KEY: .*production needs one/);
    expect(() => loadConfig(production)).toThrow(/AUDIT_CHECKPOINT_DIR: .*production needs one/);
    const dir = dataDir();
    const config = loadConfig({ ...production, AUDIT_SIGNING_KEY: pem(), AUDIT_CHECKPOINT_DIR: dir });
    expect(config.auditCheckpointDir).toBe(dir);
  });
});
