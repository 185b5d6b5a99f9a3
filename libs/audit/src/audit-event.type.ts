import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Agency, User } from '@app/auth';
import { Connection, DateTimeScalar, RecordType } from '@app/core';
import { AUDIT_OUTCOMES, AuditAction } from './audit-action';

@ObjectType('AuditEvent', {
  description: 'One entry of the audit log: who did what, when, to which record, and with what outcome.',
})
export class AuditEvent {
  @Field(() => ID, { description: "The event's id." })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at: Date;

  @Field({
    description: 'What was done: READ_SHARED (a read of a shared record), SUSPECT_UPDATED, SHARE_APPROVED, LOGIN, ...',
  })
  action: string;

  @Field({ description: 'SUCCESS, DENIED (refused) or FAILED.' })
  outcome: string;

  @Field(() => ID, { nullable: true, description: 'The user or API key that acted.' })
  actorId: string | null;

  @Field(() => User, { nullable: true, description: 'The person who acted, as they were then (null for an API key).' })
  actor: User | null;

  /** Resolved by AuditResolver. */
  @Field(() => Agency, { description: 'The agency of whoever acted.' })
  actorAgency?: Agency;

  actorAgencyId: string;

  @Field(() => RecordType, {
    nullable: true,
    description: 'The type of the record acted on; null for events about no record (a login).',
  })
  recordType: RecordType | null;

  @Field(() => ID, { nullable: true, description: 'The record acted on; null for events about no record.' })
  recordId: string | null;

  @Field(() => [String], { nullable: true, description: 'The fields an update changed (names only, never values).' })
  changedFields: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'JSON with what else is known, e.g. the fields a shared read received, the terms of an approval, the code of a refusal; null when nothing.',
  })
  detail: string | null;

  @Field(() => String, { nullable: true, description: 'The request it came from (x-request-id), as in the logs.' })
  requestId: string | null;
}

@ObjectType('AuditEventConnection', { description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent', { totalCount: false }) {}

const ACTIONS = Object.values(AuditAction);

@InputType('AuditEventFilter', { description: 'Narrows auditEvents; every filter given must hold.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'One of the audit actions, e.g. SHARE_APPROVED or LOGIN.' })
  @IsOptional()
  @IsIn(ACTIONS, { message: 'action must be an audit action (READ_SHARED, SUSPECT_UPDATED, LOGIN, ...)' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'SUCCESS, DENIED or FAILED.' })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES, { message: `outcome must be one of: ${AUDIT_OUTCOMES.join(', ')}` })
  outcome?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events by people (or API keys) of this agency.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorAgencyId must be an agency id' })
  actorAgencyId?: string | null;

  @Field(() => RecordType, { nullable: true, description: 'Events on records of this type.' })
  @IsOptional()
  @IsEnum(RecordType)
  recordType?: RecordType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date | null;
}
