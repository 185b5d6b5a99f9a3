import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { RecordType } from '@app/core';

/** That a partner holds a matching record, and its handle: never its content. */
@ObjectType('DiscoveryHit')
export class DiscoveryHit {
  @Field(() => RecordType)
  recordType: RecordType;

  @Field(() => ID)
  recordId: string;

  /** Resolved by DiscoveryResolver. */
  @Field(() => Agency)
  ownerAgency?: Agency;

  ownerAgencyId: string;
}
