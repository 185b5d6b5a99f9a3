import { randomBytes } from 'node:crypto';

/**
 * A time-ordered UUID (RFC 9562 version 7): new rows sort after old ones, so "newest first"
 * lists page by the primary key alone and inserts stay at the right edge of the index.
 */
const RANDOM_POOL_BYTES = 4096;
let randomPool = Buffer.alloc(0);
let randomOffset = 0;

/** 16 fresh random bytes, cut from a pool drawn 4 KB at a time (a page of shared reads makes ~100 ids for its audit rows). */
function random16(): Buffer {
  if (randomOffset + 16 > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomOffset = 0;
  }
  randomOffset += 16;
  // each slice is handed out once, so it may be written to
  return randomPool.subarray(randomOffset - 16, randomOffset);
}

export function newId(at: number = Date.now()): string {
  const bytes = random16();
  bytes.writeUIntBE(at, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs answer like unknown ids, without reaching the database. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
