import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { AgencyOwnedEntity } from '@app/auth';
import { CampaignStatus } from './campaign-status';

/**
 * A "Se Busca" campaign: a ranked, bilingual list of wanted people that its owning agency
 * puts before the public on posters, billboards and the web. Not a record with handling
 * markings: what it publishes is public by design, and everything else stays with the owner.
 */
@Entity('wanted_campaigns')
// The owner's list, newest first (ids are time-ordered).
@Index('wanted_campaigns_owner_idx', ['ownerAgencyId', 'id'])
// Reserved at publication, not while a draft: a clash can only name a campaign already public.
@Index('wanted_campaigns_slug_key', ['slug'], { unique: true, where: 'published_at IS NOT NULL' })
export class WantedCampaignEntity extends AgencyOwnedEntity {
  /** The public name in URLs and on posters (`se-busca-demo`); unique among campaigns ever published. */
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  titleEs: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ type: 'text' })
  summaryEs: string;

  @Column({ type: 'text' })
  summaryEn: string;

  /** Where the campaign runs, e.g. "Ciudad Juárez – El Paso". */
  @Column({ type: 'varchar', length: 200 })
  region: string;

  /** Campaigns run in numbered phases (an earlier phase, a new list). */
  @Column({ type: 'smallint', default: 1 })
  phase: number;

  @Column({ type: 'varchar', length: 50 })
  hotlinePhone: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  whatsappPhone: string | null;

  /** Public from this day (UTC calendar days)... */
  @Column({ type: 'date' })
  activeFrom: string;

  /** ...up to and including this one; null: until closed. */
  @Column({ type: 'date', nullable: true })
  activeUntil: string | null;

  @Column({ type: 'enum', enum: CampaignStatus, enumName: 'campaign_status', default: CampaignStatus.DRAFT })
  status: CampaignStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
