import {
  Controller,
  Get,
  Header,
  Param,
  ParseIntPipe,
  Put,
  Req,
  Res,
  StreamableFile,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { Can, Ctx, Public, PUBLIC_READ_THROTTLER, PublicBudget, RequestContext, Transactional } from '@app/auth';
import { AppError, AppErrorHttpFilter } from '@app/core';
import { WantedEntry } from '../campaigns/wanted-entry.type';
import { MAX_PHOTO_BYTES, WantedEntryPhotoService } from './wanted-entry-photo.service';

const FILE = /^([1-9][0-9]{0,2})\.jpg$/;

/** `PUT /campaigns/<campaignId>/entries/<rank>/photo` for the campaign's editors; `GET /photos/<slug>/<rank>.jpg` for anyone. */
@Controller()
@UseFilters(AppErrorHttpFilter)
export class WantedEntryPhotoController {
  constructor(private readonly photos: WantedEntryPhotoService) {}

  @Can('update', 'Campaign')
  @Transactional()
  @Put('campaigns/:campaignId/entries/:rank/photo')
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('campaignId') campaignId: string,
    @Param('rank', ParseIntPipe) rank: number,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WantedEntry> {
    return this.photos.upload(ctx, campaignId, rank, await readBody(req, res));
  }

  @Public()
  @PublicBudget(PUBLIC_READ_THROTTLER)
  @Get('photos/:slug/:file')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  // the URL changes with every upload (?v=): a photo may be cached for long
  @Header('Cache-Control', 'public, max-age=86400')
  async photo(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Param('file') file: string,
  ): Promise<StreamableFile> {
    const match = FILE.exec(file);
    if (!match) throw AppError.notFound('photo');
    const body = await this.photos.publicPhoto(ctx, slug, Number(match[1]));
    return new StreamableFile(body, { type: 'image/jpeg', length: body.length });
  }
}

/**
 * The request body, or (past the limit) a stand-in one byte too large, for the service to answer
 * 413: the rest is never read, so the connection closes after the answer.
 */
async function readBody(req: Request, res: Response): Promise<Buffer> {
  try {
    return await getRawBody(req, { limit: MAX_PHOTO_BYTES });
  } catch (error) {
    if ((error as { type?: string }).type === 'entity.too.large') {
      res.setHeader('Connection', 'close');
      return Buffer.alloc(MAX_PHOTO_BYTES + 1);
    }
    throw AppError.badInput('photo', 'the upload could not be read');
  }
}
