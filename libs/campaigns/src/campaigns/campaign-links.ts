import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/core';

export type PosterFormat = 'pdf' | 'png';

/** The public addresses of a campaign's entries: their posters, their pages and the tip form their QR codes open. */
@Injectable()
export class CampaignLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** `PUBLIC_BASE_URL/posters/<slug>/<rank>.pdf`, root-relative when no base is configured. */
  posterUrl(slug: string, rank: number, format: PosterFormat = 'pdf'): string {
    return `${this.config.publicBaseUrl ?? ''}/posters/${encodeURIComponent(slug)}/${rank}.${format}`;
  }

  /** The public site's page of one entry, with its tip form: `PUBLIC_BASE_URL/se-busca/<slug>/<rank>`. */
  entryPageUrl(slug: string, rank: number): string {
    return `${this.config.publicBaseUrl ?? ''}/se-busca/${encodeURIComponent(slug)}/${rank}`;
  }

  /**
   * An uploaded photo's public address (`/photos/<slug>/<rank>.jpg?v=<upload time>`: a new
   * upload is a new URL, so caches never show the old face), else the URL the editors gave.
   */
  photoUrl(
    slug: string,
    entry: { rank: number; photoUrl: string | null },
    photoUploadedAt: Date | null,
  ): string | null {
    if (!photoUploadedAt) return entry.photoUrl;
    return `${this.config.publicBaseUrl ?? ''}/photos/${encodeURIComponent(slug)}/${entry.rank}.jpg?v=${photoUploadedAt.getTime().toString(36)}`;
  }

  /** TIP_FORM_URL with `{slug}` and `{rank}` filled in; unset, the entry's page on the public site. */
  tipFormUrl(slug: string, rank: number): string {
    if (!this.config.tipFormUrl) return this.entryPageUrl(slug, rank);
    return this.config.tipFormUrl.replaceAll('{slug}', encodeURIComponent(slug)).replaceAll('{rank}', String(rank));
  }
}
