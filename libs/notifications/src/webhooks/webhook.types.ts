import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Connection, DateTimeScalar } from '@app/core';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('Webhook', { description: "An agency's endpoint for its notifications; the secret is never shown again." })
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('WebhookDelivery')
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => ID, { description: 'The same for every webhook an event went to; also the X-Frontera-Event-Id header.' })
  eventId: string;

  @Field()
  kind: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next attempt is due (PENDING).' })
  nextAttemptAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery', { totalCount: false }) {}

@ArgsType()
export class CreateWebhookArgs {
  @Field({ description: 'https:// (http://127.0.0.1 or http://localhost outside production, for tests)' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field({ description: 'At least 32 characters: signs every POST (X-Frontera-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">).' })
  @IsString()
  @MinLength(32)
  @MaxLength(200)
  secret: string;
}
