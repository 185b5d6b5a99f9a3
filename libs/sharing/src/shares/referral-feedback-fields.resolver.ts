import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, User } from '@app/auth';
import { personById } from '@app/cases';
import { ReferralFeedback } from './referral-feedback.type';

@Resolver(() => ReferralFeedback)
export class ReferralFeedbackFieldsResolver {
  @ResolveField(() => User)
  author(@Ctx() ctx: RequestContext, @Parent() feedback: ReferralFeedback): Promise<User> {
    return personById(ctx, feedback.authorId);
  }
}
