import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotIn, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { OptionalText, RequiredText } from '@app/cases';
import { DateScalar } from '@app/core';
import { CampaignStatus } from './campaign-status';

export const SLUG_MAX_LENGTH = 80;
export const TITLE_MAX_LENGTH = 200;
export const CAMPAIGN_SUMMARY_MAX_LENGTH = 2000;
export const REGION_MAX_LENGTH = 200;
export const PHONE_MAX_LENGTH = 50;
export const MAX_PHASE = 99;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,49}$/;

const phoneMessage = (field: string) => `${field} must be a phone number: digits, spaces and + ( ) - .`;

@InputType('CreateCampaignInput')
export class CreateCampaignInput {
  /** Lower-case letters, digits and single dashes: the campaign's public address and its posters'. */
  @RequiredText(SLUG_MAX_LENGTH)
  @Matches(SLUG, { message: 'slug must be lower-case letters and digits separated by single dashes, e.g. se-busca-juarez' })
  // /se-busca/seguimiento is the public site's follow-up page, not a campaign.
  @IsNotIn(['seguimiento'], { message: 'slug "seguimiento" is taken by the public site' })
  slug: string;

  @RequiredText(TITLE_MAX_LENGTH)
  titleEs: string;

  @RequiredText(TITLE_MAX_LENGTH)
  titleEn: string;

  @RequiredText(CAMPAIGN_SUMMARY_MAX_LENGTH)
  summaryEs: string;

  @RequiredText(CAMPAIGN_SUMMARY_MAX_LENGTH)
  summaryEn: string;

  @RequiredText(REGION_MAX_LENGTH)
  region: string;

  /** 1 when left out. */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PHASE)
  phase?: number | null;

  @RequiredText(PHONE_MAX_LENGTH)
  @Matches(PHONE, { message: phoneMessage('hotlinePhone') })
  hotlinePhone: string;

  @OptionalText(PHONE_MAX_LENGTH)
  @Matches(PHONE, { message: phoneMessage('whatsappPhone') })
  whatsappPhone?: string | null;

  /** The first day the campaign is public once published (UTC). */
  @Field(() => DateScalar)
  @IsString() // a decorator the validation pipe's whitelist keeps (the scalar has checked the date)
  activeFrom: string;

  /** The last day it is public (UTC); left out: until it is closed. */
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  activeUntil?: string | null;
}

/** Every CreateCampaignInput field, optional. A published campaign keeps its slug: it is printed on its posters. */
@InputType('UpdateCampaignInput')
export class UpdateCampaignInput extends PartialType(CreateCampaignInput, InputType) {}

@InputType('CampaignFilter')
export class CampaignFilter {
  @Field(() => CampaignStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CampaignStatus)
  status?: CampaignStatus | null;
}
