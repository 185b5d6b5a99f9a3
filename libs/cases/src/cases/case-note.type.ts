import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@app/core';
import { User } from '@app/auth';

@ObjectType('CaseNoteVersion', { description: "One version of a note's text." })
export class CaseNoteVersion {
  @Field(() => Int, { description: '1 is what was first written.' })
  version: number;

  @Field({ description: 'The text of this version.' })
  body: string;

  @Field(() => DateTimeScalar, { description: 'When this version was written.' })
  at: Date;
}

@ObjectType('CaseNote', {
  description: 'A note on a case, in its latest version. Append-only: an edit is a new version, the earlier ones stay.',
})
export class CaseNote {
  @Field(() => ID, { description: "The note's id." })
  id: string;

  @Field({ description: 'The latest version.' })
  body: string;

  @Field(() => DateTimeScalar, { description: 'When the note was first written.' })
  at: Date;

  /** Resolved by CaseNoteFieldsResolver, with the author's agency. */
  @Field(() => User, { description: 'Who wrote it.' })
  author?: User;

  authorId: string;

  @Field(() => Int, { description: 'Its latest version number (1 if never edited).' })
  version: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the latest version was written, if the note was edited.',
  })
  editedAt: Date | null;

  caseId: string;
}

@ObjectType('CaseNoteConnection', { description: "A page of a case's notes, newest first." })
export class CaseNoteConnection extends Connection(CaseNote, 'CaseNote', { totalCount: false }) {}
