import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AffiliationKind } from '../records/record-enums';
import { OrganizationEntity } from './organization.entity';

/** Part of the organization record that states it (e.g. a ring tied to a cartel). */
@Entity('organization_affiliations')
export class OrganizationAffiliationEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Index()
  @PrimaryColumn('uuid')
  affiliatedOrganizationId: string;

  @Column({ type: 'enum', enum: AffiliationKind, enumName: 'affiliation_kind' })
  kind: AffiliationKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'affiliated_organization_id' })
  affiliatedOrganization?: OrganizationEntity;
}
