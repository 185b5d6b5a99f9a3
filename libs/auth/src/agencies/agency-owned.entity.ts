import { Column, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';

/**
 * Columns of everything one agency owns (records, wanted campaigns): its id and the owning
 * agency. Access rules are written against `ownerAgencyId`.
 */
export abstract class AgencyOwnedEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Indexed per table, together with the columns each table is listed by. */
  @Column('uuid')
  ownerAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_agency_id' })
  ownerAgency?: AgencyEntity;
}
