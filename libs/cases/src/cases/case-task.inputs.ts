import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '@app/core';
import { OptionalText, RequiredText } from '../records/input-fields';
import { CaseTaskStatus } from './case-task.entity';

export const TASK_TITLE_MAX_LENGTH = 300;

@InputType('AddCaseTaskInput', { description: 'A new task on a case.' })
export class AddCaseTaskInput {
  @RequiredText(TASK_TITLE_MAX_LENGTH, 'What to do.')
  title: string;

  @Field(() => ID, { description: 'A person of an agency taking part in the case (its owner, lead or a participant).' })
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due, if it has a date.' })
  @IsOptional()
  dueOn?: string | null;
}

@InputType('UpdateCaseTaskInput', {
  description: 'Changes to a task: the fields given change; `dueOn: null` clears the date.',
})
export class UpdateCaseTaskInput {
  @OptionalText(TASK_TITLE_MAX_LENGTH, 'What to do.')
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who is to do it: a person of an agency taking part in the case.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due; null clears it.' })
  @IsOptional()
  dueOn?: string | null;

  @Field(() => CaseTaskStatus, { nullable: true, description: 'DONE when done; OPEN reopens it.' })
  @IsOptional()
  @IsEnum(CaseTaskStatus)
  status?: CaseTaskStatus | null;
}
