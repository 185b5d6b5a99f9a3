import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateScalar, DateTimeScalar, RelayNode } from '@app/core';
import { CampaignStatus } from './campaign-status';
import { WantedEntry } from './wanted-entry.type';

@ObjectType('WantedCampaign', {
  implements: () => [RelayNode],
  description:
    'A wanted campaign (Se Busca) as its own agency sees it: a ranked list of wanted people with a bilingual public text.',
})
export class WantedCampaign {
  @Field(() => ID, { description: "The campaign's id (a UUID): also its id for node(id:)." })
  id: string;

  /** Resolved by WantedCampaignFieldsResolver. */
  @Field(() => Agency, { description: 'The agency running it.' })
  ownerAgency?: Agency;

  ownerAgencyId: string;

  @Field({ description: 'Its public address: /se-busca/<slug>.' })
  slug: string;

  @Field(() => CampaignStatus, { description: 'Where it stands.' })
  status: CampaignStatus;

  @Field({ description: 'Its title in Spanish.' })
  titleEs: string;

  @Field({ description: 'Its title in English.' })
  titleEn: string;

  @Field({ description: 'Its public text in Spanish.' })
  summaryEs: string;

  @Field({ description: 'Its public text in English.' })
  summaryEn: string;

  @Field({ description: 'The region it covers.' })
  region: string;

  @Field(() => Int, { description: 'Its phase number, printed on posters.' })
  phase: number;

  @Field({ description: 'The hotline number the public calls.' })
  hotlinePhone: string;

  @Field(() => String, { nullable: true, description: 'The WhatsApp number for tips; null when none.' })
  whatsappPhone: string | null;

  @Field(() => DateScalar, { description: 'The first day it is public once published (UTC).' })
  activeFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it is public (UTC); null: until closed.' })
  activeUntil: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published; null while a draft.' })
  publishedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed; null until then.' })
  closedAt: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Resolved by WantedCampaignFieldsResolver, by rank. */
  @Field(() => [WantedEntry], { description: 'The wanted people, by rank (1 is the most wanted).' })
  entries?: WantedEntry[];
}
