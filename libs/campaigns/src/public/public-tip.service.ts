import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { TipService } from '@app/cases';
import { actForAgency, AppError, Tlp } from '@app/core';
import { PublicCampaignService } from './public-campaign.service';
import { PublicTipReceiptEntity } from './public-tip-receipt.entity';
import { PublicTipInput, PublicTipReceipt, PublicTipStatus } from './public-tip.types';
import { newReceiptCode, normalizeReceiptCode, receiptHash } from './receipt-code';

/**
 * Tips from the public web form. Each becomes an ordinary WEB tip of the campaign's owning
 * agency, queued for its intake officers, marked TLP:AMBER releasable to the owner's country
 * only: nobody has weighed it yet, so no agreement carries it abroad before intake has.
 */
@Injectable()
export class PublicTipService {
  constructor(
    private readonly campaigns: PublicCampaignService,
    private readonly tips: TipService,
  ) {}

  /** Files the tip and answers a receipt code; only the code's hash is kept. */
  async submit(ctx: RequestContext, input: PublicTipInput): Promise<PublicTipReceipt> {
    const campaign = await this.campaigns.findPublic(ctx, input.campaignSlug);
    if (!campaign) throw AppError.notFound('campaign');
    const [entry] = input.entryRank != null ? await this.campaigns.entries(ctx, campaign, input.entryRank) : [];
    if (input.entryRank != null && !entry)
      throw AppError.badInput('entryRank', `the campaign has no entry ${input.entryRank}`);
    const tipId = await this.tips.submitFromPublic(ctx, {
      ownerAgencyId: campaign.ownerAgencyId,
      campaignId: campaign.id,
      language: input.language,
      narrative: input.narrative,
      subjectIds: entry ? [entry.suspectId] : [],
      contact: input.contact ?? null,
      handling: { tlp: Tlp.AMBER, releasableTo: [campaign.ownerAgency.country], originatorControlled: false },
    });
    const receiptCode = newReceiptCode();
    await ctx.manager
      .getRepository(PublicTipReceiptEntity)
      .insert({ tipId, receiptHash: receiptHash(normalizeReceiptCode(receiptCode)!) });
    return { receiptCode };
  }

  /** Adds information anonymously; an unknown and a wrong code answer the same NOT_FOUND. */
  async addTo(ctx: RequestContext, receiptCode: string, narrative: string): Promise<PublicTipStatus> {
    const tip = await this.tipOf(ctx, receiptCode);
    if (!tip) throw AppError.notFound('tip');
    // The tipster adds to the intake of the agency their tip went to (row-level security).
    actForAgency(ctx.manager, tip.ownerAgencyId);
    await this.tips.addFollowUp(ctx, tip.tipId, narrative);
    return { received: true };
  }

  /** Whether the tip was received, and nothing else. */
  async status(ctx: RequestContext, receiptCode: string): Promise<PublicTipStatus> {
    return { received: (await this.tipOf(ctx, receiptCode)) !== null };
  }

  /** The receipt's tip, and (past row-level security, see migration RowLevelSecurity) the agency it went to. */
  private async tipOf(
    ctx: RequestContext,
    receiptCode: string,
  ): Promise<{ tipId: string; ownerAgencyId: string } | null> {
    const code = normalizeReceiptCode(receiptCode);
    if (!code) return null;
    const receipt = await ctx.manager
      .getRepository(PublicTipReceiptEntity)
      .createQueryBuilder('r')
      .select('r.tip_id', 'tipId')
      .addSelect('frontera_public_tip_agency(r.receipt_hash)', 'ownerAgencyId')
      .where('r.receipt_hash = :hash', { hash: receiptHash(code) })
      .getRawOne<{ tipId: string; ownerAgencyId: string }>();
    return receipt ?? null;
  }
}
