import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '@app/auth';

/** An agency's endpoint for its notifications (its own systems): POSTed, signed with the secret. */
@Entity('webhooks')
@Index('webhooks_agency_idx', ['agencyId'], { where: 'deleted_at IS NULL' })
export class WebhookEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column({ type: 'text' })
  url: string;

  /** The signing secret, sealed with ENCRYPTION_KEY (bound to the webhook id): it must be read back to sign. */
  @Column({ type: 'bytea', select: false })
  secretSealed: Buffer;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
