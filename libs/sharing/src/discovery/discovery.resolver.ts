import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Can, Ctx, RequestContext, UsersService } from '@app/auth';
import { DiscoveryHit } from './discovery-hit.type';
import { DiscoveryService } from './discovery.service';
import { DiscoverSuspectsArgs, DiscoverWarrantsArgs, DiscoverySearchArgs } from './discovery-search.args';

@Resolver(() => DiscoveryHit)
export class DiscoveryResolver {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly users: UsersService,
  ) {}

  @Can('read', 'Suspect')
  @Query(() => [DiscoveryHit], {
    description:
      "Which partners hold a matching person (hit/no-hit): handles only, never content. Matches only on each agreement's discovery keys.",
  })
  discoverSuspects(@Ctx() ctx: RequestContext, @Args() probe: DiscoverSuspectsArgs): Promise<DiscoveryHit[]> {
    return this.discovery.suspects(ctx, probe);
  }

  @Can('read', 'Organization')
  @Query(() => [DiscoveryHit], { description: 'Which partners hold a matching organization (hit/no-hit).' })
  discoverOrganizations(@Ctx() ctx: RequestContext, @Args() { search }: DiscoverySearchArgs): Promise<DiscoveryHit[]> {
    return this.discovery.organizations(ctx, search);
  }

  @Can('read', 'Warrant')
  @Query(() => [DiscoveryHit], {
    description:
      "Which partners hold an ACTIVE warrant on a person (hit/no-hit): the warrant's handle and holder, never its content. The subject matches on the suspects' discovery keys; the warrant needs subject and status among the warrants' keys.",
  })
  discoverWarrants(@Ctx() ctx: RequestContext, @Args() probe: DiscoverWarrantsArgs): Promise<DiscoveryHit[]> {
    return this.discovery.warrants(ctx, probe);
  }

  @ResolveField(() => Agency)
  ownerAgency(@Ctx() ctx: RequestContext, @Parent() hit: DiscoveryHit): Promise<Agency> {
    return this.users.agency(ctx, hit.ownerAgencyId);
  }
}
