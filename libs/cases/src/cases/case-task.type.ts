import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '@app/auth';
import { DateScalar, DateTimeScalar } from '@app/core';
import { CaseTaskStatus } from './case-task.entity';

@ObjectType('CaseTask')
export class CaseTask {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  /** Resolved by CaseTaskFieldsResolver, as are createdBy and doneBy. */
  @Field(() => User)
  assignee?: User;

  assigneeId: string;

  @Field(() => DateScalar, { nullable: true })
  dueOn: string | null;

  @Field(() => CaseTaskStatus)
  status: CaseTaskStatus;

  @Field(() => User)
  createdBy?: User;

  createdById: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  doneAt: Date | null;

  @Field(() => User, { nullable: true })
  doneBy?: User | null;

  doneById: string | null;

  caseId: string;
}
