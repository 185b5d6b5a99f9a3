import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { TipEntity } from '@app/cases';

/** The receipt of a public tip: only the SHA-256 of its code is kept, so the table gives no code away. */
@Entity('public_tip_receipts')
export class PublicTipReceiptEntity {
  @PrimaryColumn('uuid')
  tipId: string;

  @OneToOne(() => TipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tip_id' })
  tip?: TipEntity;

  @Index('public_tip_receipts_hash_key', { unique: true })
  @Column({ type: 'bytea' })
  receiptHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
