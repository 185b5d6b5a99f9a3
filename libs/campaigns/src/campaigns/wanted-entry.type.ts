import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Suspect } from '@app/cases';
import { DateTimeScalar } from '@app/core';

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

  @Field(() => String, { nullable: true })
  photoUrl: string | null;

  /** The printable poster (served only while the campaign is public). */
  @Field()
  posterUrl: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;
}
