export * from './notification-kind';
export * from './notification.entity';
export * from './notifications.module';
export type { LocalizedText, Notice } from './notifications.service';
export { NotificationsService } from './notifications.service';
export * from './webhooks/webhook.entity';
export * from './webhooks/webhook-delivery.entity';
export { webhookSignature, SIGNATURE_HEADER } from './webhooks/webhook-signature';

import { NotificationEntity } from './notification.entity';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity';
import { WebhookEntity } from './webhooks/webhook.entity';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity, WebhookEntity, WebhookDeliveryEntity];
