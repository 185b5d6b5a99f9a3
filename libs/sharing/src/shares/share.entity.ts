import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '@app/auth';
import { Country, RecordType, ShareUse, Tlp } from '@app/core';
import { AgreementEntity } from '../agreements/agreement.entity';

export enum ShareStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}

export enum ShareOrigin {
  /** The recipient asked; the provider's liaison decides. */
  REQUEST = 'REQUEST',
  /** The provider's liaison shared proactively. */
  OFFER = 'OFFER',
}

/**
 * One share of one record with one recipient agency, from its request to its end. The
 * provider is the owner, or for an onward share the recipient that passes it on. Which rows
 * it opens, and which fields, is decided in SQL from these columns (see `ACTIVE_SHARE_SQL`
 * in the auth library), so an expired share stops working at `expiresAt` without a job.
 */
@Entity('shares')
// The recipient's visibility check: one index probe per candidate record.
@Index('shares_record_recipient_approved_idx', ['recordId', 'recipientAgencyId'], { where: "status = 'APPROVED'" })
// The liaison's inbox (provider), the owner's view of the chain, the recipient's outbox: newest first.
@Index('shares_provider_status_idx', ['providerAgencyId', 'status', 'id'])
@Index('shares_owner_status_idx', ['ownerAgencyId', 'status', 'id'])
@Index('shares_recipient_status_idx', ['recipientAgencyId', 'status', 'id'])
// One open request per record and recipient.
@Index('shares_one_pending_idx', ['recordId', 'recipientAgencyId'], { unique: true, where: "status = 'PENDING'" })
@Index('shares_parent_idx', ['parentShareId'], { where: 'parent_share_id IS NOT NULL' })
@Index('shares_carried_with_idx', ['carriedWithShareId'], { where: 'carried_with_share_id IS NOT NULL' })
@Index('shares_agreement_idx', ['agreementId'])
@Index('shares_upstream_agreement_idx', ['upstreamAgreementId'], { where: 'upstream_agreement_id IS NOT NULL' })
export class ShareEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: RecordType, enumName: 'record_type' })
  recordType: RecordType;

  @Column('uuid')
  recordId: string;

  /** The record's owner (originator). */
  @Column('uuid')
  ownerAgencyId: string;

  /** Who shares: the owner, or the first recipient passing the record on (onward sharing). */
  @Column('uuid')
  providerAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_agency_id' })
  providerAgency?: AgencyEntity;

  @Column({ type: 'enum', enum: Country, enumName: 'country' })
  providerCountry: Country;

  @Column('uuid')
  recipientAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_agency_id' })
  recipientAgency?: AgencyEntity;

  @Column({ type: 'enum', enum: Country, enumName: 'country' })
  recipientCountry: Country;

  /** The agreement from the provider to the recipient that carries the share. */
  @Column('uuid')
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  /** Onward shares: the owner's agreement with the provider, which allowed passing it on. */
  @Column({ type: 'uuid', nullable: true })
  upstreamAgreementId: string | null;

  /** Onward shares made from the provider's own share (ended with it). */
  @Column({ type: 'uuid', nullable: true })
  parentShareId: string | null;

  /** A share of a person a referred tip names: the tip's share it went with (and ends with). */
  @Column({ type: 'uuid', nullable: true })
  carriedWithShareId: string | null;

  @Column({ type: 'enum', enum: ShareOrigin, enumName: 'share_origin' })
  origin: ShareOrigin;

  @Column({ type: 'text' })
  purpose: string;

  /** What the requester asked for; null for everything the agreement allows. */
  @Column({ type: 'text', array: true, nullable: true })
  requestedFields: string[] | null;

  @Column({ type: 'enum', enum: ShareStatus, enumName: 'share_status', default: ShareStatus.PENDING })
  status: ShareStatus;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  grantedFields: string[];

  @Column({ type: 'enum', enum: ShareUse, enumName: 'share_use', nullable: true })
  use: ShareUse | null;

  /** The most restricted TLP level the share still carries (the strictest agreement on its path). */
  @Column({ type: 'enum', enum: Tlp, enumName: 'tlp' })
  maxTlp: Tlp;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
