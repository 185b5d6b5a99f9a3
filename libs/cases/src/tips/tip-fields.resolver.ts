import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, User } from '@app/auth';
import { personById } from '../records/people';
import { Organization } from '../organizations/organization.type';
import { Suspect } from '../suspects/suspect.type';
import { Tip, TipFollowUp } from './tip.type';
import { TipService } from './tip.service';

@Resolver(() => Tip)
export class TipFieldsResolver {
  constructor(private readonly tips: TipService) {}

  @ResolveField(() => [Suspect], { nullable: true, description: 'Only suspects the viewer may see.' })
  subjects(@Ctx() ctx: RequestContext, @Parent() tip: Tip): Promise<Suspect[]> | null {
    return tip.subjects === null ? null : this.tips.subjects(ctx, tip.id);
  }

  @ResolveField(() => [Organization], { nullable: true, description: 'Only organizations the viewer may see.' })
  organizations(@Ctx() ctx: RequestContext, @Parent() tip: Tip): Promise<Organization[]> | null {
    return tip.organizations === null ? null : this.tips.organizations(ctx, tip.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who follows it up at the intake agency.' })
  assignee(@Ctx() ctx: RequestContext, @Parent() tip: Tip): Promise<User> | null {
    return tip.assigneeId === null ? null : personById(ctx, tip.assigneeId);
  }

  @ResolveField(() => [TipFollowUp], {
    nullable: true,
    description: 'What the tipster added later with the receipt code, oldest first.',
  })
  followUps(@Ctx() ctx: RequestContext, @Parent() tip: Tip): Promise<TipFollowUp[]> | null {
    return tip.followUps === null ? null : this.tips.followUps(ctx, tip.id);
  }
}
