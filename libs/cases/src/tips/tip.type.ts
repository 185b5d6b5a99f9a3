import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@app/auth';
import { Country, DateTimeScalar, RelayNode } from '@app/core';
import { Organization } from '../organizations/organization.type';
import { RecordNode } from '../records/record.interface';
import { SourceReliability, TipChannel, TipPriority, TipStatus } from '../records/record-enums';
import { Suspect } from '../suspects/suspect.type';

@ObjectType('Tipster', {
  description: "Who gave a tip. Confidential: only the intake agency's intake officers ever read it; never shared.",
})
export class Tipster {
  @Field({ description: 'True when the tipster gave no name.' })
  anonymous: boolean;

  @Field(() => String, { nullable: true, description: 'Their name; null when anonymous or not given.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Their telephone number; null when not given.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Their e-mail address; null when not given.' })
  email: string | null;
}

@ObjectType('TipFollowUp', {
  description: 'Information the tipster added later with the receipt code of a public tip.',
})
export class TipFollowUp {
  @Field(() => DateTimeScalar, { description: 'When it came in.' })
  receivedAt: Date;

  @Field({ description: 'What they added.' })
  narrative: string;
}

@ObjectType('Tip', {
  implements: () => [RecordNode, RelayNode],
  description: 'A tip, as you may see it: withheld fields are null and named in redactedFields.',
})
export class Tip extends RecordNode {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the tip came in; null when withheld from you (then named in redactedFields).',
  })
  receivedAt: Date | null;

  @Field(() => TipChannel, {
    nullable: true,
    description: 'How it came in; null when withheld from you (then named in redactedFields).',
  })
  channel: TipChannel | null;

  @Field(() => String, { nullable: true, description: '"es" or "en".' })
  language: string | null;

  @Field(() => Country, { nullable: true, description: 'Which side of the border the tip was received on.' })
  receivedIn: Country | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the tipster said; null when withheld from you (then named in redactedFields).',
  })
  narrative: string | null;

  @Field(() => TipStatus, {
    nullable: true,
    description: 'Where it is in the intake queue; null when withheld from you (then named in redactedFields).',
  })
  status: TipStatus | null;

  @Field(() => TipPriority, {
    nullable: true,
    description: 'How urgently it needs acting on; null when withheld from you (then named in redactedFields).',
  })
  priority: TipPriority | null;

  /** Resolved by TipFieldsResolver from assigneeId, unless withheld (then null). */
  @Field(() => User, { nullable: true, description: 'Who follows it up at the intake agency.' })
  assignee?: User | null;

  assigneeId: string | null;

  @Field(() => SourceReliability, {
    nullable: true,
    description: 'Admiralty code: A (reliable) to F (cannot be judged).',
  })
  sourceReliability: SourceReliability | null;

  @Field(() => Int, { nullable: true, description: 'Admiralty code: 1 (confirmed) to 6 (cannot be judged).' })
  informationCredibility: number | null;

  /** Resolved by TipFieldsResolver, unless withheld (then null). */
  @Field(() => [Suspect], {
    nullable: true,
    description:
      'The suspects it mentions, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  subjects: Suspect[] | null;

  /** Resolved by TipFieldsResolver, unless withheld (then null). */
  @Field(() => [Organization], {
    nullable: true,
    description:
      'The organizations it mentions, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  organizations: Organization[] | null;

  @Field(() => Tipster, { nullable: true, description: 'Intake officers of the owning agency only; never shared.' })
  tipster: Tipster | null;

  @Field(() => ID, { nullable: true, description: 'The wanted campaign (Se Busca) the tip came through, if any.' })
  campaignId: string | null;

  /** Resolved by TipFieldsResolver, unless withheld (then null). */
  @Field(() => [TipFollowUp], {
    nullable: true,
    description: 'What the tipster added later with the receipt code, oldest first.',
  })
  followUps: TipFollowUp[] | null;
}
