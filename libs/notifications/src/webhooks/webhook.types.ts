import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Connection, DateTimeScalar } from '@app/core';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesMap: {
    PENDING: { description: 'Not delivered yet: the next attempt is due at nextAttemptAt.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up after WEBHOOK_MAX_ATTEMPTS attempts (or the webhook was deleted).' },
  },
});

@ObjectType('Webhook', { description: "An agency's endpoint for its notifications; the secret is never shown again." })
export class Webhook {
  @Field(() => ID, { description: 'The webhook.' })
  id: string;

  @Field({ description: 'Where the events are POSTed.' })
  url: string;

  @Field(() => DateTimeScalar, { description: 'When it was registered.' })
  createdAt: Date;
}

@ObjectType('WebhookDelivery', { description: 'One event for one webhook, and what became of it.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery (the X-Frontera-Delivery header).' })
  id: string;

  @Field(() => ID, { description: 'The webhook it went to.' })
  webhookId: string;

  @Field(() => ID, { description: 'The same for every webhook an event went to; also the X-Frontera-Event-Id header.' })
  eventId: string;

  @Field({ description: "The event's NotificationKind (the X-Frontera-Event header)." })
  kind: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'How many POSTs were made.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when none came.' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null after a success.' })
  lastError: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next attempt is due (PENDING).' })
  nextAttemptAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the event happened (with its notification).' })
  createdAt: Date;
}

@ObjectType('WebhookDeliveryConnection', { description: "A page of a webhook's delivery log." })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery', { totalCount: false }) {}

@ArgsType()
export class CreateWebhookArgs {
  @Field({ description: 'https:// (http://127.0.0.1 or http://localhost outside production, for tests)' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field({
    description:
      'At least 32 characters: signs every POST (X-Frontera-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">).',
  })
  @IsString()
  @MinLength(32)
  @MaxLength(200)
  secret: string;
}
