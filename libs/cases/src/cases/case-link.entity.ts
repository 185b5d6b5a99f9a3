import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RecordType } from '@app/core';
import { CaseEntity } from './case.entity';

/** A record linked to a case; shown only where the viewer may see the record itself. */
@Entity('case_links')
@Index('case_links_record_idx', ['recordType', 'recordId'])
export class CaseLinkEntity {
  @PrimaryColumn('uuid')
  caseId: string;

  @PrimaryColumn({ type: 'enum', enum: RecordType, enumName: 'record_type' })
  recordType: RecordType;

  @PrimaryColumn('uuid')
  recordId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;
}
