import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Sex } from '@app/cases';

/** One wanted person as the public sees them, in the language asked for. No ids, no markings, nothing of the suspect's record. */
@ObjectType('PublicWantedEntry')
export class PublicWantedEntry {
  @Field(() => Int)
  rank: number;

  @Field()
  displayName: string;

  @Field(() => [String])
  aliases: string[];

  @Field()
  summary: string;

  @Field(() => [String])
  crimes: string[];

  @Field(() => String, { nullable: true })
  photoUrl: string | null;

  @Field({ description: 'The printable bilingual poster (PDF); the same path with .png is a preview.' })
  posterUrl: string;

  @Field(() => Sex, { nullable: true })
  sex: Sex | null;

  @Field(() => [String], { description: 'Age, height, build, distinguishing marks... one line each, in the language asked for.' })
  description: string[];

  @Field()
  armedAndDangerous: boolean;

  @Field(() => String, { nullable: true, description: 'For an armed and dangerous person: what the public must (not) do.' })
  warning: string | null;

  @Field({ description: 'Taken into custody: shown as captured until the campaign removes the entry.' })
  captured: boolean;
}

/** A published wanted list, in the language asked for. */
@ObjectType('PublicCampaign')
export class PublicCampaign {
  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  region: string;

  @Field(() => [String], { description: 'The hotline, then the WhatsApp number ("WhatsApp +52 …").' })
  hotlines: string[];

  @Field()
  ownerAgencyCode: string;

  @Field(() => [PublicWantedEntry], { description: 'By rank.' })
  entries: PublicWantedEntry[];
}
