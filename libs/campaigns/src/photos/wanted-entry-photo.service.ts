import { Injectable, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { RequestContext } from '@app/auth';
import { AppError, ErrorCode } from '@app/core';
import { CampaignService } from '../campaigns/campaign.service';
import { WantedEntryEntity } from '../campaigns/wanted-entry.entity';
import { WantedEntry } from '../campaigns/wanted-entry.type';
import { WantedEntryService } from '../campaigns/wanted-entry.service';
import { PublicCampaignService } from '../public/public-campaign.service';

/** At most 5 MB uploaded; the stored JPEG is far smaller. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
// Enough for a poster printed at 300 dpi in its 190 x 230 pt box.
const MAX_SIDE = 1200;
// A decompression bomb stops here (sharp's own default is ~268 million).
const MAX_INPUT_PIXELS = 40_000_000;

/** JPEG (FF D8 FF) and PNG (89 50 4E 47 0D 0A 1A 0A), by their first bytes: what the client says it sends does not count. */
function sniffedType(bytes: Buffer): 'jpeg' | 'png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  return null;
}

function refused(status: 413 | 415, message: string): Error {
  const body = { statusCode: status, code: ErrorCode.BAD_USER_INPUT, message };
  return status === 413 ? new PayloadTooLargeException(body) : new UnsupportedMediaTypeException(body);
}

/**
 * Wanted entries' photos: uploaded by the campaign's editors, checked by content, decoded and
 * re-encoded with sharp (libvips) as a JPEG that carries no metadata at all (EXIF, GPS, XMP, ICC
 * comments), turned upright first; stored in the database with the entry.
 */
@Injectable()
export class WantedEntryPhotoService {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly entries: WantedEntryService,
    private readonly publicCampaigns: PublicCampaignService,
  ) {}

  async upload(ctx: RequestContext, campaignId: string, rank: number, body: Buffer): Promise<WantedEntry> {
    if (body.length > MAX_PHOTO_BYTES) throw refused(413, `A photo is at most ${MAX_PHOTO_BYTES} bytes`);
    const type = sniffedType(body);
    if (!type) throw refused(415, 'A photo is a JPEG or a PNG image');
    const campaign = await this.campaigns.findForChange(ctx, campaignId, 'update');
    const repository = ctx.manager.getRepository(WantedEntryEntity);
    const entry = await repository.findOneBy({ campaignId: campaign.id, rank });
    if (!entry) throw AppError.notFound('entry');
    await repository.update({ id: entry.id }, { photo: await reencoded(body, type), photoUploadedAt: new Date() });
    this.campaigns.audit(ctx, AuditAction.CAMPAIGN_ENTRY_PHOTO_UPLOADED, campaign, {
      detail: { entryId: entry.id, rank },
    });
    return this.entries.saved(ctx, campaign, entry.id);
  }

  /** The photo of a public campaign's entry, or NOT_FOUND (unknown, not public and no photo alike). */
  async publicPhoto(ctx: RequestContext, slug: string, rank: number): Promise<Buffer> {
    const campaign = await this.publicCampaigns.findPublic(ctx, slug);
    const [entry] = campaign ? await this.publicCampaigns.entries(ctx, campaign, rank) : [];
    const photo = entry?.photoUploadedAt ? await this.bytes(ctx, entry.id) : null;
    if (!photo) throw AppError.notFound('photo');
    return photo;
  }

  /** The stored photo of an entry. */
  async bytes(ctx: RequestContext, entryId: string): Promise<Buffer | null> {
    const row = await ctx.manager
      .getRepository(WantedEntryEntity)
      .findOne({ where: { id: entryId }, select: { id: true, photo: true } });
    return row?.photo ?? null;
  }
}

/** Decoded and drawn anew: nothing of the uploaded file but its pixels survives. */
async function reencoded(body: Buffer, type: 'jpeg' | 'png'): Promise<Buffer> {
  // Loaded on the first upload, not at start: most API processes never see one.
  const sharp = require('sharp') as typeof import('sharp');
  try {
    const image = sharp(body, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    // the container must be what the first bytes said (no polyglot files)
    if ((await image.metadata()).format !== type) throw new Error('format mismatch');
    return await image
      .rotate()
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
  } catch {
    throw AppError.badInput('photo', 'the image could not be read');
  }
}
