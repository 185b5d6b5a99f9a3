import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { LOGGER, Logger } from '@app/core';

const RECONNECT_MS = 1_000;

type NotificationHandler = (payload: string) => void;
type StateHandler = (listening: boolean) => void;

/**
 * This process's one PostgreSQL LISTEN connection, shared by everything that hears about
 * commits of other processes: the auth state cache (`frontera_auth_changed`), notifications
 * and webhooks. PostgreSQL delivers a NOTIFY only once its transaction commits. Handlers are
 * registered before the application starts; a lost connection is told to every state handler
 * (nothing heard meanwhile) and retried every second.
 */
@Injectable()
export class DatabaseListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly channels = new Map<string, NotificationHandler[]>();
  private readonly stateHandlers: StateHandler[] = [];
  private client: Client | null = null;
  private stopped = false;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {}

  /** Calls `handler` with the payload of every NOTIFY on `channel` (from any process). */
  on(channel: string, handler: NotificationHandler): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    this.channels.set(channel, [...(this.channels.get(channel) ?? []), handler]);
  }

  /** Calls `handler(true)` once listening (again), `handler(false)` when the connection is lost. */
  onStateChange(handler: StateHandler): void {
    this.stateHandlers.push(handler);
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.channels.size > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('notification', ({ channel, payload }) => {
      for (const handler of this.channels.get(channel) ?? []) handler(payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query([...this.channels.keys()].map((channel) => `LISTEN ${channel}`).join('; '));
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(error);
      return;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    this.stateHandlers.forEach((handler) => handler(true));
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.stateHandlers.forEach((handler) => handler(false));
    this.retry(error);
  }

  private retry(error?: unknown): void {
    if (this.stopped || this.reconnect) return;
    this.logger.warn(
      { err: error },
      'No database listener (LISTEN): not caching sessions and abilities, and not hearing notifications of other instances until it is back',
    );
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.listen();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
