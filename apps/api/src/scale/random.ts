/**
 * A seeded pseudo-random generator (sfc32): the same seed gives the same data set on every
 * machine and Node version, which Math.random cannot promise.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    this.a = 0x9e3779b9 ^ stream;
    this.b = 0x243f6a88 ^ Math.imul(stream, 0x85ebca6b);
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // warm up: the first outputs of sfc32 still show the seed
    for (let i = 0; i < 15; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.int(copy.length - i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** An index into `weights`, with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let roll = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) return i;
    }
    return weights.length - 1;
  }
}

/** A 32-bit hash of a few integers (murmur3's finalizer): stable ids without storing them. */
export function hash32(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

const hex8 = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

/**
 * A UUIDv7 (time-ordered, like `newId`) whose timestamp is `at` and whose random bits are a
 * hash of (seed, table, index): record `index` of a table has the same id in every run with
 * the same seed, so records can be linked and shared by index without keeping their ids.
 */
export function seededId(seed: number, table: number, index: number, at: number): string {
  const high = Math.floor(at / 0x10000);
  const low = at % 0x10000;
  const r1 = hash32(seed, table, index, 1);
  const r2 = hash32(seed, table, index, 2);
  const r3 = hash32(seed, table, index, 3);
  const time = hex8(high) + low.toString(16).padStart(4, '0');
  const version = (0x7000 | (r1 & 0x0fff)).toString(16);
  const variant = (0x8000 | ((r1 >>> 12) & 0x3fff)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${version}-${variant}-${(r2 & 0xffff).toString(16).padStart(4, '0')}${hex8(r3)}`;
}
