import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Country } from '@app/core';
import { RecordEntity } from '../records/record.entity';
import { WarrantStatus } from '../records/record-enums';
import { SuspectEntity } from '../suspects/suspect.entity';

@Entity('warrants')
@Index('warrants_owner_id_idx', ['ownerAgencyId', 'id'])
export class WarrantEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 100 })
  number: string;

  @Column({ type: 'enum', enum: Country, enumName: 'country' })
  issuingCountry: Country;

  @Column({ type: 'varchar', length: 200 })
  issuingAuthority: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  charges: string[];

  @Index()
  @Column('uuid')
  subjectId: string;

  @ManyToOne(() => SuspectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id' })
  subject?: SuspectEntity;

  @Column({ type: 'date', nullable: true })
  issueDate: string | null;

  @Column({ type: 'enum', enum: WarrantStatus, enumName: 'warrant_status' })
  status: WarrantStatus;

  /** When the current status took effect at its source (court or prosecutor system). */
  @Column({ type: 'timestamptz' })
  statusChangedAt: Date;
}
