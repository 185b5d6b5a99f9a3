import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateTimeScalar, RelayNode } from '@app/core';
import { Handling } from './handling.type';
import { RecordSharing } from './record-sharing.type';

/** What every record type shares in the API (the contract's `Record` interface). */
@InterfaceType('Record', {
  implements: () => [RelayNode],
  resolveType: (value: { __typename?: string }) => value.__typename,
  description:
    'What every record type (Organization, Suspect, Warrant, Tip, Case) has. Each is owned by one agency and carries handling markings; a viewer of another agency sees only what a share or agreement grants.',
})
export abstract class RecordNode {
  @Field(() => ID, { description: "The record's id (a UUID, unique across all types: also its Node id)." })
  id: string;

  /** Resolved by RecordFieldsResolver. */
  @Field(() => Agency, { description: 'The agency that owns the record (its originator).' })
  ownerAgency?: Agency;

  ownerAgencyId: string;

  @Field(() => Handling, { description: 'Its handling markings: TLP, REL TO, ORCON.' })
  handling: Handling;

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  updatedAt: Date;

  @Field(() => [String], {
    description: 'The names of the fields withheld from you (empty for the owner); a withheld field reads as null.',
  })
  redactedFields: string[];

  @Field(() => RecordSharing, { nullable: true, description: 'Set when the viewer holds this record through a share.' })
  sharing: RecordSharing | null;

  __typename: string;
}
