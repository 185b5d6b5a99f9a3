import { Field, ObjectType } from '@nestjs/graphql';
import { Country, DateScalar, RelayNode } from '@app/core';
import { RecordNode } from '../records/record.interface';
import { IdentifierKind, MembershipRole, Sex, SuspectStatus } from '../records/record-enums';

@ObjectType('Identifier')
export class Identifier {
  @Field(() => IdentifierKind)
  kind: IdentifierKind;

  @Field()
  value: string;

  @Field(() => Country, { nullable: true })
  country?: Country | null;

  /** Issuing state of a driver's licence (ISO 3166-2 code without the country). */
  @Field(() => String, { nullable: true })
  state?: string | null;
}

/** A suspect's membership of an organization; the organization shows only where it is itself visible. */
@ObjectType('Membership')
export class Membership {
  organizationId: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  since: string | null;
}

@ObjectType('Suspect', { implements: () => [RecordNode, RelayNode] })
export class Suspect extends RecordNode {
  @Field(() => String, { nullable: true })
  givenNames: string | null;

  @Field(() => String, { nullable: true })
  paternalSurname: string | null;

  @Field(() => String, { nullable: true })
  maternalSurname: string | null;

  @Field(() => String, { nullable: true })
  fullName: string | null;

  @Field(() => [String], { nullable: true })
  aliases: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  dateOfBirth: string | null;

  @Field(() => Sex, { nullable: true })
  sex: Sex | null;

  @Field(() => [Country], { nullable: true })
  nationalities: Country[] | null;

  /** An SSN reads `***-**-1234` to everyone outside the owning agency. */
  @Field(() => [Identifier], { nullable: true })
  identifiers: Identifier[] | null;

  @Field(() => SuspectStatus, { nullable: true })
  status: SuspectStatus | null;

  /** Resolved by SuspectFieldsResolver, unless withheld (then null). */
  @Field(() => [Membership], { nullable: true })
  memberships: Membership[] | null;
}
