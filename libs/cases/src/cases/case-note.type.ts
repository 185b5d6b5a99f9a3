import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@app/core';
import { User } from '@app/auth';

/** One version of a note's text. */
@ObjectType('CaseNoteVersion')
export class CaseNoteVersion {
  @Field(() => Int, { description: '1 is what was first written.' })
  version: number;

  @Field()
  body: string;

  @Field(() => DateTimeScalar)
  at: Date;
}

/** A note on a case, in its latest version. Append-only: an edit is a new version, the earlier ones stay. */
@ObjectType('CaseNote')
export class CaseNote {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The latest version.' })
  body: string;

  @Field(() => DateTimeScalar, { description: 'When the note was first written.' })
  at: Date;

  /** Resolved by CaseNoteFieldsResolver, with the author's agency. */
  @Field(() => User)
  author?: User;

  authorId: string;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the latest version was written, if the note was edited.' })
  editedAt: Date | null;

  caseId: string;
}

@ObjectType('CaseNoteConnection')
export class CaseNoteConnection extends Connection(CaseNote, 'CaseNote', { totalCount: false }) {}
