import { Injectable } from '@nestjs/common';
import { AgencyEntity, RequestContext } from '@app/auth';
import type { TipLanguage } from '@app/cases';
import { CampaignLinks } from '../campaigns/campaign-links';
import { CampaignStatus } from '../campaigns/campaign-status';
import { SLUG_MAX_LENGTH } from '../campaigns/campaign.inputs';
import { WantedCampaignEntity } from '../campaigns/wanted-campaign.entity';
import { WantedEntryEntity } from '../campaigns/wanted-entry.entity';
import { PublicCampaign } from './public-campaign.type';

/** A campaign the public may see, with its owner (for the owner's code and country). */
export type PublicCampaignRow = WantedCampaignEntity & { ownerAgency: AgencyEntity };

/** Today as a UTC calendar day: campaign dates are UTC days. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * What the public sees of wanted campaigns: published ones within their dates, and only the
 * fields written for the public. Read without an ability on purpose: nobody is logged in, and
 * these fields exist to be published; nothing here reaches a record.
 */
@Injectable()
export class PublicCampaignService {
  constructor(private readonly links: CampaignLinks) {}

  /** Null for an unknown slug and for a draft, closed, not yet or no longer active campaign alike. */
  async findPublic(ctx: RequestContext, slug: string): Promise<PublicCampaignRow | null> {
    if (slug.length > SLUG_MAX_LENGTH) return null;
    const row = await ctx.manager
      .getRepository(WantedCampaignEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.ownerAgency', 'a')
      .where('c.slug = :slug AND c.status = :status', { slug, status: CampaignStatus.PUBLISHED })
      .andWhere('c.active_from <= :today AND (c.active_until IS NULL OR c.active_until >= :today)', { today: today() })
      .getOne();
    return row as PublicCampaignRow | null;
  }

  /** A public campaign's entries by rank, or the one at `rank`. */
  entries(ctx: RequestContext, campaign: PublicCampaignRow, rank?: number): Promise<WantedEntryEntity[]> {
    return ctx.manager.getRepository(WantedEntryEntity).find({ where: { campaignId: campaign.id, ...(rank === undefined ? {} : { rank }) }, order: { rank: 'ASC' } });
  }

  async view(ctx: RequestContext, slug: string, language: TipLanguage): Promise<PublicCampaign | null> {
    const campaign = await this.findPublic(ctx, slug);
    return campaign ? this.present(campaign, await this.entries(ctx, campaign), language) : null;
  }

  /** The public fields of a campaign and of `entries`, in `language`. */
  present(campaign: PublicCampaignRow, entries: WantedEntryEntity[], language: TipLanguage): PublicCampaign {
    const english = language === 'en';
    return {
      slug: campaign.slug,
      title: english ? campaign.titleEn : campaign.titleEs,
      region: campaign.region,
      hotlines: [campaign.hotlinePhone, ...(campaign.whatsappPhone ? [`WhatsApp ${campaign.whatsappPhone}`] : [])],
      ownerAgencyCode: campaign.ownerAgency.code,
      entries: entries.map((entry) => ({
        rank: entry.rank,
        displayName: entry.displayName,
        aliases: entry.aliases,
        summary: english ? entry.summaryEn : entry.summaryEs,
        crimes: english ? entry.crimesEn : entry.crimesEs,
        photoUrl: entry.photoUrl,
        posterUrl: this.links.posterUrl(campaign.slug, entry.rank),
      })),
    };
  }
}
