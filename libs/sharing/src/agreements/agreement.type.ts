import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateScalar, DateTimeScalar, RecordType, ShareUse, Tlp } from '@app/core';

/** Field names of one record type. */
@ObjectType({ isAbstract: true })
abstract class RecordFields {
  @Field(() => RecordType, { description: 'The record type.' })
  recordType: RecordType;

  @Field(() => [String], { description: 'The field names (as in redactedFields).' })
  fields: string[];
}

@ObjectType('WithheldFields', { description: 'Fields of one record type that an agreement never shares.' })
export class WithheldFields extends RecordFields {}

@ObjectType('DiscoveryKeys', {
  description: 'Fields of one record type that discovery (hit/no-hit) may match on under an agreement.',
})
export class DiscoveryKeys extends RecordFields {}

@ObjectType('Agreement', {
  description:
    'A sharing agreement: what a provider agency may share with a recipient, how far, and on which terms. Both parties read it.',
})
export class Agreement {
  @Field(() => ID, { description: "The agreement's id." })
  id: string;

  /** Resolved by AgreementFieldsResolver. */
  @Field(() => Agency, { description: 'The agency whose records it shares.' })
  providerAgency?: Agency;

  providerAgencyId: string;

  @Field(() => Agency, { description: 'The agency that receives them.' })
  recipientAgency?: Agency;

  recipientAgencyId: string;

  @Field(() => [RecordType], { description: 'Which record types may be shared.' })
  recordTypes: RecordType[];

  @Field(() => Tlp, { description: 'The most restricted TLP level that may be shared (RED never is).' })
  maxTlp: Tlp;

  @Field(() => [WithheldFields], { description: 'Fields that never go, per record type.' })
  withheldFields: WithheldFields[];

  @Field({ description: 'Whether the recipient may discover (hit/no-hit) that the provider holds a matching record.' })
  discoveryAllowed: boolean;

  @Field(() => [DiscoveryKeys], {
    description: 'Per covered record type, the fields discovery matches on (the defaults filled in).',
  })
  discoveryKeys: DiscoveryKeys[];

  @Field({
    description:
      "True: each share needs the provider's liaison's approval; false: standing, the recipient reads what the agreement allows.",
  })
  approvalRequired: boolean;

  @Field(() => Int, { nullable: true, description: 'The longest a share may last, in days; null: no limit.' })
  maxShareDays: number | null;

  @Field(() => [ShareUse], { description: 'The uses a share may be granted for.' })
  permittedUses: ShareUse[];

  @Field({
    description: 'Whether the recipient may pass shared records on to its own partners (never an ORCON record).',
  })
  onwardSharingAllowed: boolean;

  @Field(() => DateScalar, { description: 'The first day it applies.' })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it applies; null: no end date.' })
  validUntil: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the provider ended it; null while in force.' })
  endedAt: Date | null;
}
