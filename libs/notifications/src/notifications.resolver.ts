import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { PageArgs } from '@app/core';
import { NotificationEvent, NotificationHub } from './notification-hub';
import { Notification, NotificationConnection } from './notification.type';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly hub: NotificationHub,
  ) {}

  @Can('read', 'Notification')
  @Query(() => NotificationConnection, { description: 'Your own notifications, newest first.' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, description: 'Only those not marked read yet.' })
    unreadOnly: boolean | null,
    @Args() page: PageArgs,
  ): Promise<NotificationConnection> {
    return this.service.list(ctx, unreadOnly === true, page);
  }

  @Can('update', 'Notification')
  @Transactional()
  @Mutation(() => Int, {
    description: 'Marks your notifications among `ids` read; the answer is how many were unread.',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', {
      type: () => [ID],
      description: "Your notifications to mark (at most 100); anyone else's count as unknown.",
    })
    ids: string[],
  ): Promise<number> {
    return this.service.markRead(ctx, ids);
  }

  /** Over graphql-ws on /graphql, with `connectionParams: { authorization: "Bearer <accessToken>" }`. */
  @Can('read', 'Notification')
  @Subscription(() => Notification, { description: 'Your notifications as they are written, from any API instance.' })
  notificationAdded(@Ctx() ctx: RequestContext): AsyncIterableIterator<NotificationEvent> {
    return this.hub.subscribe(ctx);
  }
}
