import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AuthModule } from '@app/auth';
import { NotificationHub } from './notification-hub';
import { NotificationRulesContributor } from './notification-rules.contributor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { WebhookDeliveriesService } from './webhooks/webhook-deliveries.service';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { WebhooksService } from './webhooks/webhooks.service';

/** Notifications (the table, the list, the graphql-ws subscription across instances) and the agencies' webhooks. */
@Module({
  imports: [AuthModule],
  providers: [
    NotificationRulesContributor,
    NotificationsService,
    NotificationHub,
    NotificationsResolver,
    WebhookDeliveriesService,
    WebhooksService,
    WebhooksResolver,
    WebhookDispatcher,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly rules: NotificationRulesContributor,
  ) {}

  onModuleInit(): void {
    this.abilities.addContributor(this.rules);
  }
}
