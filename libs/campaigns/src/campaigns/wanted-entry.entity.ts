import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SuspectEntity } from '@app/cases';
import { WantedCampaignEntity } from './wanted-campaign.entity';

export const ENTRY_RANK_KEY = 'wanted_entries_campaign_rank_key';
export const ENTRY_SUSPECT_KEY = 'wanted_entries_campaign_suspect_key';

/**
 * One wanted person of a campaign, at a rank unique within it. Points at a suspect the
 * campaign's editors may see, but the public sees only the public fields written here,
 * never the suspect's record.
 */
@Entity('wanted_entries')
@Index(ENTRY_RANK_KEY, ['campaignId', 'rank'], { unique: true })
@Index(ENTRY_SUSPECT_KEY, ['campaignId', 'suspectId'], { unique: true })
@Index('wanted_entries_suspect_idx', ['suspectId'])
export class WantedEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  campaignId: string;

  @ManyToOne(() => WantedCampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: WantedCampaignEntity;

  /** 1 is the most wanted. */
  @Column({ type: 'smallint' })
  rank: number;

  @Column('uuid')
  suspectId: string;

  @ManyToOne(() => SuspectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'suspect_id' })
  suspect?: SuspectEntity;

  /** The name the public sees (not necessarily the record's full name). */
  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  /** The aliases the public sees. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'text', array: true })
  crimesEs: string[];

  @Column({ type: 'text', array: true })
  crimesEn: string[];

  @Column({ type: 'text' })
  summaryEs: string;

  @Column({ type: 'text' })
  summaryEn: string;

  /** An https URL or a root-relative path; posters never fetch it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  photoUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
