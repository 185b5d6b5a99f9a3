import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { AgencyEntity } from '@app/auth';
import { RecordEntity } from '../records/record.entity';
import { CaseStatus } from '../records/record-enums';

@Entity('cases')
@Index('cases_owner_number_key', ['ownerAgencyId', 'caseNumber'], { unique: true })
export class CaseEntity extends RecordEntity {
  /** The owner's own case number. */
  @Column({ type: 'varchar', length: 100 })
  caseNumber: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.OPEN })
  status: CaseStatus;

  @Column('uuid')
  leadAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id' })
  leadAgency?: AgencyEntity;

  /** The agencies taking part besides the lead (their liaisons' decision: CaseParticipationService). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  participatingAgencyIds: string[];

  /** Incremented by every change to the row: an update names the version it read (optimistic concurrency). */
  @VersionColumn({ default: 1 })
  version: number;
}
