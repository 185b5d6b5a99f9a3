import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { Membership, Suspect } from './suspect.type';
import { SuspectService } from './suspect.service';

@Resolver(() => Suspect)
export class SuspectFieldsResolver {
  constructor(private readonly suspects: SuspectService) {}

  @ResolveField(() => [Membership], {
    nullable: true,
    description: 'Only memberships of organizations the viewer may see.',
  })
  memberships(@Ctx() ctx: RequestContext, @Parent() suspect: Suspect): Promise<Membership[]> | null {
    return suspect.memberships === null ? null : this.suspects.memberships(ctx, suspect.id);
  }

  @ResolveField(() => [Suspect], {
    description:
      "The viewer's agency's own suspects that share a normalized identifier, or given names, paternal surname and date of birth, with this one (never another agency's).",
  })
  possibleDuplicates(@Ctx() ctx: RequestContext, @Parent() suspect: Suspect): Promise<Suspect[]> {
    return this.suspects.possibleDuplicates(ctx, suspect);
  }
}
