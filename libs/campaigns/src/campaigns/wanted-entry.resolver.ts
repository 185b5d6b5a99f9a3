import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { WantedCampaign } from './wanted-campaign.type';
import { UpdateWantedEntryInput, WantedEntryInput } from './wanted-entry.inputs';
import { WantedEntryService } from './wanted-entry.service';
import { WantedEntry } from './wanted-entry.type';

/** Entries change under the campaign's own rules (`update` on the campaign). */
@Resolver(() => WantedEntry)
export class WantedEntryResolver {
  constructor(private readonly entries: WantedEntryService) {}

  @Can('update', 'Campaign')
  @Transactional()
  @Mutation(() => WantedEntry, { description: 'Adds a wanted person at a free rank.' })
  addCampaignEntry(
    @Ctx() ctx: RequestContext,
    @Args('campaignId', { type: () => ID, description: "The campaign's id (one of your agency's)." })
    campaignId: string,
    @Args('input', { description: 'The wanted person.' }) input: WantedEntryInput,
  ): Promise<WantedEntry> {
    return this.entries.add(ctx, campaignId, input);
  }

  @Can('update', 'Campaign')
  @Transactional()
  @Mutation(() => WantedEntry, { description: 'Changes a wanted entry: the fields given change, the others stay.' })
  updateCampaignEntry(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The entry's id." }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateWantedEntryInput,
  ): Promise<WantedEntry> {
    return this.entries.update(ctx, id, input);
  }

  @Can('update', 'Campaign')
  @Transactional()
  @Mutation(() => WantedCampaign, { description: 'Takes a wanted person off the campaign; answers the campaign.' })
  removeCampaignEntry(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The entry's id." }) id: string,
  ): Promise<WantedCampaign> {
    return this.entries.remove(ctx, id);
  }

  @Can('update', 'Campaign')
  @Transactional()
  @Mutation(() => WantedCampaign, {
    description:
      'Ranks the entries 1 to n in the order given (every entry of the campaign, once each), in one transaction.',
  })
  reorderCampaignEntries(
    @Ctx() ctx: RequestContext,
    @Args('campaignId', { type: () => ID, description: "The campaign's id." }) campaignId: string,
    @Args('entryIds', {
      type: () => [ID],
      description: 'Every entry id of the campaign, once each, most wanted first.',
    })
    entryIds: string[],
  ): Promise<WantedCampaign> {
    return this.entries.reorder(ctx, campaignId, entryIds);
  }
}
