import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOGGER, Logger } from '@app/core';
import { AuditLogService, SEAL_BATCH } from './audit-log.service';

const SEAL_EVERY_MS = 1_000;

/**
 * Seals appended audit rows into the chain in the background, once a second, as many batches
 * as it takes: heavy audited reading (a page of 50 shared records writes ~100 rows) can append
 * more than one batch a second, and the chain must not fall ever further behind.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopping = false;

  constructor(
    private readonly auditLog: AuditLogService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // a tick while a long backlog is being sealed has nothing to add
      if (this.running) return;
      this.running = this.sealBacklog()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'audit sealing failed; retrying'))
        .finally(() => (this.running = null));
    }, SEAL_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Batch after batch until the chain has caught up (or the process stops). */
  private async sealBacklog(): Promise<void> {
    while (!this.stopping && (await this.auditLog.seal()) === SEAL_BATCH) {
      // a full batch: more may be waiting
    }
  }
}
