import { createPrivateKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXPECTED = 'expected an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)';

/** The key, or why not. `\n` written out (one-line environments) reads as a line break. */
function parsePem(pem: string): KeyObject | string {
  try {
    const key = createPrivateKey(pem.replace(/\\n/g, '\n'));
    return key.asymmetricKeyType === 'ed25519' ? key : `${EXPECTED}, not ${key.asymmetricKeyType}`;
  } catch {
    return EXPECTED;
  }
}

/**
 * The Ed25519 key that signs the audit chain's checkpoints, kept outside the database:
 * `AUDIT_SIGNING_KEY` (the PEM itself) or `AUDIT_SIGNING_KEY_FILE` (a path to it). Outside
 * production a missing one is generated once into DATA_DIR, like the other secrets.
 */
export function auditSigningKey(
  env: { AUDIT_SIGNING_KEY?: string; AUDIT_SIGNING_KEY_FILE?: string },
  dataDir: string,
  production: boolean,
  problems: string[],
): KeyObject | null {
  if (env.AUDIT_SIGNING_KEY && env.AUDIT_SIGNING_KEY_FILE) {
    problems.push('AUDIT_SIGNING_KEY: set it or AUDIT_SIGNING_KEY_FILE, not both');
    return null;
  }
  let name = 'AUDIT_SIGNING_KEY';
  let pem = env.AUDIT_SIGNING_KEY;
  if (env.AUDIT_SIGNING_KEY_FILE) {
    name = 'AUDIT_SIGNING_KEY_FILE';
    if (!existsSync(env.AUDIT_SIGNING_KEY_FILE)) {
      problems.push(`AUDIT_SIGNING_KEY_FILE: expected a readable file, found none at ${env.AUDIT_SIGNING_KEY_FILE}`);
      return null;
    }
    pem = readFileSync(env.AUDIT_SIGNING_KEY_FILE, 'utf8');
  } else if (!pem && !production) {
    const file = join(dataDir, 'audit-signing-key.pem');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), {
        mode: 0o600,
      });
    }
    pem = readFileSync(file, 'utf8');
  }
  if (!pem) {
    problems.push(
      `AUDIT_SIGNING_KEY: ${EXPECTED}, or AUDIT_SIGNING_KEY_FILE naming a file that holds one (production needs one)`,
    );
    return null;
  }
  const key = parsePem(pem);
  if (typeof key === 'string') {
    problems.push(`${name}: ${key}`);
    return null;
  }
  return key;
}
