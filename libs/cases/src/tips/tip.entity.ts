import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from '@app/auth';
import { Country } from '@app/core';
import { RecordEntity } from '../records/record.entity';
import { SourceReliability, TipChannel, TipPriority, TipStatus } from '../records/record-enums';

export const TIP_LANGUAGES = ['es', 'en'] as const;
export type TipLanguage = (typeof TIP_LANGUAGES)[number];

/** The tipster's identity and contact details, only ever stored sealed (see FieldCipher). */
export interface TipsterIdentity {
  anonymous: boolean;
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

@Entity('tips')
// The intake queue: newest first within the owning agency.
@Index('tips_owner_received_idx', ['ownerAgencyId', 'receivedAt', 'id'])
// The intake queue, urgent first (TipService.list orders the agency's own tips so).
@Index('tips_owner_priority_received_idx', ['ownerAgencyId', 'priority', 'receivedAt', 'id'])
// The queue of one campaign's tips.
@Index('tips_campaign_received_idx', ['campaignId', 'receivedAt', 'id'])
export class TipEntity extends RecordEntity {
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'enum', enum: TipChannel, enumName: 'tip_channel' })
  channel: TipChannel;

  @Column({ type: 'varchar', length: 2 })
  language: TipLanguage;

  /** Which side of the border the tip was received on. */
  @Column({ type: 'enum', enum: Country, enumName: 'country', nullable: true })
  receivedIn: Country | null;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ type: 'enum', enum: TipStatus, enumName: 'tip_status', default: TipStatus.NEW })
  status: TipStatus;

  @Column({ type: 'enum', enum: TipPriority, enumName: 'tip_priority', default: TipPriority.ROUTINE })
  priority: TipPriority;

  /** The intake agency's person who follows the tip up. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: UserEntity;

  @Column({ type: 'enum', enum: SourceReliability, enumName: 'source_reliability', nullable: true })
  sourceReliability: SourceReliability | null;

  /** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
  @Column({ type: 'smallint', nullable: true })
  informationCredibility: number | null;

  /** AES-256-GCM sealed TipsterIdentity, bound to the tip id. */
  @Column({ type: 'bytea' })
  tipsterSealed: Buffer;

  /** The wanted campaign (Se Busca) the tip came through, if any. */
  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  // Named rather than imported: the campaigns library builds on this one, not the reverse.
  @ManyToOne('WantedCampaignEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: { id: string };
}
