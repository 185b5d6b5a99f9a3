import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseListener } from '@app/auth';
import { APP_CONFIG, AppConfig, BACKGROUND_SQL, FieldCipher, LOGGER, Logger } from '@app/core';
import { WebhookPoster } from './webhook-poster';
import { SIGNATURE_HEADER, webhookSignature } from './webhook-signature';
import { secretContext } from './webhooks.service';

/** The webhook_deliveries trigger notifies it at commit, so a new delivery goes out at once. */
export const WEBHOOK_DUE_CHANNEL = 'frontera_webhook_due';
/** Retries are found by polling this often. */
const POLL_MS = 5_000;
/** A claimed delivery is left alone by other instances this long (its POST times out sooner). */
const LEASE_SECONDS = 60;
const BATCH = 20;

interface Claimed {
  id: string;
  event_id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  webhook_id: string;
  secret_sealed: Buffer;
}

/**
 * POSTs pending webhook deliveries, from any instance: a delivery is claimed by one statement
 * (FOR UPDATE SKIP LOCKED, then a lease), so two instances never send the same attempt. A 2xx
 * answer delivers it; anything else is retried after WEBHOOK_RETRY_BASE_MS, doubling, until
 * WEBHOOK_MAX_ATTEMPTS, then FAILED. A URL whose host is, or resolves to, an internal address
 * (webhook-address.ts) is FAILED at once, never connected to nor retried. Every attempt's outcome
 * is in the delivery log.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly poster: WebhookPoster;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    listener: DatabaseListener,
  ) {
    listener.on(WEBHOOK_DUE_CHANNEL, () => this.wake());
    this.poster = new WebhookPoster(config.nodeEnv === 'production');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Webhook deliveries could not be sent now; retrying'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0 || this.stopped) return;
      await Promise.all(claimed.map((delivery) => this.send(delivery)));
    }
  }

  private async claim(): Promise<Claimed[]> {
    // tagged: the poll belongs to no request (query counts and plans leave it out)
    return this.dataSource
      .query(
        `${BACKGROUND_SQL} UPDATE webhook_deliveries d SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => $2)
         FROM webhooks w
        WHERE d.id IN (SELECT id FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          AND w.id = d.webhook_id
        RETURNING d.id, d.event_id, d.kind, d.payload, d.attempts, w.url, w.id AS webhook_id, w.secret_sealed`,
        [BATCH, LEASE_SECONDS],
      )
      .then((rows: Claimed[] | [Claimed[], number]) => (Array.isArray(rows[0]) ? rows[0] : rows) as Claimed[]);
  }

  private async send(delivery: Claimed): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    let statusCode: number | null = null;
    let error: string | null = null;
    let final = false;
    try {
      const secret = this.cipher.openJson<string>(delivery.secret_sealed, secretContext(delivery.webhook_id));
      const outcome = await this.poster.post(
        delivery.url,
        {
          'content-type': 'application/json',
          'user-agent': 'Frontera-Webhooks/1',
          'x-frontera-event': delivery.kind,
          'x-frontera-event-id': delivery.event_id,
          'x-frontera-delivery': delivery.id,
          [SIGNATURE_HEADER]: webhookSignature(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
      );
      if ('refused' in outcome) {
        // the same answer on every attempt: retrying would only knock on the same internal address
        error = `refused: ${outcome.refused}`;
        final = true;
      } else {
        statusCode = outcome.status;
        if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
      }
    } catch (failure) {
      error = (failure as Error).message.slice(0, 500);
    }
    if (!error) {
      await this.dataSource.query(
        `${BACKGROUND_SQL} UPDATE webhook_deliveries SET status = 'DELIVERED', delivered_at = now(), last_status_code = $2, last_error = NULL WHERE id = $1`,
        [delivery.id, statusCode],
      );
      return;
    }
    const giveUp = final || delivery.attempts >= this.config.webhookMaxAttempts;
    const backoffMs = this.config.webhookRetryBaseMs * 2 ** (delivery.attempts - 1);
    await this.dataSource.query(
      `${BACKGROUND_SQL} UPDATE webhook_deliveries SET status = $2, last_status_code = $3, last_error = $4, next_attempt_at = now() + make_interval(secs => $5) WHERE id = $1`,
      [delivery.id, giveUp ? 'FAILED' : 'PENDING', statusCode, error, backoffMs / 1000],
    );
  }
}
