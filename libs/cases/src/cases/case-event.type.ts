import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Agency, User } from '@app/auth';
import { Connection, DateTimeScalar, RecordType } from '@app/core';
import { WarrantStatus } from '../records/record-enums';
import { CaseEventKind } from './case-event.entity';
import { CaseTask } from './case-task.type';

/** One event of a case's timeline: its own (who did what), or a status change of a linked warrant the viewer may read. */
@ObjectType('CaseEvent')
export class CaseEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => CaseEventKind)
  kind: CaseEventKind;

  /** Resolved by CaseEventFieldsResolver (as are agency and task); null for a warrant's status change. */
  @Field(() => User, { nullable: true })
  actor?: User | null;

  actorId: string | null;

  @Field(() => Agency, { nullable: true, description: 'The agency that joined or left (PARTICIPANT_ADDED, PARTICIPANT_REMOVED).' })
  agency?: Agency | null;

  agencyId: string | null;

  @Field(() => RecordType, { nullable: true, description: 'The record linked or unlinked, or the warrant whose status changed.' })
  recordType: RecordType | null;

  @Field(() => ID, { nullable: true })
  recordId: string | null;

  @Field(() => ID, { nullable: true })
  noteId: string | null;

  @Field(() => CaseTask, { nullable: true })
  task?: CaseTask | null;

  taskId: string | null;

  @Field(() => [String], { nullable: true, description: 'UPDATED: the fields that changed.' })
  changedFields: string[] | null;

  @Field(() => WarrantStatus, { nullable: true, description: 'WARRANT_STATUS_CHANGED: the new status.' })
  warrantStatus: WarrantStatus | null;
}

@ObjectType('CaseEventConnection')
export class CaseEventConnection extends Connection(CaseEvent, 'CaseEvent', { totalCount: false }) {}
