import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateScalar, DateTimeScalar, RecordType, ShareUse, Tlp } from '@app/core';

/** Field names of one record type. */
@ObjectType({ isAbstract: true })
abstract class RecordFields {
  @Field(() => RecordType)
  recordType: RecordType;

  @Field(() => [String])
  fields: string[];
}

@ObjectType('WithheldFields')
export class WithheldFields extends RecordFields {}

@ObjectType('DiscoveryKeys')
export class DiscoveryKeys extends RecordFields {}

@ObjectType('Agreement')
export class Agreement {
  @Field(() => ID)
  id: string;

  /** Resolved by AgreementFieldsResolver. */
  @Field(() => Agency)
  providerAgency?: Agency;

  providerAgencyId: string;

  @Field(() => Agency)
  recipientAgency?: Agency;

  recipientAgencyId: string;

  @Field(() => [RecordType])
  recordTypes: RecordType[];

  @Field(() => Tlp)
  maxTlp: Tlp;

  @Field(() => [WithheldFields])
  withheldFields: WithheldFields[];

  @Field()
  discoveryAllowed: boolean;

  @Field(() => [DiscoveryKeys], { description: 'Per covered record type, the fields discovery matches on (the defaults filled in).' })
  discoveryKeys: DiscoveryKeys[];

  @Field()
  approvalRequired: boolean;

  @Field(() => Int, { nullable: true })
  maxShareDays: number | null;

  @Field(() => [ShareUse])
  permittedUses: ShareUse[];

  @Field()
  onwardSharingAllowed: boolean;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true })
  validUntil: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  endedAt: Date | null;
}
