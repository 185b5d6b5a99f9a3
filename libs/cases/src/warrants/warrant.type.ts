import { Field, ObjectType } from '@nestjs/graphql';
import { Country, DateScalar, DateTimeScalar, RelayNode } from '@app/core';
import { RecordNode } from '../records/record.interface';
import { WarrantStatus } from '../records/record-enums';
import { Suspect } from '../suspects/suspect.type';

/** A key a court or prosecutor system knows the warrant by. */
@ObjectType('ExternalRef')
export class ExternalRef {
  @Field()
  sourceSystem: string;

  @Field()
  externalId: string;
}

/** One entry of a warrant's status history. */
@ObjectType('WarrantStatusChange')
export class WarrantStatusChange {
  @Field(() => WarrantStatus)
  status: WarrantStatus;

  @Field(() => DateTimeScalar, { description: 'When the status changed at its source.' })
  changedAt: Date;

  @Field(() => String, { nullable: true, description: 'The system that reported it; null when entered by hand.' })
  sourceSystem: string | null;

  @Field(() => DateTimeScalar, { description: 'When Frontera recorded it.' })
  recordedAt: Date;

  @Field({ description: 'False for an update older than the current status: kept in the history, not applied.' })
  applied: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Warrant', { implements: () => [RecordNode, RelayNode] })
export class Warrant extends RecordNode {
  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => Country, { nullable: true })
  issuingCountry: Country | null;

  @Field(() => String, { nullable: true })
  issuingAuthority: string | null;

  @Field(() => [String], { nullable: true })
  charges: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  issueDate: string | null;

  /** Resolved by WarrantFieldsResolver: null where withheld or where the viewer may not see the suspect. */
  @Field(() => Suspect, { nullable: true })
  subject?: Suspect | null;

  /** The subject's id, only where the `subject` field is readable (not part of the schema). */
  subjectId: string | null;

  @Field(() => WarrantStatus, { nullable: true })
  status: WarrantStatus | null;

  @Field(() => DateTimeScalar, { nullable: true })
  statusChangedAt: Date | null;

  /** Resolved by WarrantFieldsResolver, unless withheld (then null). */
  @Field(() => [WarrantStatusChange], { nullable: true })
  statusHistory: WarrantStatusChange[] | null;

  /** Resolved by WarrantFieldsResolver, unless withheld (then null). */
  @Field(() => [ExternalRef], { nullable: true })
  externalRefs: ExternalRef[] | null;
}
