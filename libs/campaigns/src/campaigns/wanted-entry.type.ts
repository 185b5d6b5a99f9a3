import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Sex, Suspect } from '@app/cases';
import { DateTimeScalar } from '@app/core';
import { EntryBuild } from './entry-build';

/** One wanted person of a campaign, as its editors see it. */
@ObjectType('WantedEntry')
export class WantedEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  campaignId: string;

  @Field(() => Int)
  rank: number;

  /** Resolved by WantedEntryFieldsResolver: null where the viewer may not (or no longer) see the suspect. */
  @Field(() => Suspect, { nullable: true })
  suspect?: Suspect | null;

  suspectId: string;

  @Field()
  displayName: string;

  @Field(() => [String])
  aliases: string[];

  @Field(() => [String])
  crimesEs: string[];

  @Field(() => [String])
  crimesEn: string[];

  @Field()
  summaryEs: string;

  @Field()
  summaryEn: string;

  @Field(() => String, { nullable: true, description: 'The uploaded photo (served while the campaign is public), else the URL given.' })
  photoUrl: string | null;

  @Field(() => Sex, { nullable: true })
  sex: Sex | null;

  @Field(() => Int, { nullable: true })
  approximateAge: number | null;

  @Field(() => Int, { nullable: true })
  yearOfBirth: number | null;

  @Field(() => Int, { nullable: true })
  heightCm: number | null;

  @Field(() => EntryBuild, { nullable: true })
  build: EntryBuild | null;

  @Field(() => String, { nullable: true })
  distinguishingMarksEs: string | null;

  @Field(() => String, { nullable: true })
  distinguishingMarksEn: string | null;

  @Field()
  armedAndDangerous: boolean;

  /** The printable poster (served only while the campaign is public). */
  @Field()
  posterUrl: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;
}
