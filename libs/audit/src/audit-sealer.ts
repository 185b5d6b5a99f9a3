import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, LOGGER, Logger } from '@app/core';
import { AuditChainService, SEAL_BATCH } from './audit-chain.service';
import { AuditCheckpoints } from './audit-checkpoints';

const SEAL_EVERY_MS = 1_000;

/**
 * Seals appended audit rows into the chain in the background, once a second, as many batches
 * as it takes: heavy audited reading (a page of 50 shared records writes ~100 rows) can append
 * more than one batch a second, and the chain must not fall ever further behind. Every
 * AUDIT_CHECKPOINT_SECONDS (and at shutdown) it signs the chain's head into AUDIT_CHECKPOINT_DIR
 * when the head has moved since the last checkpoint.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly checkpoints: AuditCheckpoints;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopping = false;
  private lastCheckpointAt = Date.now();
  private lastCheckpointPosition = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly chain: AuditChainService,
  ) {
    this.checkpoints = new AuditCheckpoints(config.auditCheckpointDir, config.auditSigningKey);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // a tick while a long backlog is being sealed has nothing to add
      if (this.running) return;
      this.running = this.tick()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'audit sealing failed; retrying'))
        .finally(() => (this.running = null));
    }, SEAL_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    // What was sealed last goes into a checkpoint, so rows removed while the API is down show.
    await this.chain
      .seal()
      .then(() => this.checkpoint())
      .catch((error: unknown) => this.logger.warn({ err: error }, 'audit sealing and checkpoint at shutdown failed'));
  }

  private async tick(): Promise<void> {
    // Batch after batch until the chain has caught up (or the process stops).
    while (!this.stopping && (await this.chain.seal()) === SEAL_BATCH) {
      // a full batch: more may be waiting
    }
    if (Date.now() - this.lastCheckpointAt >= this.config.auditCheckpointSeconds * 1000) await this.checkpoint();
  }

  private async checkpoint(): Promise<void> {
    this.lastCheckpointAt = Date.now();
    const head = await this.chain.head();
    if (!head || head.position === this.lastCheckpointPosition) return;
    await this.checkpoints.write(head);
    this.lastCheckpointPosition = head.position;
  }
}
