import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MembershipRole } from '../records/record-enums';
import { SuspectEntity } from '../suspects/suspect.entity';
import { OrganizationEntity } from './organization.entity';

/** A suspect's membership of an organization, with a role; part of the suspect record. */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn('uuid')
  suspectId: string;

  @Index()
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => SuspectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suspect_id' })
  suspect?: SuspectEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
