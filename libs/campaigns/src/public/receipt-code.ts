import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16; // 80 random bits
const GROUP = 4;
const NORMALIZED = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

/** A new receipt code: 80 bits from the system CSPRNG as 16 base32 characters, grouped `7KQ4-M2XD-9TBR-C5HW`. */
export function newReceiptCode(): string {
  let bits = BigInt(`0x${randomBytes((CODE_LENGTH * 5) / 8).toString('hex')}`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/**
 * The canonical form of a code as a person may type it back (any case, with or without
 * dashes or spaces, O for 0 and I or L for 1), or null when it cannot be a receipt code.
 */
export function normalizeReceiptCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return NORMALIZED.test(code) ? code : null;
}

/** What is stored and looked up: the SHA-256 of the canonical code (80 random bits need no salt). */
export function receiptHash(normalized: string): Buffer {
  return createHash('sha256').update(normalized, 'utf8').digest();
}
