import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { OptionalText, OptionalTextList, RequiredText, RequiredTextList, Sex } from '@app/cases';
import { EntryBuild } from './entry-build';

/** Ranks 1 (most wanted) to 99; a campaign holds at most MAX_ENTRIES people. */
export const MAX_RANK = 99;
export const MAX_ENTRIES = 50;
export const DISPLAY_NAME_MAX_LENGTH = 120;
// What a poster has room for.
export const ENTRY_SUMMARY_MAX_LENGTH = 600;
const MAX_ALIASES = 6;
const ALIAS_MAX_LENGTH = 60;
const MAX_CRIMES = 6;
const CRIME_MAX_LENGTH = 100;
const PHOTO_URL_MAX_LENGTH = 500;
const PHOTO_URL = /^(https:\/\/[^\s/]+|\/)[^\s]*$/;
const MARKS_MAX_LENGTH = 300;

/** An optional whole number within bounds (null clears it). */
function OptionalInt(min: number, max: number, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt(),
    Min(min),
    Max(max),
  );
}

@InputType('WantedEntryInput', {
  description: 'A wanted person of a campaign: what the public sees of them, in Spanish and English.',
})
export class WantedEntryInput {
  @Field(() => Int, { description: 'Unique within the campaign: 1 is the most wanted.' })
  @IsInt()
  @Min(1)
  @Max(MAX_RANK)
  rank: number;

  @Field(() => ID, { description: 'A suspect you may see: your agency’s own, or one shared with it.' })
  @IsUUID('all', { message: 'suspectId must be a suspect id' })
  suspectId: string;

  @RequiredText(DISPLAY_NAME_MAX_LENGTH, 'The name the public sees.')
  displayName: string;

  @OptionalTextList(
    MAX_ALIASES,
    ALIAS_MAX_LENGTH,
    'The aliases the public sees. Left out: none for a new entry, unchanged in an update.',
  )
  aliases?: string[] | null;

  @RequiredTextList(MAX_CRIMES, CRIME_MAX_LENGTH, 'What they are wanted for, in Spanish (one item each).')
  crimesEs: string[];

  @RequiredTextList(MAX_CRIMES, CRIME_MAX_LENGTH, 'What they are wanted for, in English.')
  crimesEn: string[];

  @RequiredText(ENTRY_SUMMARY_MAX_LENGTH, 'The public text about them, in Spanish.')
  summaryEs: string;

  @RequiredText(ENTRY_SUMMARY_MAX_LENGTH, 'The public text about them, in English.')
  summaryEn: string;

  /** An https URL or a root-relative path (`/photos/3.jpg`). */
  @OptionalText(
    PHOTO_URL_MAX_LENGTH,
    'A photo: an https URL or a root-relative path (`/photos/3.jpg`); an uploaded photo takes its place.',
  )
  @Matches(PHOTO_URL, { message: 'photoUrl must be an https URL or a path starting with /' })
  photoUrl?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Spanish texts agree with it ("¿La ha visto?").' })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  /** Either this or yearOfBirth. */
  @OptionalInt(14, 110, 'Either this or yearOfBirth.')
  approximateAge?: number | null;

  @OptionalInt(1900, 2100, 'Either this or approximateAge.')
  yearOfBirth?: number | null;

  @OptionalInt(100, 250, 'In centimetres.')
  heightCm?: number | null;

  @Field(() => EntryBuild, { nullable: true, description: 'Their build, if known.' })
  @IsOptional()
  @IsEnum(EntryBuild)
  build?: EntryBuild | null;

  @OptionalText(MARKS_MAX_LENGTH, 'Scars, tattoos... as the public should read them, in Spanish.')
  distinguishingMarksEs?: string | null;

  @OptionalText(MARKS_MAX_LENGTH, 'The same in English.')
  distinguishingMarksEn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Prints the ARMADO Y PELIGROSO / ARMED AND DANGEROUS band (false when left out).',
  })
  @IsOptional()
  @IsBoolean()
  armedAndDangerous?: boolean | null;
}

@InputType('UpdateWantedEntryInput', {
  description:
    'Changes to a wanted entry: every WantedEntryInput field, optional; a given rank must be free in the campaign.',
})
export class UpdateWantedEntryInput extends PartialType(WantedEntryInput, InputType) {}
