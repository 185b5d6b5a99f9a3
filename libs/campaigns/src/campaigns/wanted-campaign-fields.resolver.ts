import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Ctx, RequestContext, UsersService } from '@app/auth';
import { WantedCampaign } from './wanted-campaign.type';
import { WantedEntryService } from './wanted-entry.service';
import { WantedEntry } from './wanted-entry.type';

@Resolver(() => WantedCampaign)
export class WantedCampaignFieldsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly entryService: WantedEntryService,
  ) {}

  @ResolveField(() => Agency)
  ownerAgency(@Ctx() ctx: RequestContext, @Parent() campaign: WantedCampaign): Promise<Agency> {
    return this.users.agency(ctx, campaign.ownerAgencyId);
  }

  @ResolveField(() => [WantedEntry], { description: 'By rank.' })
  entries(@Ctx() ctx: RequestContext, @Parent() campaign: WantedCampaign): Promise<WantedEntry[]> {
    return this.entryService.ofCampaign(ctx, campaign);
  }
}
