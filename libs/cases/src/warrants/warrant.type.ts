import { Field, ObjectType } from '@nestjs/graphql';
import { Country, DateScalar, DateTimeScalar, RelayNode } from '@app/core';
import { RecordNode } from '../records/record.interface';
import { WarrantStatus } from '../records/record-enums';
import { Suspect } from '../suspects/suspect.type';

@ObjectType('ExternalRef', { description: 'A key a court or prosecutor system knows the warrant by.' })
export class ExternalRef {
  @Field({ description: "The system's name, as integration scripts send it." })
  sourceSystem: string;

  @Field({ description: "The warrant's id in that system." })
  externalId: string;
}

@ObjectType('WarrantStatusChange', { description: "One entry of a warrant's status history." })
export class WarrantStatusChange {
  @Field(() => WarrantStatus, { description: 'The status it changed to.' })
  status: WarrantStatus;

  @Field(() => DateTimeScalar, { description: 'When the status changed at its source.' })
  changedAt: Date;

  @Field(() => String, { nullable: true, description: 'The system that reported it; null when entered by hand.' })
  sourceSystem: string | null;

  @Field(() => DateTimeScalar, { description: 'When Frontera recorded it.' })
  recordedAt: Date;

  @Field({ description: 'False for an update older than the current status: kept in the history, not applied.' })
  applied: boolean;

  @Field(() => String, { nullable: true, description: 'A note given with the change; null when none.' })
  note: string | null;
}

@ObjectType('Warrant', {
  implements: () => [RecordNode, RelayNode],
  description: 'An arrest warrant, as you may see it: withheld fields are null and named in redactedFields.',
})
export class Warrant extends RecordNode {
  @Field(() => String, {
    nullable: true,
    description:
      "The warrant's number at its issuing authority; null when withheld from you (then named in redactedFields).",
  })
  number: string | null;

  @Field(() => Country, {
    nullable: true,
    description: 'The country that issued it; null when withheld from you (then named in redactedFields).',
  })
  issuingCountry: Country | null;

  @Field(() => String, {
    nullable: true,
    description: 'The court or authority that issued it; null when withheld from you (then named in redactedFields).',
  })
  issuingAuthority: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The charges; null when withheld from you (then named in redactedFields).',
  })
  charges: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was issued; null when unknown or withheld.' })
  issueDate: string | null;

  /** Resolved by WarrantFieldsResolver: null where withheld or where the viewer may not see the suspect. */
  @Field(() => Suspect, {
    nullable: true,
    description: 'The person it is for; null when withheld or when you may not see that suspect.',
  })
  subject?: Suspect | null;

  /** The subject's id, only where the `subject` field is readable (not part of the schema). */
  subjectId: string | null;

  @Field(() => WarrantStatus, {
    nullable: true,
    description: 'Its current status; null when withheld from you (then named in redactedFields).',
  })
  status: WarrantStatus | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the current status took effect; null when withheld from you (then named in redactedFields).',
  })
  statusChangedAt: Date | null;

  /** Resolved by WarrantFieldsResolver, unless withheld (then null). */
  @Field(() => [WarrantStatusChange], {
    nullable: true,
    description: 'Every status it has had, oldest first; null when withheld from you (then named in redactedFields).',
  })
  statusHistory: WarrantStatusChange[] | null;

  /** Resolved by WarrantFieldsResolver, unless withheld (then null). */
  @Field(() => [ExternalRef], {
    nullable: true,
    description:
      'The keys court or prosecutor systems know it by; null when withheld from you (then named in redactedFields).',
  })
  externalRefs: ExternalRef[] | null;
}
