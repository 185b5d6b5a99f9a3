import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { AppError } from '@app/core';
import { SuspectService } from '../suspects/suspect.service';
import { Suspect } from '../suspects/suspect.type';
import { Member } from './organization.type';

@Resolver(() => Member)
export class MemberFieldsResolver {
  constructor(private readonly suspects: SuspectService) {}

  // Members are listed only where the suspect is visible, so it loads.
  @ResolveField(() => Suspect, { description: 'The person.' })
  async suspect(@Ctx() ctx: RequestContext, @Parent() member: Member): Promise<Suspect> {
    const suspect = await this.suspects.load(ctx, member.suspectId);
    if (!suspect) throw AppError.notFound('suspect');
    return suspect;
  }
}
