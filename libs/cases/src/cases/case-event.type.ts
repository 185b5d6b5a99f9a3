import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Agency, User } from '@app/auth';
import { Connection, DateTimeScalar, RecordType } from '@app/core';
import { WarrantStatus } from '../records/record-enums';
import { CaseEventKind } from './case-event.entity';
import { CaseTask } from './case-task.type';

@ObjectType('CaseEvent', {
  description:
    "One event of a case's timeline: the case's own (who did what), or a status change of a linked warrant you may read.",
})
export class CaseEvent {
  @Field(() => ID, { description: "The event's id." })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at: Date;

  @Field(() => CaseEventKind, { description: 'What happened.' })
  kind: CaseEventKind;

  /** Resolved by CaseEventFieldsResolver (as are agency and task); null for a warrant's status change. */
  @Field(() => User, { nullable: true, description: "Who did it; null for a warrant's status change." })
  actor?: User | null;

  actorId: string | null;

  @Field(() => Agency, {
    nullable: true,
    description: 'The agency that joined or left (PARTICIPANT_ADDED, PARTICIPANT_REMOVED).',
  })
  agency?: Agency | null;

  agencyId: string | null;

  @Field(() => RecordType, {
    nullable: true,
    description: 'The record linked or unlinked, or the warrant whose status changed.',
  })
  recordType: RecordType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The record linked or unlinked, or the warrant whose status changed; null for other kinds.',
  })
  recordId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The note written or edited (NOTE_ADDED, NOTE_EDITED); null otherwise.',
  })
  noteId: string | null;

  @Field(() => CaseTask, { nullable: true, description: 'The task created, done or reopened; null otherwise.' })
  task?: CaseTask | null;

  taskId: string | null;

  @Field(() => [String], { nullable: true, description: 'UPDATED: the fields that changed.' })
  changedFields: string[] | null;

  @Field(() => WarrantStatus, { nullable: true, description: 'WARRANT_STATUS_CHANGED: the new status.' })
  warrantStatus: WarrantStatus | null;
}

@ObjectType('CaseEventConnection', { description: "A page of a case's timeline, newest first." })
export class CaseEventConnection extends Connection(CaseEvent, 'CaseEvent', { totalCount: false }) {}
