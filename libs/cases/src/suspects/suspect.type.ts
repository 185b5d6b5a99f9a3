import { Field, ObjectType } from '@nestjs/graphql';
import { Country, DateScalar, RelayNode } from '@app/core';
import { RecordNode } from '../records/record.interface';
import { IdentifierKind, MembershipRole, Sex, SuspectStatus } from '../records/record-enums';

@ObjectType('Identifier', { description: 'An official identifier of a person.' })
export class Identifier {
  @Field(() => IdentifierKind, { description: 'Which kind of identifier.' })
  kind: IdentifierKind;

  @Field({ description: 'The identifier as recorded (an SSN masked outside the owning agency).' })
  value: string;

  @Field(() => Country, { nullable: true, description: 'The issuing country; null when not recorded.' })
  country?: Country | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The issuing state of a driver's licence: an ISO 3166-2 subdivision code without the country (TX, CHH); null otherwise.",
  })
  state?: string | null;
}

@ObjectType('Membership', {
  description:
    "A person's membership of an organization; the organization shows only where it is itself visible to you.",
})
export class Membership {
  organizationId: string;

  @Field(() => MembershipRole, { description: 'Their role in it.' })
  role: MembershipRole;

  @Field(() => DateScalar, { nullable: true, description: 'Since when they belong to it; null when unknown.' })
  since: string | null;
}

@ObjectType('Suspect', {
  implements: () => [RecordNode, RelayNode],
  description: 'A person of interest, as you may see them: withheld fields are null and named in redactedFields.',
})
export class Suspect extends RecordNode {
  @Field(() => String, {
    nullable: true,
    description: 'Given names; null when withheld from you (then named in redactedFields).',
  })
  givenNames: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Paternal (first) surname; null when withheld from you (then named in redactedFields).',
  })
  paternalSurname: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Maternal (second) surname, as Mexican names carry both; null when there is none, or when withheld from you (then named in redactedFields).',
  })
  maternalSurname: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Given names and surnames in one line (the first alias for a person known by aliases alone); null when any part is withheld.',
  })
  fullName: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Names the person is known by; null when withheld from you (then named in redactedFields).',
  })
  aliases: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth; null when unknown or withheld.' })
  dateOfBirth: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex; null when unknown or withheld.' })
  sex: Sex | null;

  @Field(() => [Country], {
    nullable: true,
    description: 'Nationalities; null when withheld from you (then named in redactedFields).',
  })
  nationalities: Country[] | null;

  @Field(() => [Identifier], {
    nullable: true,
    description:
      'Official identifiers (CURP, passport, A-number, ...); an SSN reads `***-**-1234` outside the owning agency; null when withheld from you (then named in redactedFields).',
  })
  identifiers: Identifier[] | null;

  @Field(() => SuspectStatus, {
    nullable: true,
    description: 'Where the person stands with the law; null when withheld from you (then named in redactedFields).',
  })
  status: SuspectStatus | null;

  /** Resolved by SuspectFieldsResolver, unless withheld (then null). */
  @Field(() => [Membership], {
    nullable: true,
    description:
      'The organizations the person belongs to, with their role; null when withheld from you (then named in redactedFields).',
  })
  memberships: Membership[] | null;
}
