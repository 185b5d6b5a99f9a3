import { Injectable } from '@nestjs/common';
import { AgencyEntity, RequestContext } from '@app/auth';
import { actForAgency } from '@app/core';
import { SuspectStatus } from '@app/cases';
import type { TipLanguage } from '@app/cases';
import { descriptionLines, ENTRY_TEXT } from '../campaigns/wanted-entry-description';
import { CampaignLinks } from '../campaigns/campaign-links';
import { CampaignStatus } from '../campaigns/campaign-status';
import { publishableSql } from '../campaigns/publishable';
import { SLUG_MAX_LENGTH } from '../campaigns/campaign.inputs';
import { WantedCampaignEntity } from '../campaigns/wanted-campaign.entity';
import { WantedEntryEntity } from '../campaigns/wanted-entry.entity';
import { PublicCampaign } from './public-campaign.type';

/** A campaign the public may see, with its owner (for the owner's code and country). */
export type PublicCampaignRow = WantedCampaignEntity & { ownerAgency: AgencyEntity };

/** An entry of a public campaign, and whether its person has been taken into custody. */
export type PublicEntryRow = WantedEntryEntity & { captured: boolean };

/** A suspect in these states has been caught: the entry shows CAPTURADO until its editors remove it. */
export const CAPTURED_STATUSES = [SuspectStatus.IN_CUSTODY, SuspectStatus.EXTRADITED];

/** Today as a UTC calendar day: campaign dates are UTC days. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * What the public sees of wanted campaigns: published ones within their dates, and only the
 * fields written for the public. Read without an ability on purpose: nobody is logged in, and
 * these fields exist to be published; of a record, only whether its owner may still publish it
 * (its markings) and whether it is in custody are read.
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
    // The public reads (whether an entry was captured) and tips for the campaign's agency (row-level security).
    if (row) actForAgency(ctx.manager, row.ownerAgencyId);
    return row as PublicCampaignRow | null;
  }

  /**
   * A public campaign's entries by rank, or the one at `rank`. Captured: the campaign agency's own
   * record of the person says so (a partner's record of them is the partner's to tell).
   */
  async entries(ctx: RequestContext, campaign: PublicCampaignRow, rank?: number): Promise<PublicEntryRow[]> {
    const qb = ctx.manager
      .getRepository(WantedEntryEntity)
      .createQueryBuilder('e')
      .addSelect(
        'EXISTS (SELECT 1 FROM suspects s WHERE s.id = e.suspect_id AND s.owner_agency_id = :ownerAgencyId AND s.status IN (:...captured))',
        'captured',
      )
      // only entries whose record its owner may still publish (markings raised: off at once)
      .innerJoin('suspects', 'p', `p.id = e.suspect_id AND ${publishableSql('p', ':ownerAgencyId')}`)
      .where('e.campaign_id = :campaignId', {
        campaignId: campaign.id,
        ownerAgencyId: campaign.ownerAgencyId,
        captured: CAPTURED_STATUSES,
      })
      .orderBy('e.rank', 'ASC');
    if (rank !== undefined) qb.andWhere('e.rank = :rank', { rank });
    const { entities, raw } = await qb.getRawAndEntities<{ captured: boolean }>();
    return entities.map((entry, i) => Object.assign(entry, { captured: raw[i].captured }));
  }

  async view(ctx: RequestContext, slug: string, language: TipLanguage): Promise<PublicCampaign | null> {
    const campaign = await this.findPublic(ctx, slug);
    return campaign ? this.present(campaign, await this.entries(ctx, campaign), language) : null;
  }

  /** The public fields of a campaign and of `entries`, in `language`. */
  present(campaign: PublicCampaignRow, entries: PublicEntryRow[], language: TipLanguage): PublicCampaign {
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
        photoUrl: this.links.photoUrl(campaign.slug, entry, entry.photoUploadedAt),
        posterUrl: this.links.posterUrl(campaign.slug, entry.rank),
        sex: entry.sex,
        description: descriptionLines(entry, language),
        armedAndDangerous: entry.armedAndDangerous,
        warning: entry.armedAndDangerous
          ? `${ENTRY_TEXT.armedBand(language, entry.sex)}. ${ENTRY_TEXT.armedAdvice(language, entry.sex)}`
          : null,
        captured: entry.captured,
      })),
    };
  }
}
