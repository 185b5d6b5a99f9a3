import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { User } from '@app/auth';
import { DateTimeScalar } from '@app/core';
import { ReferralOutcome } from './referral-feedback.entity';

export const FEEDBACK_MAX_LENGTH = 5000;

@ObjectType('ReferralFeedback', {
  description: 'What the recipient of a referred tip reported back to the referring agency.',
})
export class ReferralFeedback {
  @Field(() => ID, { description: "The feedback's id." })
  id: string;

  @Field(() => ID, { description: 'The referral (the share of the tip) it is about.' })
  requestId: string;

  @Field(() => ReferralOutcome, { description: 'What came of the tip.' })
  outcome: ReferralOutcome;

  @Field({ description: 'What they wrote.' })
  body: string;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  at: Date;

  /** Resolved by ReferralFeedbackResolver, with the author's agency. */
  @Field(() => User, { description: 'Who wrote it (with their agency).' })
  author?: User;

  authorId: string;
}

@ArgsType()
export class ReferralFeedbackArgs {
  @Field(() => ID, { description: 'The referral: the share of the tip.' })
  @IsString()
  @MaxLength(100)
  requestId: string;

  @Field({ description: 'What to tell the referring agency.' })
  @IsString()
  @MinLength(1)
  @MaxLength(FEEDBACK_MAX_LENGTH)
  body: string;

  @Field(() => ReferralOutcome, { description: 'What came of the tip.' })
  @IsEnum(ReferralOutcome)
  outcome: ReferralOutcome;
}
