import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateScalar, DateTimeScalar, RelayNode } from '@app/core';
import { CampaignStatus } from './campaign-status';
import { WantedEntry } from './wanted-entry.type';

/** A wanted campaign (Se Busca) as its own agency sees it. */
@ObjectType('WantedCampaign', { implements: () => [RelayNode] })
export class WantedCampaign {
  @Field(() => ID)
  id: string;

  /** Resolved by WantedCampaignFieldsResolver. */
  @Field(() => Agency)
  ownerAgency?: Agency;

  ownerAgencyId: string;

  @Field()
  slug: string;

  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Field()
  titleEs: string;

  @Field()
  titleEn: string;

  @Field()
  summaryEs: string;

  @Field()
  summaryEn: string;

  @Field()
  region: string;

  @Field(() => Int)
  phase: number;

  @Field()
  hotlinePhone: string;

  @Field(() => String, { nullable: true })
  whatsappPhone: string | null;

  @Field(() => DateScalar)
  activeFrom: string;

  @Field(() => DateScalar, { nullable: true })
  activeUntil: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt: Date | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  /** Resolved by WantedCampaignFieldsResolver, by rank. */
  @Field(() => [WantedEntry])
  entries?: WantedEntry[];
}
