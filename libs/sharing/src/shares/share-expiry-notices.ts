import { createMongoAbility } from '@casl/ability';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppAbility, RequestContext } from '@app/auth';
import { APP_CONFIG, AppConfig, BACKGROUND_SQL, CursorCodec, LOGGER, Logger, RecordType } from '@app/core';
import { ShareNotifications } from './share-notifications';

const BATCH = 500;

interface Expiring {
  id: string;
  record_type: RecordType;
  record_id: string;
  provider_agency_id: string;
  recipient_agency_id: string;
  requested_by: string | null;
  expires_at: Date;
  days: 1 | 7;
}

/**
 * SHARE_EXPIRING, every SHARE_EXPIRY_CHECK_SECONDS: approved shares ending within 7 days get the
 * 7-day notice, within a day the 1-day one, each once (the notifications' once key). One instance
 * at a time (a transaction-scoped advisory lock); another one skips the round.
 */
@Injectable()
export class ShareExpiryNotices implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly notices: ShareNotifications,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.shareExpiryCheckSeconds * 1000);
    this.timer.unref();
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run()
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn({ err: error }, 'The share expiry notices could not be sent this round'),
      )
      .finally(() => (this.running = null));
  }

  /** Sends what is due; returns how many shares were looked at. */
  async run(): Promise<number> {
    // A query runner of its own, its statements tagged: the job belongs to no request.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`${BACKGROUND_SQL} BEGIN`);
      const sent = await this.sendDue(runner.manager);
      await runner.query(`${BACKGROUND_SQL} COMMIT`);
      return sent;
    } catch (error) {
      await runner.query(`${BACKGROUND_SQL} ROLLBACK`);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async sendDue(manager: EntityManager): Promise<number> {
    const [{ locked }] = (await manager.query(
      `${BACKGROUND_SQL} SELECT pg_try_advisory_xact_lock(hashtext('frontera_share_expiry_notices')) AS locked`,
    )) as { locked: boolean }[];
    if (!locked) return 0;
    const due: Expiring[] = await manager.query(
      `${BACKGROUND_SQL} SELECT s.id, s.record_type, s.record_id, s.provider_agency_id, s.recipient_agency_id, s.requested_by, s.expires_at,
              CASE WHEN s.expires_at <= now() + interval '1 day' THEN 1 ELSE 7 END AS days
         FROM shares s
        WHERE s.status = 'APPROVED' AND s.expires_at > now() AND s.expires_at <= now() + interval '7 days'
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.sharing_request_id = s.id AND n.kind = 'SHARE_EXPIRING'
                          AND n.once_key = 'expiring:' || (CASE WHEN s.expires_at <= now() + interval '1 day' THEN 1 ELSE 7 END) || ':' || s.id)
        ORDER BY s.expires_at LIMIT $1`,
      [BATCH],
    );
    // nobody acts: the job's context may do nothing but write notifications
    const ctx = new RequestContext(
      null,
      createMongoAbility([]) as AppAbility,
      manager,
      `share-expiry-${Date.now()}`,
      new CursorCodec(this.config.encryptionKey),
    );
    for (const row of due) {
      await this.notices.expiring(
        ctx,
        {
          id: row.id,
          recordType: row.record_type,
          recordId: row.record_id,
          providerAgencyId: row.provider_agency_id,
          recipientAgencyId: row.recipient_agency_id,
          requestedBy: row.requested_by,
          expiresAt: row.expires_at,
        },
        Number(row.days) === 1 ? 1 : 7,
      );
    }
    return due.length;
  }
}
