import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';

/** A position value a cursor carries, checked against its kind when opened. */
export type CursorValueKind = 'uuid' | 'timestamptz' | 'real' | 'bigint' | 'text' | 'digits';
export type CursorValue = string | number;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGITS = /^\d{1,19}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function fits(kind: CursorValueKind, value: unknown): boolean {
  switch (kind) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamptz':
      return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
    case 'real':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bigint':
      return (
        (typeof value === 'number' && Number.isSafeInteger(value)) ||
        (typeof value === 'string' && /^-?\d{1,18}$/.test(value))
      );
    case 'text':
      return typeof value === 'string' && value.length <= 500;
    case 'digits':
      return typeof value === 'string' && DIGITS.test(value) && BigInt(value) <= 2n ** 63n - 1n;
  }
}

/**
 * The one cursor format of every list: the position (sort values, then the id) sealed with
 * AES-256-GCM under a key of the server's, bound to the list it came from. A client can neither
 * read a cursor (it never carries a value the viewer may not read in clear) nor forge one: any
 * cursor this list did not hand out answers BAD_USER_INPUT, never a database error. Sealing is
 * deterministic (the IV is a MAC of the position), so one position always reads the same.
 * Free of the framework (benchmarks and tests seal cursors with it too): what a refusal
 * throws is given (the API's: BAD_USER_INPUT on the argument).
 */
export class CursorCodec {
  private readonly encryptionKey: Buffer;
  private readonly ivKey: Buffer;

  constructor(
    secret: Buffer,
    private readonly refusal: (argument: string) => Error = (argument) =>
      new Error(`${argument}: is not a cursor this list returned`),
  ) {
    this.encryptionKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'frontera cursor encryption', 32));
    this.ivKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'frontera cursor iv', 32));
  }

  /** A cursor for `values` of the list `list` (a name that differs between lists of different shapes). */
  seal(list: string, values: CursorValue[]): string {
    const plain = Buffer.from(JSON.stringify(values), 'utf8');
    const iv = createHmac('sha256', this.ivKey).update(list).update('\0').update(plain).digest().subarray(0, IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv).setAAD(Buffer.from(list, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The position in `cursor`, each value of its kind; the refusal on `argument` for anything else. */
  open(list: string, cursor: string, kinds: CursorValueKind[], argument = 'after'): CursorValue[] {
    const refused = () => this.refusal(argument);
    const bytes = cursor.length <= 2048 ? Buffer.from(cursor, 'base64url') : Buffer.alloc(0);
    if (bytes.length <= IV_BYTES + TAG_BYTES) throw refused();
    let values: unknown;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, bytes.subarray(0, IV_BYTES)).setAAD(
        Buffer.from(list, 'utf8'),
      );
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      values = JSON.parse(
        Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8'),
      );
    } catch {
      throw refused();
    }
    if (!Array.isArray(values) || values.length !== kinds.length || !values.every((value, i) => fits(kinds[i], value)))
      throw refused();
    return values as CursorValue[];
  }
}
