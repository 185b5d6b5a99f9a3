import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { DateTimeScalar, RecordType, ShareUse } from '@app/core';
import { ShareOrigin } from './share.entity';

/** The stored statuses, plus EXPIRED: an approved share past its `expiresAt`. */
export enum SharingRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(SharingRequestStatus, {
  name: 'SharingRequestStatus',
  description: 'Where a share stands.',
  valuesMap: {
    PENDING: { description: "Asked for, waiting for the owner's liaison." },
    APPROVED: { description: 'Approved: the recipient reads the granted fields until it expires or is revoked.' },
    DENIED: { description: 'Denied (see decisionReason).' },
    WITHDRAWN: { description: 'Withdrawn by the recipient before a decision.' },
    REVOKED: { description: 'Ended by the provider after approval (see decisionReason).' },
    EXPIRED: { description: 'Past its expiresAt.' },
  },
});

export enum SharingDirection {
  /** Shares your agency provides: requests awaiting its decision, its offers, and every share of its records (the chain). */
  INCOMING = 'INCOMING',
  /** Shares your agency asked for or received. */
  OUTGOING = 'OUTGOING',
}
registerEnumType(SharingDirection, {
  name: 'SharingDirection',
  description: 'Which side of a share you are on.',
  valuesMap: {
    INCOMING: {
      description: 'Shares of records your agency owns or passes on: the ones its liaison decides (the inbox).',
    },
    OUTGOING: { description: 'Shares your agency asked for or receives (the outbox).' },
  },
});
registerEnumType(ShareOrigin, {
  name: 'ShareOrigin',
  description: 'How a share began.',
  valuesMap: {
    REQUEST: { description: 'The recipient asked for it (requestShare).' },
    OFFER: { description: 'The provider offered it unasked (offerShare, referTip).' },
  },
});

@ObjectType('SharingRequest', {
  description:
    "A share of one record between two agencies: asked for by the recipient or offered by the provider, decided by the provider's liaison. Both sides read it.",
})
export class SharingRequest {
  @Field(() => ID, { description: "The share's id." })
  id: string;

  @Field(() => RecordType, { description: "The shared record's type." })
  recordType: RecordType;

  @Field(() => ID, { description: "The shared record's id (read it with its type's lookup, or node(id:))." })
  recordId: string;

  /** The recipient. Resolved by SharingRequestResolver, as are the other agencies. */
  @Field(() => Agency, { description: 'The recipient.' })
  requestingAgency?: Agency;

  requestingAgencyId: string;

  @Field(() => Agency, { description: "The record's owner." })
  owningAgency?: Agency;

  owningAgencyId: string;

  @Field(() => Agency, {
    description: 'Who shares: the owner, or for an onward share the partner that passes the record on.',
  })
  providingAgency?: Agency;

  providingAgencyId: string;

  @Field(() => ShareOrigin, { description: 'Whether it was asked for or offered.' })
  origin: ShareOrigin;

  @Field({ description: 'Why: the investigation or purpose the record is needed or shared for.' })
  purpose: string;

  @Field(() => SharingRequestStatus, { description: 'Where it stands.' })
  status: SharingRequestStatus;

  @Field(() => [String], { nullable: true, description: 'What was asked for; null: everything the agreement allows.' })
  requestedFields: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Set when approved.' })
  grantedFields: string[] | null;

  @Field(() => ShareUse, { nullable: true, description: 'What the recipient may do with it; set when approved.' })
  use: ShareUse | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the share stops working; null: no end, or not decided yet.',
  })
  expiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was denied or revoked; null otherwise.' })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'For an onward share made from a share: that share.' })
  parentRequestId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "For a person a referred tip names: the referral (the tip's share) it went with, and ends with.",
  })
  carriedWithRequestId: string | null;

  /** Set by referTip: the shares of the people it carried (else resolved by SharingRequestResolver). */
  subjectShares?: SharingRequest[];

  @Field(() => DateTimeScalar, { description: 'When it was asked for or offered.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved or denied; null while pending.' })
  decidedAt: Date | null;

  /** Resolved by SharingRequestResolver (`requestedBy`, `grantableFields`). */
  requestedById: string | null;

  agreementId: string;
}
