import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { AppError } from '@app/core';
import { CampaignLinks, PosterFormat } from '../campaigns/campaign-links';
import { PublicCampaignService } from '../public/public-campaign.service';
import { PosterContent, posterPdf } from './poster-document';
import { posterPng } from './poster-png';
import { descriptionLines } from '../campaigns/wanted-entry-description';
import { WantedEntryPhotoService } from '../photos/wanted-entry-photo.service';

// Posters of a few campaigns' entries in both formats; generating one costs tens of milliseconds.
const CACHE_SIZE = 64;

/** Posters of public campaigns only; an unknown, unpublished or closed campaign or rank is NOT_FOUND. */
@Injectable()
export class PosterService {
  // Keyed by a hash of what the poster shows, so any change to it makes a new one.
  private readonly cache = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly campaigns: PublicCampaignService,
    private readonly links: CampaignLinks,
    private readonly photos: WantedEntryPhotoService,
  ) {}

  async render(ctx: RequestContext, slug: string, rank: number, format: PosterFormat): Promise<Buffer> {
    const { content, photoUploadedAt } = await this.content(ctx, slug, rank);
    // the photo by its upload time: hashing its bytes on every request would cost more than the lookup
    const key = createHash('sha256')
      .update(JSON.stringify([format, { ...content, photo: photoUploadedAt }]))
      .digest('base64url');
    let poster = this.cache.get(key);
    if (poster) {
      // most recently used last
      this.cache.delete(key);
    } else {
      poster = posterPdf(content).then((pdf) => (format === 'pdf' ? pdf : posterPng(pdf)));
      poster.catch(() => this.cache.delete(key));
    }
    this.cache.set(key, poster);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return poster;
  }

  private async content(
    ctx: RequestContext,
    slug: string,
    rank: number,
  ): Promise<{ content: PosterContent; photoUploadedAt: Date | null }> {
    const campaign = await this.campaigns.findPublic(ctx, slug);
    const [entry] = campaign ? await this.campaigns.entries(ctx, campaign, rank) : [];
    if (!campaign || !entry) throw AppError.notFound('poster');
    const photo = entry.photoUploadedAt ? await this.photos.bytes(ctx, entry.id) : null;
    const content: PosterContent = {
      rank: entry.rank,
      displayName: entry.displayName,
      aliases: entry.aliases,
      crimesEs: entry.crimesEs,
      crimesEn: entry.crimesEn,
      summaryEs: entry.summaryEs,
      summaryEn: entry.summaryEn,
      photoUrl: entry.photoUrl,
      photo,
      sex: entry.sex,
      descriptionEs: descriptionLines(entry, 'es'),
      descriptionEn: descriptionLines(entry, 'en'),
      armedAndDangerous: entry.armedAndDangerous,
      captured: entry.captured,
      hotlinePhone: campaign.hotlinePhone,
      whatsappPhone: campaign.whatsappPhone,
      tipFormUrl: this.links.tipFormUrl(campaign.slug, entry.rank),
      titleEs: campaign.titleEs,
      titleEn: campaign.titleEn,
      region: campaign.region,
      ownerAgencyCode: campaign.ownerAgency.code,
    };
    return { content, photoUploadedAt: entry.photoUploadedAt };
  }
}
