import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CasePartEntity } from './case-part.entity';

/**
 * A note on a case: who wrote it and when. Append-only (a trigger refuses UPDATE and DELETE):
 * its text lives in versions, and an edit adds one.
 */
@Entity('case_notes')
// A case's notes, newest first (ids are time-ordered).
@Index('case_notes_case_idx', ['caseId', 'id'])
export class CaseNoteEntity extends CasePartEntity {
  @Column('uuid')
  authorId: string;

  @Column('uuid')
  authorAgencyId: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}

/** One version of a note's text: 1 is what was first written, each edit the next. */
@Entity('case_note_versions')
export class CaseNoteVersionEntity {
  @PrimaryColumn('uuid')
  noteId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @ManyToOne(() => CaseNoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'note_id' })
  note?: CaseNoteEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  writtenAt: Date;
}
