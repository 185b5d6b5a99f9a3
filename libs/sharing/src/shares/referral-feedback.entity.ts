import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ShareEntity } from './share.entity';

/** What came of a referred tip, as its recipient tells the referring agency. */
export enum ReferralOutcome {
  UNDER_INVESTIGATION = 'UNDER_INVESTIGATION',
  /** It led to an operation (a search, surveillance, a rescue). */
  ACTIONED = 'ACTIONED',
  ARREST = 'ARREST',
  ALREADY_KNOWN = 'ALREADY_KNOWN',
  NOT_ACTIONABLE = 'NOT_ACTIONABLE',
}
registerEnumType(ReferralOutcome, {
  name: 'ReferralOutcome',
  description: 'What came of a referred tip, as its recipient reports it.',
  valuesMap: {
    UNDER_INVESTIGATION: { description: 'Being investigated.' },
    ACTIONED: { description: 'Acted on.' },
    ARREST: { description: 'Led to an arrest.' },
    ALREADY_KNOWN: { description: 'Already known to the recipient.' },
    NOT_ACTIONABLE: { description: 'Nothing could be done with it.' },
  },
});

/** A recipient's word back on a referral (a share of a tip): read by both sides of the share. */
@Entity('referral_feedback')
@Index('referral_feedback_share_idx', ['shareId', 'id'])
export class ReferralFeedbackEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  shareId: string;

  @ManyToOne(() => ShareEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'share_id' })
  share?: ShareEntity;

  @Column('uuid')
  authorId: string;

  @Column({ type: 'enum', enum: ReferralOutcome, enumName: 'referral_outcome' })
  outcome: ReferralOutcome;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
