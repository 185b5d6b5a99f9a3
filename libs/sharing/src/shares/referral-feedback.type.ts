import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { User } from '@app/auth';
import { DateTimeScalar } from '@app/core';
import { ReferralOutcome } from './referral-feedback.entity';

export const FEEDBACK_MAX_LENGTH = 5000;

@ObjectType('ReferralFeedback')
export class ReferralFeedback {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The referral (the share of the tip) it is about.' })
  requestId: string;

  @Field(() => ReferralOutcome)
  outcome: ReferralOutcome;

  @Field()
  body: string;

  @Field(() => DateTimeScalar)
  at: Date;

  /** Resolved by ReferralFeedbackResolver, with the author's agency. */
  @Field(() => User)
  author?: User;

  authorId: string;
}

@ArgsType()
export class ReferralFeedbackArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  requestId: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(FEEDBACK_MAX_LENGTH)
  body: string;

  @Field(() => ReferralOutcome)
  @IsEnum(ReferralOutcome)
  outcome: ReferralOutcome;
}
