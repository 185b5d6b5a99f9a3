import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateTimeScalar, ShareUse } from '@app/core';

@ObjectType('RecordSharing', {
  description: "How you hold another agency's record through a share: what it may be used for, and until when.",
})
export class RecordSharing {
  @Field(() => ID, { description: 'The share (a SharingRequest id).' })
  requestId: string;

  @Field(() => ShareUse, { description: 'INTELLIGENCE, INVESTIGATION, or PROSECUTION (may go to court).' })
  use: ShareUse;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The share stops working at this time; null: no end.' })
  expiresAt: Date | null;

  /** Resolved by RecordSharingFieldsResolver. */
  @Field(() => Agency, { description: 'The owner, or the partner that passed the record on.' })
  sharedBy?: Agency;

  providerAgencyId: string;
}
