import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '@app/auth';
import { RecordType, ShareUse, Tlp } from '@app/core';

/**
 * What a provider agency agreed to share with a recipient agency: the policy the recipient's
 * CASL ability is built from. Markings on the record (TLP, REL TO) still win.
 */
@Entity('agreements')
@Index('agreements_recipient_idx', ['recipientAgencyId'])
@Index('agreements_provider_idx', ['providerAgencyId'])
export class AgreementEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  providerAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_agency_id' })
  providerAgency?: AgencyEntity;

  @Column('uuid')
  recipientAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_agency_id' })
  recipientAgency?: AgencyEntity;

  @Column({ type: 'enum', enum: RecordType, enumName: 'record_type', array: true })
  recordTypes: RecordType[];

  /** The most restricted TLP level the agreement carries (RED never leaves the owner). */
  @Column({ type: 'enum', enum: Tlp, enumName: 'tlp' })
  maxTlp: Tlp;

  /** Per record type, the fields that never go, e.g. `{ "SUSPECT": ["identifiers"] }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  withheldFields: Partial<Record<RecordType, string[]>>;

  /**
   * Per record type, the fields discovery (hit/no-hit) may match on, e.g. `{ "SUSPECT":
   * ["identifiers", "dateOfBirth"] }`; a type left out: the name fields it does not withhold.
   * A key may be a withheld field (a match says only "we hold someone"); a withheld field
   * that is not a key never matches.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  discoveryKeys: Partial<Record<RecordType, string[]>>;

  /** Whether the recipient may learn that a matching record exists (hit/no-hit). */
  @Column({ type: 'boolean', default: false })
  discoveryAllowed: boolean;

  /** Approval-based (each share needs the owner's liaison) or standing (every qualifying record). */
  @Column({ type: 'boolean', default: true })
  approvalRequired: boolean;

  /** The longest a single share may last, in days; null for no limit. */
  @Column({ type: 'integer', nullable: true })
  maxShareDays: number | null;

  @Column({ type: 'enum', enum: ShareUse, enumName: 'share_use', array: true })
  permittedUses: ShareUse[];

  @Column({ type: 'boolean', default: false })
  onwardSharingAllowed: boolean;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
