import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateScalar, DateTimeScalar, RecordType, ShareUse, Tlp } from '@app/core';

@ObjectType('WithheldFields')
export class WithheldFields {
  @Field(() => RecordType)
  recordType: RecordType;

  @Field(() => [String])
  fields: string[];
}

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
