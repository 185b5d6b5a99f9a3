import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateTimeScalar, RecordType } from '@app/core';
import { NotificationKind } from './notification-kind';

@ObjectType('Notification', {
  description: 'Names the record and the request, never their content: open them to read what you may.',
})
export class Notification {
  @Field(() => ID, { description: 'The notification (markNotificationsRead).' })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When it was written (with what caused it).' })
  at: Date;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind: NotificationKind;

  @Field(() => RecordType, { nullable: true, description: 'The type of the record it names, if any.' })
  recordType: RecordType | null;

  @Field(() => ID, { nullable: true, description: 'The record it names, if any (open it to read what you may).' })
  recordId: string | null;

  @Field(() => ID, { nullable: true, description: 'The sharing request it names, if any.' })
  sharingRequestId: string | null;

  @Field({
    description: "A short sentence in your language, naming agencies and the record's type, never its content.",
  })
  message: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt: Date | null;
}

@ObjectType('NotificationConnection', { description: 'A page of your notifications.' })
export class NotificationConnection extends Connection(Notification, 'Notification', { totalCount: false }) {}
