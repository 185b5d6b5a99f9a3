import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/core';
import { DatabaseListener } from './database-listener';

/** The channel the AuthChangeNotifications migration's triggers notify. */
export const AUTH_CHANGED_CHANNEL = 'frontera_auth_changed';
const MAX_ENTRIES = 10_000;

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * What every request would otherwise read again: its session check and its CASL ability (built
 * from the agreements in force). Both change rarely, and a stale one is a leak, so an entry is
 * dropped by whichever comes first:
 * - a change in PostgreSQL to sessions, users, agencies or agreements, from any process: the
 *   tables' triggers NOTIFY `frontera_auth_changed` at commit and this process LISTENs (DatabaseListener);
 * - an operation marked @DropsAuthCache() in this process (AuthStateInterceptor), so a client reads its own change
 *   without waiting for the notification;
 * - AUTH_CACHE_SECONDS (and the session's own expiry), for what changes with the clock alone:
 *   an agreement's last valid day.
 * Without a live LISTEN connection nothing is cached; shares are never cached (every query
 * reads them). A load that overlaps an invalidation is used but not kept.
 */
@Injectable()
export class AuthStateCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly listener: DatabaseListener,
  ) {
    if (config.authCacheSeconds === 0) return;
    listener.on(AUTH_CHANGED_CHANNEL, () => this.invalidate());
    // listening again or no longer: whatever changed meanwhile went unheard
    listener.onStateChange(() => this.invalidate());
  }

  private get caching(): boolean {
    return this.config.authCacheSeconds > 0 && this.listener.listening;
  }

  /** The cached value for `key`, or `load()`'s, kept when not null until `expiresAt` (ms) at the latest. */
  async remember<T>(key: string, load: () => Promise<T>, expiresAt?: (value: NonNullable<T>) => number): Promise<T> {
    if (!this.caching) return load();
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value as T;
    const generation = this.generation;
    const value = await load();
    if (value !== null && generation === this.generation && this.caching) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      const ttlEnd = now + this.config.authCacheSeconds * 1000;
      this.entries.set(key, { value, expiresAt: Math.min(ttlEnd, expiresAt?.(value as NonNullable<T>) ?? ttlEnd) });
    }
    return value;
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
