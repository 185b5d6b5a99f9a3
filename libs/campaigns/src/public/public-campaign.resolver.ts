import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Ctx,
  Public,
  PUBLIC_READ_THROTTLER,
  PUBLIC_TIP_THROTTLER,
  PublicBudget,
  RequestContext,
  Transactional,
} from '@app/auth';
import { PublicCampaign } from './public-campaign.type';
import { PublicCampaignService } from './public-campaign.service';
import {
  AddToPublicTipArgs,
  PublicCampaignArgs,
  PublicTipInput,
  PublicTipReceipt,
  PublicTipStatus,
  PublicTipStatusArgs,
} from './public-tip.types';
import { PublicTipService } from './public-tip.service';

/** Se Busca for the public: no login, limited per client address. */
@Resolver()
export class PublicCampaignResolver {
  constructor(
    private readonly campaigns: PublicCampaignService,
    private readonly publicTips: PublicTipService,
  ) {}

  @Public()
  @PublicBudget(PUBLIC_READ_THROTTLER)
  @Query(() => PublicCampaign, {
    nullable: true,
    description: 'No login: a published wanted list; null when unknown or not public (the same answer).',
  })
  publicCampaign(
    @Ctx() ctx: RequestContext,
    @Args() { slug, language }: PublicCampaignArgs,
  ): Promise<PublicCampaign | null> {
    return this.campaigns.view(ctx, slug, language ?? 'es');
  }

  @Public()
  @PublicBudget(PUBLIC_TIP_THROTTLER)
  @Transactional()
  @Mutation(() => PublicTipReceipt, {
    description:
      "No login: a tip for the campaign's agency, anonymous unless a contact is given; rate limited. Keep the receipt code.",
  })
  submitPublicTip(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The tip.' }) input: PublicTipInput,
  ): Promise<PublicTipReceipt> {
    return this.publicTips.submit(ctx, input);
  }

  @Public()
  @PublicBudget(PUBLIC_TIP_THROTTLER)
  @Transactional()
  @Mutation(() => PublicTipStatus, {
    description: 'No login: adds information to the tip of this receipt code, anonymously.',
  })
  addToPublicTip(
    @Ctx() ctx: RequestContext,
    @Args() { receiptCode, narrative }: AddToPublicTipArgs,
  ): Promise<PublicTipStatus> {
    return this.publicTips.addTo(ctx, receiptCode, narrative);
  }

  @Public()
  @Query(() => PublicTipStatus, {
    description: 'No login: whether the tip of this receipt code was received; nothing more.',
  })
  publicTipStatus(@Ctx() ctx: RequestContext, @Args() { receiptCode }: PublicTipStatusArgs): Promise<PublicTipStatus> {
    return this.publicTips.status(ctx, receiptCode);
  }
}
