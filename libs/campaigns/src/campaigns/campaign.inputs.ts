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

@InputType('CreateCampaignInput', { description: 'A new draft wanted campaign (Se Busca) of your agency.' })
export class CreateCampaignInput {
  /** Lower-case letters, digits and single dashes: the campaign's public address and its posters'. */
  @RequiredText(
    SLUG_MAX_LENGTH,
    "Lower-case letters, digits and single dashes: the campaign's public address (/se-busca/<slug>) and its posters'. Unique.",
  )
  @Matches(SLUG, {
    message: 'slug must be lower-case letters and digits separated by single dashes, e.g. se-busca-juarez',
  })
  // /se-busca/seguimiento is the public site's follow-up page, not a campaign.
  @IsNotIn(['seguimiento'], { message: 'slug "seguimiento" is taken by the public site' })
  slug: string;

  @RequiredText(TITLE_MAX_LENGTH, 'Its title in Spanish.')
  titleEs: string;

  @RequiredText(TITLE_MAX_LENGTH, 'Its title in English.')
  titleEn: string;

  @RequiredText(CAMPAIGN_SUMMARY_MAX_LENGTH, 'What the public reads about it, in Spanish.')
  summaryEs: string;

  @RequiredText(CAMPAIGN_SUMMARY_MAX_LENGTH, 'What the public reads about it, in English.')
  summaryEn: string;

  @RequiredText(REGION_MAX_LENGTH, 'The region it covers, e.g. Ciudad Juárez – El Paso.')
  region: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its phase number, printed on posters. Left out: 1 for a new campaign, unchanged in an update.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PHASE)
  phase?: number | null;

  @RequiredText(PHONE_MAX_LENGTH, 'The hotline number the public calls with a tip.')
  @Matches(PHONE, { message: phoneMessage('hotlinePhone') })
  hotlinePhone: string;

  @OptionalText(PHONE_MAX_LENGTH, 'A WhatsApp number for tips, if any.')
  @Matches(PHONE, { message: phoneMessage('whatsappPhone') })
  whatsappPhone?: string | null;

  @Field(() => DateScalar, { description: 'The first day it is public once published (UTC).' })
  @IsString() // a decorator the validation pipe's whitelist keeps (the scalar has checked the date)
  activeFrom: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The last day it is public (UTC); null: until closed. Left out in an update: unchanged.',
  })
  @IsOptional()
  activeUntil?: string | null;
}

@InputType('UpdateCampaignInput', {
  description:
    'Changes to a campaign: every CreateCampaignInput field, optional. A published campaign keeps its slug (it is printed on its posters).',
})
export class UpdateCampaignInput extends PartialType(CreateCampaignInput, InputType) {}

@InputType('CampaignFilter', { description: 'Narrows campaigns.' })
export class CampaignFilter {
  @Field(() => CampaignStatus, { nullable: true, description: 'Only campaigns with this status.' })
  @IsOptional()
  @IsEnum(CampaignStatus)
  status?: CampaignStatus | null;
}
