import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  Ctx,
  Public,
  PUBLIC_READ_THROTTLER,
  PUBLIC_TIP_THROTTLER,
  PublicBudget,
  RequestContext,
  Transactional,
} from '@app/auth';
import type { TipLanguage } from '@app/cases';
import { APP_CONFIG, AppConfig, AppError, ErrorCode } from '@app/core';
import { PublicCampaignService } from '../public-campaign.service';
import { PublicWantedEntry } from '../public-campaign.type';
import { PublicTipService } from '../public-tip.service';
import { PUBLIC_NARRATIVE_MAX_LENGTH } from '../public-tip.types';
import { isSameSitePost } from './form-origin';
import { FormBody, readFollowUpForm, readTipForm } from './site-forms';
import {
  campaignPage,
  CampaignSite,
  EMPTY_FORM,
  entryPage,
  FOLLOW_UP_SEGMENT,
  followUpPage,
  FormState,
  receiptPage,
} from './site-pages';
import { preparePage } from './site-response';
import { SiteErrorFilter } from './site-error.filter';
import { siteLanguage } from './site-text';

const RANK = /^[1-9][0-9]{0,2}$/;

/**
 * The public Se Busca site: server-rendered pages without any script, for a phone that
 * scanned a poster. Each page shows only what `publicCampaign` shows, and the forms become
 * `submitPublicTip` and `addToPublicTip` through the same service, with the same limits.
 */
@Controller('se-busca')
@UseFilters(SiteErrorFilter)
export class PublicSiteController {
  constructor(
    private readonly campaigns: PublicCampaignService,
    private readonly publicTips: PublicTipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Declared before `:slug`, which would otherwise take it.
  @Public()
  @PublicBudget(PUBLIC_READ_THROTTLER)
  @Get(FOLLOW_UP_SEGMENT)
  followUpForm(@Query('lang') lang: unknown, @Res({ passthrough: true }) res: Response): string {
    return preparePage(res, 200, followUpPage(siteLanguage(lang)), true);
  }

  /** A receipt code alone asks whether the tip was received; with more information, adds it. */
  @Public()
  @PublicBudget(PUBLIC_TIP_THROTTLER)
  @Transactional()
  @Post(FOLLOW_UP_SEGMENT)
  async addToPublicTip(
    @Ctx() ctx: RequestContext,
    @Query('lang') lang: unknown,
    @Body() body: FormBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    this.assertSameSite(req);
    const language = siteLanguage(lang);
    const { form, receiptCode, narrative } = readFollowUpForm(body, PUBLIC_NARRATIVE_MAX_LENGTH);
    if (!receiptCode) return preparePage(res, 400, followUpPage(language, form), false);
    if (!narrative) {
      const { received } = await this.publicTips.status(ctx, receiptCode);
      return preparePage(
        res,
        200,
        received ? followUpPage(language, EMPTY_FORM, 'received') : followUpPage(language, form, 'notFound'),
        false,
      );
    }
    try {
      await this.publicTips.addTo(ctx, receiptCode, narrative);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Input was checked above: what is left is an unknown code or a tip that takes no more additions.
      if (error.code === ErrorCode.NOT_FOUND)
        return preparePage(res, 200, followUpPage(language, form, 'notFound'), false);
      if (error.code === ErrorCode.BAD_USER_INPUT)
        return preparePage(res, 200, followUpPage(language, EMPTY_FORM, 'noMoreAdditions'), false);
      throw error;
    }
    return preparePage(res, 200, followUpPage(language, EMPTY_FORM, 'added'), false);
  }

  /** The wanted list, or one person's page with `rank`. */
  @Public()
  @PublicBudget(PUBLIC_READ_THROTTLER)
  @Get(':slug{/:rank}')
  async page(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Param('rank') rank: string | undefined,
    @Query('lang') lang: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const language = siteLanguage(lang);
    const { site, entry } = await this.site(ctx, slug, rank, language);
    return preparePage(res, 200, entry ? entryPage(language, site, entry) : campaignPage(language, site), true);
  }

  /** The tip form of the list (about anyone) or of one person's page. */
  @Public()
  @PublicBudget(PUBLIC_TIP_THROTTLER)
  @Transactional()
  @Post(':slug{/:rank}')
  async submitPublicTip(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Param('rank') rank: string | undefined,
    @Query('lang') lang: unknown,
    @Body() body: FormBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    this.assertSameSite(req);
    const language = siteLanguage(lang);
    const { site, entry } = await this.site(ctx, slug, rank, language);
    const { form, input } = readTipForm(body, site.view.slug, entry?.rank ?? null);
    const again = (state: FormState) =>
      entry ? entryPage(language, site, entry, state) : campaignPage(language, site, state);
    if (!input) return preparePage(res, 400, again(form), false);
    const { receiptCode } = await this.publicTips.submit(ctx, input);
    return preparePage(res, 200, receiptPage(language, site, receiptCode), false);
  }

  private assertSameSite(req: Request): void {
    if (!isSameSitePost(req.headers, this.config.publicBaseUrl))
      throw AppError.forbidden('form posted from another site');
  }

  /** A public campaign and, with `rank`, one of its entries; anything else is NOT_FOUND, alike. */
  private async site(
    ctx: RequestContext,
    slug: string,
    rank: string | undefined,
    language: TipLanguage,
  ): Promise<{ site: CampaignSite; entry?: PublicWantedEntry }> {
    if (rank !== undefined && !RANK.test(rank)) throw AppError.notFound('page');
    const campaign = await this.campaigns.findPublic(ctx, slug);
    if (!campaign) throw AppError.notFound('page');
    const entries = await this.campaigns.entries(ctx, campaign, rank === undefined ? undefined : Number(rank));
    if (rank !== undefined && entries.length === 0) throw AppError.notFound('page');
    const view = this.campaigns.present(campaign, entries, language);
    const site: CampaignSite = {
      view,
      summary: language === 'en' ? campaign.summaryEn : campaign.summaryEs,
      hotlinePhone: campaign.hotlinePhone,
      whatsappPhone: campaign.whatsappPhone,
    };
    return { site, entry: rank === undefined ? undefined : view.entries[0] };
  }
}
