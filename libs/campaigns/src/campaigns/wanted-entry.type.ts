import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Sex, Suspect } from '@app/cases';
import { DateTimeScalar } from '@app/core';
import { EntryBuild } from './entry-build';

@ObjectType('WantedEntry', { description: 'One wanted person of a campaign, as its editors see it.' })
export class WantedEntry {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => ID, { description: 'Its campaign.' })
  campaignId: string;

  @Field(() => Int, { description: 'Its rank in the campaign: 1 is the most wanted.' })
  rank: number;

  /** Resolved by WantedEntryFieldsResolver: null where the viewer may not (or no longer) see the suspect. */
  @Field(() => Suspect, {
    nullable: true,
    description: 'The suspect record behind it; null where you may not (or no longer) see that suspect.',
  })
  suspect?: Suspect | null;

  suspectId: string;

  @Field({ description: 'The name the public sees.' })
  displayName: string;

  @Field(() => [String], { description: 'The aliases the public sees.' })
  aliases: string[];

  @Field(() => [String], { description: 'What they are wanted for, in Spanish.' })
  crimesEs: string[];

  @Field(() => [String], { description: 'What they are wanted for, in English.' })
  crimesEn: string[];

  @Field({ description: 'The public text, in Spanish.' })
  summaryEs: string;

  @Field({ description: 'The public text, in English.' })
  summaryEn: string;

  @Field(() => String, {
    nullable: true,
    description: 'The uploaded photo (served while the campaign is public), else the URL given.',
  })
  photoUrl: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex; null when not given.' })
  sex: Sex | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Approximate age in years; null when a year of birth (or nothing) is given.',
  })
  approximateAge: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of birth; null when an approximate age (or nothing) is given.',
  })
  yearOfBirth: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in centimetres; null when unknown.' })
  heightCm: number | null;

  @Field(() => EntryBuild, { nullable: true, description: 'Build; null when unknown.' })
  build: EntryBuild | null;

  @Field(() => String, { nullable: true, description: 'Scars, tattoos..., in Spanish; null when none given.' })
  distinguishingMarksEs: string | null;

  @Field(() => String, { nullable: true, description: 'The same in English; null when none given.' })
  distinguishingMarksEn: string | null;

  @Field({ description: 'True: posters print the ARMADO Y PELIGROSO / ARMED AND DANGEROUS band.' })
  armedAndDangerous: boolean;

  @Field({ description: 'The printable poster (PDF), served only while the campaign is public.' })
  posterUrl: string;

  @Field(() => DateTimeScalar, { description: 'When it was added.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt: Date;
}
