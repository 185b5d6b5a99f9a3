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
registerEnumType(SharingRequestStatus, { name: 'SharingRequestStatus' });

export enum SharingDirection {
  /** Shares your agency provides: requests awaiting its decision, its offers, and every share of its records (the chain). */
  INCOMING = 'INCOMING',
  /** Shares your agency asked for or received. */
  OUTGOING = 'OUTGOING',
}
registerEnumType(SharingDirection, { name: 'SharingDirection' });
registerEnumType(ShareOrigin, { name: 'ShareOrigin' });

@ObjectType('SharingRequest')
export class SharingRequest {
  @Field(() => ID)
  id: string;

  @Field(() => RecordType)
  recordType: RecordType;

  @Field(() => ID)
  recordId: string;

  /** The recipient. Resolved by SharingRequestResolver, as are the other agencies. */
  @Field(() => Agency)
  requestingAgency?: Agency;

  requestingAgencyId: string;

  @Field(() => Agency, { description: "The record's owner." })
  owningAgency?: Agency;

  owningAgencyId: string;

  @Field(() => Agency, { description: 'Who shares: the owner, or for an onward share the partner that passes the record on.' })
  providingAgency?: Agency;

  providingAgencyId: string;

  @Field(() => ShareOrigin)
  origin: ShareOrigin;

  @Field()
  purpose: string;

  @Field(() => SharingRequestStatus)
  status: SharingRequestStatus;

  @Field(() => [String], { nullable: true, description: 'What was asked for; null: everything the agreement allows.' })
  requestedFields: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Set when approved.' })
  grantedFields: string[] | null;

  @Field(() => ShareUse, { nullable: true, description: 'What the recipient may do with it; set when approved.' })
  use: ShareUse | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'For an onward share made from a share: that share.' })
  parentRequestId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a person a referred tip names: the referral (the tip\'s share) it went with, and ends with.' })
  carriedWithRequestId: string | null;

  /** Set by referTip: the shares of the people it carried (else resolved by SharingRequestResolver). */
  subjectShares?: SharingRequest[];

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  /** Resolved by SharingRequestResolver (`requestedBy`, `grantableFields`). */
  requestedById: string | null;

  agreementId: string;
}
