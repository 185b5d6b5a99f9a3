import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateTimeScalar, RecordType } from '@app/core';
import { NotificationKind } from './notification-kind';

@ObjectType('Notification', { description: 'Names the record and the request, never their content: open them to read what you may.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => RecordType, { nullable: true })
  recordType: RecordType | null;

  @Field(() => ID, { nullable: true })
  recordId: string | null;

  @Field(() => ID, { nullable: true })
  sharingRequestId: string | null;

  @Field()
  message: string;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(Notification, 'Notification', { totalCount: false }) {}
