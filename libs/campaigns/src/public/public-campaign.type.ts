import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Sex } from '@app/cases';

@ObjectType('PublicWantedEntry', {
  description:
    "One wanted person as the public sees them, in the language asked for: no ids, no markings, nothing of the suspect's record.",
})
export class PublicWantedEntry {
  @Field(() => Int, { description: 'Their rank: 1 is the most wanted (the entry to name in a public tip).' })
  rank: number;

  @Field({ description: 'Their name as published.' })
  displayName: string;

  @Field(() => [String], { description: 'Their aliases as published.' })
  aliases: string[];

  @Field({ description: 'The public text about them.' })
  summary: string;

  @Field(() => [String], { description: 'What they are wanted for.' })
  crimes: string[];

  @Field(() => String, { nullable: true, description: 'Their photo; null when none.' })
  photoUrl: string | null;

  @Field({ description: 'The printable bilingual poster (PDF); the same path with .png is a preview.' })
  posterUrl: string;

  @Field(() => Sex, { nullable: true, description: 'Sex; null when not given.' })
  sex: Sex | null;

  @Field(() => [String], {
    description: 'Age, height, build, distinguishing marks... one line each, in the language asked for.',
  })
  description: string[];

  @Field({ description: 'True: armed and dangerous (see warning).' })
  armedAndDangerous: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'For an armed and dangerous person: what the public must (not) do.',
  })
  warning: string | null;

  @Field({ description: 'Taken into custody: shown as captured until the campaign removes the entry.' })
  captured: boolean;
}

@ObjectType('PublicCampaign', { description: 'A published wanted list, in the language asked for.' })
export class PublicCampaign {
  @Field({ description: 'Its public address: /se-busca/<slug>.' })
  slug: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field({ description: 'The region it covers.' })
  region: string;

  @Field(() => [String], { description: 'The hotline, then the WhatsApp number ("WhatsApp +52 …").' })
  hotlines: string[];

  @Field({ description: 'The code of the agency running it (e.g. USBP).' })
  ownerAgencyCode: string;

  @Field(() => [PublicWantedEntry], { description: 'By rank.' })
  entries: PublicWantedEntry[];
}
