import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Logger, LOGGER } from '@app/core';

/** The channel the AuthChangeNotifications migration's triggers notify. */
export const AUTH_CHANGED_CHANNEL = 'frontera_auth_changed';
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * What every request would otherwise read again: its session check and its CASL ability (built
 * from the agreements in force). Both change rarely, and a stale one is a leak, so an entry is
 * dropped by whichever comes first:
 * - a change in PostgreSQL to sessions, users, agencies or agreements, from any process: the
 *   tables' triggers NOTIFY `frontera_auth_changed` at commit and this process LISTENs;
 * - an operation marked @DropsAuthCache() in this process (AuthStateInterceptor), so a client reads its own change
 *   without waiting for the notification;
 * - AUTH_CACHE_SECONDS (and the session's own expiry), for what changes with the clock alone:
 *   an agreement's last valid day.
 * Without a live LISTEN connection nothing is cached; shares are never cached (every query
 * reads them). A load that overlaps an invalidation is used but not kept.
 */
@Injectable()
export class AuthStateCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private listener: Client | null = null;
  private stopped = false;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.authCacheSeconds > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** The cached value for `key`, or `load()`'s, kept when not null until `expiresAt` (ms) at the latest. */
  async remember<T>(key: string, load: () => Promise<T>, expiresAt?: (value: NonNullable<T>) => number): Promise<T> {
    if (!this.listener) return load();
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value as T;
    const generation = this.generation;
    const value = await load();
    if (value !== null && generation === this.generation && this.listener) {
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

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('notification', () => this.invalidate());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANGED_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(error);
      return;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    this.invalidate();
    this.listener = client;
  }

  /** Changes may now go unheard: cache nothing until listening again. */
  private lost(client: Client, error?: unknown): void {
    if (this.listener !== client) return;
    this.listener = null;
    this.invalidate();
    this.retry(error);
  }

  private retry(error?: unknown): void {
    if (this.stopped || this.reconnect) return;
    this.logger.warn({ err: error }, 'No auth change listener: not caching sessions and abilities until it is back');
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.listen();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
