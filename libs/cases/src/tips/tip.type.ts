import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@app/auth';
import { Country, DateTimeScalar, RelayNode } from '@app/core';
import { Organization } from '../organizations/organization.type';
import { RecordNode } from '../records/record.interface';
import { SourceReliability, TipChannel, TipPriority, TipStatus } from '../records/record-enums';
import { Suspect } from '../suspects/suspect.type';

/** Who gave the tip. Confidential: only the intake agency's intake officers ever read it. */
@ObjectType('Tipster')
export class Tipster {
  @Field()
  anonymous: boolean;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

/** Information the tipster added later through the receipt code of a public tip. */
@ObjectType('TipFollowUp')
export class TipFollowUp {
  @Field(() => DateTimeScalar)
  receivedAt: Date;

  @Field()
  narrative: string;
}

@ObjectType('Tip', { implements: () => [RecordNode, RelayNode] })
export class Tip extends RecordNode {
  @Field(() => DateTimeScalar, { nullable: true })
  receivedAt: Date | null;

  @Field(() => TipChannel, { nullable: true })
  channel: TipChannel | null;

  @Field(() => String, { nullable: true, description: '"es" or "en".' })
  language: string | null;

  @Field(() => Country, { nullable: true, description: 'Which side of the border the tip was received on.' })
  receivedIn: Country | null;

  @Field(() => String, { nullable: true })
  narrative: string | null;

  @Field(() => TipStatus, { nullable: true })
  status: TipStatus | null;

  @Field(() => TipPriority, { nullable: true })
  priority: TipPriority | null;

  /** Resolved by TipFieldsResolver from assigneeId, unless withheld (then null). */
  @Field(() => User, { nullable: true, description: 'Who follows it up at the intake agency.' })
  assignee?: User | null;

  assigneeId: string | null;

  @Field(() => SourceReliability, { nullable: true, description: 'Admiralty code: A (reliable) to F (cannot be judged).' })
  sourceReliability: SourceReliability | null;

  @Field(() => Int, { nullable: true, description: 'Admiralty code: 1 (confirmed) to 6 (cannot be judged).' })
  informationCredibility: number | null;

  /** Resolved by TipFieldsResolver, unless withheld (then null). */
  @Field(() => [Suspect], { nullable: true })
  subjects: Suspect[] | null;

  /** Resolved by TipFieldsResolver, unless withheld (then null). */
  @Field(() => [Organization], { nullable: true })
  organizations: Organization[] | null;

  @Field(() => Tipster, { nullable: true, description: 'Intake officers of the owning agency only; never shared.' })
  tipster: Tipster | null;

  @Field(() => ID, { nullable: true, description: 'The wanted campaign (Se Busca) the tip came through, if any.' })
  campaignId: string | null;

  /** Resolved by TipFieldsResolver, unless withheld (then null). */
  @Field(() => [TipFollowUp], { nullable: true, description: 'What the tipster added later with the receipt code, oldest first.' })
  followUps: TipFollowUp[] | null;
}
