import { EventEmitter, on } from 'node:events';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseListener, RequestContext, SessionActors } from '@app/auth';
import { isUuid, LOGGER, Logger } from '@app/core';
import { NotificationEntity } from './notification.entity';

/** The channel the notifications table's trigger notifies at commit: `<notification id>:<recipient user id>`. */
export const NOTIFICATION_CHANNEL = 'frontera_notification_added';

export interface NotificationEvent {
  notificationAdded: NotificationEntity;
}

/**
 * Fans notifications out to this instance's live subscriptions: PostgreSQL tells every instance
 * of each one committed (DatabaseListener), and an instance with a subscription of its recipient
 * reads it once and hands it over. Before each delivery the subscriber's session and ability are
 * taken as they are now: a disabled user's subscription ends, and only what the ability lets the
 * subscriber read goes out.
 */
@Injectable()
export class NotificationHub {
  private readonly subscribers = new EventEmitter().setMaxListeners(0);

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly actors: SessionActors,
    listener: DatabaseListener,
  ) {
    listener.on(NOTIFICATION_CHANNEL, (payload) => void this.heard(payload));
  }

  /** The subscription of the actor of `ctx`: its own notifications from now on, until it ends or its session does. */
  subscribe(ctx: RequestContext): AsyncIterableIterator<NotificationEvent> {
    const actor = ctx.requiredActor;
    const source = on(this.subscribers, actor.id) as AsyncIterableIterator<[NotificationEntity]>;
    const end = async (): Promise<IteratorResult<NotificationEvent>> => {
      await source.return?.();
      return { done: true, value: undefined };
    };
    const next = async (): Promise<IteratorResult<NotificationEvent>> => {
      for (;;) {
        const heard = await source.next();
        if (heard.done) return { done: true, value: undefined };
        const [row] = heard.value;
        const current = await this.actors.refreshed(actor);
        if (!current) return end();
        if (current.can('read', 'Notification', row)) return { done: false, value: { notificationAdded: row } };
      }
    };
    return {
      next,
      return: end,
      throw: end,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private async heard(payload: string): Promise<void> {
    const [id, recipient] = payload.split(':');
    if (!isUuid(id) || this.subscribers.listenerCount(recipient) === 0) return;
    try {
      const row = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id });
      if (row) this.subscribers.emit(row.recipientUserId, row);
    } catch (error) {
      this.logger.warn({ err: error, notificationId: id }, 'A notification could not be read for its subscribers');
    }
  }
}
