import { Controller, Get, Header, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { Ctx, Public, PUBLIC_READ_THROTTLER, PublicBudget, RequestContext } from '@app/auth';
import { AppError, AppErrorHttpFilter } from '@app/core';
import { PosterFormat } from '../campaigns/campaign-links';
import { PosterService } from './poster.service';

const FILE = /^([1-9][0-9]{0,2})\.(pdf|png)$/;
const CONTENT_TYPE: Record<PosterFormat, string> = { pdf: 'application/pdf', png: 'image/png' };

/** `GET /posters/<slug>/<rank>.pdf` (printable) and `.png` (a preview), for anyone. */
@Controller('posters')
@UseFilters(AppErrorHttpFilter)
export class PosterController {
  constructor(private readonly posters: PosterService) {}

  @Public()
  @PublicBudget(PUBLIC_READ_THROTTLER)
  @Get(':slug/:file')
  // Public sites on other origins show the preview (helmet's default is same-origin).
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @Header('Cache-Control', 'public, max-age=300')
  async poster(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Param('file') file: string,
  ): Promise<StreamableFile> {
    const match = FILE.exec(file);
    if (!match) throw AppError.notFound('poster');
    const [, rank, format] = match as unknown as [string, string, PosterFormat];
    const body = await this.posters.render(ctx, slug, Number(rank), format);
    return new StreamableFile(body, {
      type: CONTENT_TYPE[format],
      disposition: `inline; filename="${slug}-${rank}.${format}"`,
      length: body.length,
    });
  }
}
