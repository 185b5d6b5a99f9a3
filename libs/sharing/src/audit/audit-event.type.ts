import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { Connection, DateTimeScalar, RecordType } from '@app/core';

@ObjectType('AuditEvent')
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  /** READ_SHARED for a read of a shared record, or the operation that wrote. */
  @Field()
  action: string;

  @Field(() => ID, { nullable: true, description: 'The user or API key that acted.' })
  actorId: string | null;

  /** Resolved by AuditResolver. */
  @Field(() => Agency)
  actorAgency?: Agency;

  actorAgencyId: string;

  @Field(() => RecordType, { nullable: true })
  recordType: RecordType | null;

  @Field(() => ID, { nullable: true })
  recordId: string | null;

  /** JSON: e.g. the fields a shared read received. */
  @Field(() => String, { nullable: true })
  detail: string | null;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent', { totalCount: false }) {}
