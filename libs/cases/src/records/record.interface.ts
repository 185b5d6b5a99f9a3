import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateTimeScalar, RelayNode } from '@app/core';
import { Handling } from './handling.type';
import { RecordSharing } from './record-sharing.type';

/** What every record type shares in the API (the contract's `Record` interface). */
@InterfaceType('Record', {
  implements: () => [RelayNode],
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class RecordNode {
  @Field(() => ID)
  id: string;

  /** Resolved by RecordFieldsResolver. */
  @Field(() => Agency)
  ownerAgency?: Agency;

  ownerAgencyId: string;

  @Field(() => Handling)
  handling: Handling;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  /** Names of the fields withheld from the current viewer; a withheld field reads as null. */
  @Field(() => [String])
  redactedFields: string[];

  @Field(() => RecordSharing, { nullable: true, description: 'Set when the viewer holds this record through a share.' })
  sharing: RecordSharing | null;

  __typename: string;
}
