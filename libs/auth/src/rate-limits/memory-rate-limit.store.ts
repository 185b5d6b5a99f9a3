import { OnModuleDestroy } from '@nestjs/common';
import { RateLimitRecord, RateLimitStore } from './rate-limit-store';

interface Entry {
  hits: number;
  windowEnds: number;
  blockedUntil: number;
}

const SWEEP_MS = 60_000;
const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** One instance only: each API process counts for itself. */
export class MemoryRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_MS).unref();

  async increment(key: string, ttlMs: number, limit: number, blockDurationMs: number): Promise<RateLimitRecord> {
    const now = Date.now();
    let entry = this.entries.get(key);
    if (entry && entry.blockedUntil > now) {
      return {
        totalHits: entry.hits,
        timeToExpire: seconds(entry.windowEnds - now),
        isBlocked: true,
        timeToBlockExpire: seconds(entry.blockedUntil - now),
      };
    }
    if (!entry || entry.windowEnds <= now) {
      entry = { hits: 0, windowEnds: now + ttlMs, blockedUntil: 0 };
      this.entries.set(key, entry);
    }
    entry.hits += 1;
    if (entry.hits > limit) {
      // Blocked: a fresh window starts when the block ends.
      entry.blockedUntil = now + blockDurationMs;
      entry.windowEnds = entry.blockedUntil;
      const hits = entry.hits;
      entry.hits = 0;
      return {
        totalHits: hits,
        timeToExpire: seconds(ttlMs),
        isBlocked: true,
        timeToBlockExpire: seconds(blockDurationMs),
      };
    }
    return {
      totalHits: entry.hits,
      timeToExpire: seconds(entry.windowEnds - now),
      isBlocked: false,
      timeToBlockExpire: 0,
    };
  }

  async blockedSeconds(key: string): Promise<number> {
    const entry = this.entries.get(key);
    return entry ? seconds(entry.blockedUntil - Date.now()) : 0;
  }

  async reset(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) entry.hits = 0;
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (entry.windowEnds <= now && entry.blockedUntil <= now) this.entries.delete(key);
    }
  }
}
