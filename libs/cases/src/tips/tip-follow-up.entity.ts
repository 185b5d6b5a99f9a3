import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TipEntity } from './tip.entity';

/** Information the tipster added later (with a public tip's receipt code), oldest first. */
@Entity('tip_follow_ups')
@Index('tip_follow_ups_tip_idx', ['tipId', 'receivedAt'])
export class TipFollowUpEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  tipId: string;

  @ManyToOne(() => TipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tip_id' })
  tip?: TipEntity;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'text' })
  narrative: string;
}
