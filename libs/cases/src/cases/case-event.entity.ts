import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { RecordType } from '@app/core';
import { CasePartEntity } from './case-part.entity';

/** What happened to a case, as its timeline tells it (linked warrants' status changes are read from their history). */
export enum CaseEventKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  PARTICIPANT_ADDED = 'PARTICIPANT_ADDED',
  PARTICIPANT_REMOVED = 'PARTICIPANT_REMOVED',
  LINK_ADDED = 'LINK_ADDED',
  LINK_REMOVED = 'LINK_REMOVED',
  NOTE_ADDED = 'NOTE_ADDED',
  NOTE_EDITED = 'NOTE_EDITED',
  TASK_CREATED = 'TASK_CREATED',
  TASK_DONE = 'TASK_DONE',
  TASK_REOPENED = 'TASK_REOPENED',
  WARRANT_STATUS_CHANGED = 'WARRANT_STATUS_CHANGED',
}
registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: "What happened in a case's timeline.",
  valuesMap: {
    CREATED: { description: 'The case was opened.' },
    UPDATED: { description: 'Its own fields changed (see changedFields).' },
    PARTICIPANT_ADDED: { description: 'An agency joined (see agency).' },
    PARTICIPANT_REMOVED: { description: 'An agency left (see agency).' },
    LINK_ADDED: { description: 'A record was linked (see recordType, recordId).' },
    LINK_REMOVED: { description: 'A record was unlinked.' },
    NOTE_ADDED: { description: 'A note was written (see noteId).' },
    NOTE_EDITED: { description: 'A note got a new version.' },
    TASK_CREATED: { description: 'A task was added (see task).' },
    TASK_DONE: { description: 'A task was done.' },
    TASK_REOPENED: { description: 'A done task was reopened.' },
    WARRANT_STATUS_CHANGED: { description: 'A linked warrant changed status (see warrantStatus).' },
  },
});

/**
 * One event of a case's own (append-only: a trigger refuses UPDATE and DELETE). Times come
 * from JS Dates (millisecond precision), which the timeline's keyset cursor keeps exactly.
 */
@Entity('case_events')
@Index('case_events_case_at_idx', ['caseId', 'at', 'id'])
export class CaseEventEntity extends CasePartEntity {
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'enum', enum: CaseEventKind, enumName: 'case_event_kind' })
  kind: CaseEventKind;

  /** The user who did it. */
  @Column('uuid')
  actorId: string;

  /** The agency a participant event is about. */
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  /** The record a link event is about: shown only to viewers who may read that record. */
  @Column({ type: 'enum', enum: RecordType, enumName: 'record_type', nullable: true })
  recordType: RecordType | null;

  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @Column({ type: 'uuid', nullable: true })
  noteId: string | null;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  /** For UPDATED: the fields that changed. */
  @Column({ type: 'text', array: true, nullable: true })
  changedFields: string[] | null;
}
