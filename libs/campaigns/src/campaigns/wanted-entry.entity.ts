import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Sex, SuspectEntity } from '@app/cases';
import { EntryBuild } from './entry-build';
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

  /** An https URL or a root-relative path; posters never fetch it. An uploaded photo comes first. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  photoUrl: string | null;

  /** An uploaded photo, re-encoded as a JPEG without any metadata (WantedEntryPhotoService). */
  @Column({ type: 'bytea', nullable: true, select: false })
  photo?: Buffer | null;

  /** When the photo was uploaded: its public URL changes with it. */
  @Column({ type: 'timestamptz', nullable: true })
  photoUploadedAt: Date | null;

  /** For Spanish grammar ("¿La ha visto?") and the description. */
  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  sex: Sex | null;

  @Column({ type: 'smallint', nullable: true })
  approximateAge: number | null;

  @Column({ type: 'smallint', nullable: true })
  yearOfBirth: number | null;

  @Column({ type: 'smallint', nullable: true })
  heightCm: number | null;

  @Column({ type: 'enum', enum: EntryBuild, enumName: 'entry_build', nullable: true })
  build: EntryBuild | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  distinguishingMarksEs: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  distinguishingMarksEn: string | null;

  /** A prominent ARMADO Y PELIGROSO / ARMED AND DANGEROUS band on the poster. */
  @Column({ type: 'boolean', default: false })
  armedAndDangerous: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
