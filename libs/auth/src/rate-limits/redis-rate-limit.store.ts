import { OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimitRecord, RateLimitStore } from './rate-limit-store';

// One round trip, atomic across instances: KEYS[1] the hit counter, KEYS[2] the block marker;
// ARGV window ms, limit, block ms. Same semantics as the in-memory store.
const INCREMENT = `
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blockTtl}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}
`;

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * Shared by every API instance using the same Redis and key prefix. Redis errors fail the
 * request (INTERNAL_SERVER_ERROR) rather than letting it through unlimited.
 */
export class RedisRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(url: string, keyPrefix: string) {
    super();
    this.redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 2, enableAutoPipelining: true });
    this.redis.defineCommand('fronteraRateLimit', { numberOfKeys: 2, lua: INCREMENT });
  }

  async increment(key: string, ttlMs: number, limit: number, blockDurationMs: number): Promise<RateLimitRecord> {
    const run = (this.redis as unknown as { fronteraRateLimit: (...args: (string | number)[]) => Promise<number[]> })
      .fronteraRateLimit;
    const [hits, ttl, blocked, blockTtl] = await run.call(
      this.redis,
      `rl:${key}`,
      `rl:${key}:blocked`,
      ttlMs,
      limit,
      blockDurationMs,
    );
    return {
      totalHits: hits,
      timeToExpire: seconds(ttl),
      isBlocked: blocked === 1,
      timeToBlockExpire: seconds(blockTtl),
    };
  }

  async blockedSeconds(key: string): Promise<number> {
    return seconds(await this.redis.pttl(`rl:${key}:blocked`));
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`rl:${key}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
