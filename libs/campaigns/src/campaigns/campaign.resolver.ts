import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CampaignFilter, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { CampaignService } from './campaign.service';
import { WantedCampaignConnection } from './wanted-campaign-connection.type';
import { WantedCampaign } from './wanted-campaign.type';
import { PageArgs } from '@app/core';

@Resolver(() => WantedCampaign)
export class CampaignResolver {
  constructor(private readonly campaignService: CampaignService) {}

  @Can('read', 'Campaign')
  @Query(() => WantedCampaign, {
    nullable: true,
    description: "One of your agency's wanted campaigns; null when unknown or not yours: the same answer.",
  })
  campaign(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The campaign's id." }) id: string,
  ): Promise<WantedCampaign | null> {
    return this.campaignService.findById(ctx, id);
  }

  @Can('read', 'Campaign')
  @Query(() => WantedCampaignConnection, { description: "Your agency's wanted campaigns (Se Busca), newest first." })
  campaigns(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => CampaignFilter,
      nullable: true,
      description: "Narrows the list; none: all of your agency's campaigns.",
    })
    filter: CampaignFilter, // not `| null`: the validation pipe needs the type
    @Args() page: PageArgs,
  ): Promise<WantedCampaignConnection> {
    return this.campaignService.list(ctx, filter, page);
  }

  @Can('create', 'Campaign')
  @Transactional()
  @Mutation(() => WantedCampaign, {
    description: 'A new draft campaign of your agency (analysts, investigators, liaison officers, admins).',
  })
  createCampaign(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new campaign.' }) input: CreateCampaignInput,
  ): Promise<WantedCampaign> {
    return this.campaignService.create(ctx, input);
  }

  @Can('update', 'Campaign')
  @Transactional()
  @Mutation(() => WantedCampaign, {
    description: 'Drafts: its editors; published campaigns: liaison officers and admins. Closed ones never change.',
  })
  updateCampaign(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The campaign's id." }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateCampaignInput,
  ): Promise<WantedCampaign> {
    return this.campaignService.update(ctx, id, input);
  }

  @Can('publish', 'Campaign')
  @Transactional()
  @Mutation(() => WantedCampaign, {
    description: 'Liaison officers and admins: the campaign becomes public from its activeFrom day.',
  })
  publishCampaign(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The campaign's id." }) id: string,
  ): Promise<WantedCampaign> {
    return this.campaignService.publish(ctx, id);
  }

  @Can('publish', 'Campaign')
  @Transactional()
  @Mutation(() => WantedCampaign, {
    description: 'Liaison officers and admins: the campaign and its posters leave the public at once, for good.',
  })
  closeCampaign(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The campaign's id." }) id: string,
  ): Promise<WantedCampaign> {
    return this.campaignService.close(ctx, id);
  }
}
