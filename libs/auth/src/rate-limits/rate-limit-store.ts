import { ThrottlerStorage } from '@nestjs/throttler';

/** Counters behind every rate limit and login lockout: in memory, or in Redis when shared. */
export interface RateLimitRecord {
  totalHits: number;
  /** Seconds until the counting window ends. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until the block ends (0 when not blocked). */
  timeToBlockExpire: number;
}

export abstract class RateLimitStore implements ThrottlerStorage {
  /**
   * Counts one hit in a fixed window of `ttlMs`; once the hits exceed `limit` the key is
   * blocked for `blockDurationMs` (hits while blocked are not counted). Throttler semantics.
   */
  abstract increment(
    key: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
    throttlerName: string,
  ): Promise<RateLimitRecord>;

  /** Seconds the key stays blocked (0: open), without counting a hit. */
  abstract blockedSeconds(key: string): Promise<number>;

  /** Forgets the key's hits (not a running block). */
  abstract reset(key: string): Promise<void>;
}
