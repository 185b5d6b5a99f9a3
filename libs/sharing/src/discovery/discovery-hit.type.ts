import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { RecordType } from '@app/core';

@ObjectType('DiscoveryHit', {
  description: 'That a partner holds a matching record, and its handle (to request it): never its content.',
})
export class DiscoveryHit {
  @Field(() => RecordType, { description: "The record's type." })
  recordType: RecordType;

  @Field(() => ID, { description: 'Its id, for requestShare.' })
  recordId: string;

  /** Resolved by DiscoveryResolver. */
  @Field(() => Agency, { description: 'The agency that holds it.' })
  ownerAgency?: Agency;

  ownerAgencyId: string;
}
