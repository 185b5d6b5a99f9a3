import { Type } from 'class-transformer';
import { NestedInput, OptionalNestedInput, OptionalText } from '../records/input-fields';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Country, DateTimeScalar } from '@app/core';
import { HandlingInput } from '../records/handling.type';
import { SourceReliability, TipChannel, TipPriority, TipStatus } from '../records/record-enums';
import { TIP_LANGUAGES } from './tip.entity';
import type { TipLanguage } from './tip.entity';

export const NARRATIVE_MAX_LENGTH = 20000;
const NAME_MAX_LENGTH = 200;
const PHONE_MAX_LENGTH = 50;
// RFC 5321's limit on a forward path
const EMAIL_MAX_LENGTH = 254;
const MAX_LINKS = 50;

/**
 * A tipster's contact details, as intake takes them down and as the public gives them on the
 * web form. Never echoed in messages or logs: the validation messages name the field, not the value.
 */
@InputType({ isAbstract: true })
export abstract class TipContactFields {
  @OptionalText(NAME_MAX_LENGTH, 'Their name, if given.')
  name?: string | null;

  @OptionalText(PHONE_MAX_LENGTH, 'A telephone number to reach them, if given.')
  phone?: string | null;

  @OptionalText(EMAIL_MAX_LENGTH, 'An e-mail address to reach them, if given.')
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;
}

@InputType('TipsterInput', { description: 'Who gave the tip (stored encrypted; only your intake officers read it).' })
export class TipsterInput extends TipContactFields {
  @Field({ description: 'True when the tipster gave no name.' })
  @IsBoolean()
  anonymous: boolean;
}

@InputType('SubmitTipInput', { description: 'A tip taken by an intake officer.' })
export class SubmitTipInput {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the tip came in; now when left out; not in the future.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  receivedAt?: Date | null;

  @Field(() => TipChannel, { description: 'How it came in.' })
  @IsEnum(TipChannel)
  channel: TipChannel;

  @Field(() => String, { description: '"es" or "en".' })
  @IsIn(TIP_LANGUAGES, { message: `language must be one of: ${TIP_LANGUAGES.join(', ')}` })
  language: TipLanguage;

  @Field(() => Country, { nullable: true, description: 'Which side of the border the tip was received on.' })
  @IsOptional()
  @IsEnum(Country)
  receivedIn?: Country | null;

  @Field({ description: 'What the tipster said.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NARRATIVE_MAX_LENGTH)
  narrative: string;

  @Field(() => [ID], { nullable: true, description: 'Suspects the tip mentions.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'subjectIds must be suspect ids' })
  subjectIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Organizations the tip mentions.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'organizationIds must be organization ids' })
  organizationIds?: string[] | null;

  @NestedInput(TipsterInput, 'Who gave it.')
  tipster: TipsterInput;

  @NestedInput(HandlingInput, "The record's handling markings.")
  handling: HandlingInput;

  @Field(() => TipPriority, { nullable: true, description: 'How urgent it is; ROUTINE when left out.' })
  @IsOptional()
  @IsEnum(TipPriority)
  priority?: TipPriority | null;

  @Field(() => ID, { nullable: true, description: 'Who follows it up: a person of your agency.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The wanted campaign (Se Busca) a HOTLINE or WHATSAPP tip answers: one of your agency.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string | null;
}

@InputType('TriageTipInput', {
  description:
    'Triage: status, grading and markings; the fields given change, and a given list replaces the stored one.',
})
export class TriageTipInput {
  @OptionalNestedInput(
    HandlingInput,
    "New markings, once the tip has been weighed: a public tip arrives TLP:AMBER releasable to your country only, and a referral abroad needs the partner's country here.",
  )
  handling?: HandlingInput | null;

  @Field(() => TipStatus, { nullable: true, description: 'The new status.' })
  @IsOptional()
  @IsEnum(TipStatus)
  status?: TipStatus | null;

  @Field(() => TipPriority, { nullable: true, description: 'The new priority.' })
  @IsOptional()
  @IsEnum(TipPriority)
  priority?: TipPriority | null;

  @Field(() => ID, { nullable: true, description: 'A person of your agency; null: nobody.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string | null;

  @Field(() => SourceReliability, { nullable: true, description: "The source's reliability (A to F); null clears it." })
  @IsOptional()
  @IsEnum(SourceReliability)
  sourceReliability?: SourceReliability | null;

  @Field(() => Int, {
    nullable: true,
    description: "The information's credibility, 1 (confirmed) to 6 (cannot be judged); null clears it.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  informationCredibility?: number | null;

  @Field(() => [ID], { nullable: true, description: 'The suspects it mentions (ids you may see).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'subjectIds must be suspect ids' })
  subjectIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The organizations it mentions (ids you may see).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true, message: 'organizationIds must be organization ids' })
  organizationIds?: string[] | null;
}

@InputType('TipFilter', { description: 'Narrows the intake queue; every filter given must hold.' })
export class TipFilter {
  @Field(() => TipStatus, { nullable: true, description: 'Only tips with this status.' })
  @IsOptional()
  @IsEnum(TipStatus)
  status?: TipStatus | null;

  @Field(() => TipChannel, { nullable: true, description: 'Only tips that came in this way.' })
  @IsOptional()
  @IsEnum(TipChannel)
  channel?: TipChannel | null;

  @Field(() => TipPriority, { nullable: true, description: 'Only tips of this priority.' })
  @IsOptional()
  @IsEnum(TipPriority)
  priority?: TipPriority | null;

  @Field(() => String, { nullable: true, description: 'Only tips in this language: "es" or "en".' })
  @IsOptional()
  @IsIn(TIP_LANGUAGES, { message: `language must be one of: ${TIP_LANGUAGES.join(', ')}` })
  language?: TipLanguage | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Received at or after (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  receivedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Received before (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  receivedTo?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Tips that came through this wanted campaign (Se Busca).' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string | null;
}
