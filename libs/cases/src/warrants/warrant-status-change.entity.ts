import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WarrantStatus } from '../records/record-enums';
import { WarrantEntity } from './warrant.entity';

/** The full status history of a warrant, including updates received out of order. */
@Entity('warrant_status_changes')
@Index('warrant_status_changes_warrant_idx', ['warrantId', 'changedAt'])
export class WarrantStatusChangeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  warrantId: string;

  @ManyToOne(() => WarrantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'warrant_id' })
  warrant?: WarrantEntity;

  @Column({ type: 'enum', enum: WarrantStatus, enumName: 'warrant_status' })
  status: WarrantStatus;

  /** When the status changed at the source. */
  @Column({ type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  sourceSystem: string | null;

  /** When Frontera recorded it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  /** False for an update older than the current status: kept in the history, not applied. */
  @Column({ type: 'boolean', default: true })
  applied: boolean;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  /** The user or API key that recorded it. */
  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;
}
