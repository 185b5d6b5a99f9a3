import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '@app/auth';
import { DateScalar, DateTimeScalar } from '@app/core';
import { CaseTaskStatus } from './case-task.entity';

@ObjectType('CaseTask', { description: 'A task on a case, assigned to a person of an agency working it.' })
export class CaseTask {
  @Field(() => ID, { description: "The task's id." })
  id: string;

  @Field({ description: 'What to do.' })
  title: string;

  /** Resolved by CaseTaskFieldsResolver, as are createdBy and doneBy. */
  @Field(() => User, { description: 'Who is to do it.' })
  assignee?: User;

  assigneeId: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due; null when no date.' })
  dueOn: string | null;

  @Field(() => CaseTaskStatus, { description: 'Whether it is done.' })
  status: CaseTaskStatus;

  @Field(() => User, { description: 'Who added it.' })
  createdBy?: User;

  createdById: string;

  @Field(() => DateTimeScalar, { description: 'When it was added.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was done; null while open.' })
  doneAt: Date | null;

  @Field(() => User, { nullable: true, description: 'Who did it; null while open.' })
  doneBy?: User | null;

  doneById: string | null;

  caseId: string;
}
