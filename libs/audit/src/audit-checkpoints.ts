import { createHash, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The chain's head at one moment: its last sealed row. */
export interface ChainHead {
  position: number;
  rowId: string;
  hash: Buffer;
}

/** A signed statement "the chain had this head at signedAt", kept outside the database. */
export interface Checkpoint {
  position: number;
  rowId: string;
  /** hex */
  hash: string;
  signedAt: string;
  /** Which key signed it: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
  key: string;
  /** base64 Ed25519 signature of `signedText`. */
  signature: string;
}

/** A line of a checkpoint file that is not a valid checkpoint signed by the configured key. */
export interface InvalidCheckpoint {
  file: string;
  line: number;
  reason: string;
}

const FILE = /^audit-checkpoints-\d{4}-\d{2}-\d{2}\.jsonl$/;

function keyId(key: KeyObject): string {
  return createHash('sha256')
    .update(createPublicKey(key).export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Exactly what is signed: the fields in a fixed order. */
function signedText(c: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(JSON.stringify([c.position, c.rowId, c.hash, c.signedAt, c.key]), 'utf8');
}

/**
 * Signed checkpoints of the audit chain's head, one JSON line each, in one file per UTC day
 * (`audit-checkpoints-YYYY-MM-DD.jsonl`) of AUDIT_CHECKPOINT_DIR. Rows removed from the end of
 * the table (which the chain alone cannot show) are found against the latest checkpoint.
 */
export class AuditCheckpoints {
  private readonly publicKey: KeyObject;
  private readonly key: string;

  constructor(
    private readonly dir: string,
    private readonly signingKey: KeyObject,
  ) {
    this.publicKey = createPublicKey(signingKey);
    this.key = keyId(signingKey);
  }

  /** Appends a checkpoint of `head` and flushes it to the disk. */
  async write(head: ChainHead, now = new Date()): Promise<Checkpoint> {
    const unsigned = {
      position: head.position,
      rowId: head.rowId,
      hash: head.hash.toString('hex'),
      signedAt: now.toISOString(),
      key: this.key,
    };
    const checkpoint: Checkpoint = {
      ...unsigned,
      signature: sign(null, signedText(unsigned), this.signingKey).toString('base64'),
    };
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = await open(join(this.dir, `audit-checkpoints-${checkpoint.signedAt.slice(0, 10)}.jsonl`), 'a', 0o600);
    try {
      await file.write(`${JSON.stringify(checkpoint)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    return checkpoint;
  }

  /** Every checkpoint in the directory, checked against the key; any other line is reported. */
  async read(): Promise<{ checkpoints: Checkpoint[]; invalid: InvalidCheckpoint[] }> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => FILE.test(name)).sort();
    const checkpoints: Checkpoint[] = [];
    const invalid: InvalidCheckpoint[] = [];
    for (const name of names) {
      const lines = (await readFile(join(this.dir, name), 'utf8')).split('\n');
      lines.forEach((text, index) => {
        if (text.trim() === '') return;
        const reason = this.problemWith(text);
        if (typeof reason === 'string') invalid.push({ file: name, line: index + 1, reason });
        else checkpoints.push(reason);
      });
    }
    return { checkpoints, invalid };
  }

  private problemWith(text: string): Checkpoint | string {
    let c: Checkpoint;
    try {
      c = JSON.parse(text) as Checkpoint;
    } catch {
      return 'not JSON';
    }
    if (
      !Number.isSafeInteger(c.position) ||
      typeof c.rowId !== 'string' ||
      typeof c.hash !== 'string' ||
      typeof c.signedAt !== 'string' ||
      typeof c.signature !== 'string'
    ) {
      return 'not a checkpoint';
    }
    if (c.key !== this.key) return `signed by another key (${String(c.key)}), not the configured one (${this.key})`;
    return verify(null, signedText(c), this.publicKey, Buffer.from(c.signature, 'base64'))
      ? c
      : 'the signature does not match';
  }
}
