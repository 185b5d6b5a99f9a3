import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SuspectEntity } from '../suspects/suspect.entity';
import { TipEntity } from './tip.entity';

/** A suspect a tip mentions. */
@Entity('tip_subjects')
export class TipSubjectEntity {
  @PrimaryColumn('uuid')
  tipId: string;

  @Index()
  @PrimaryColumn('uuid')
  suspectId: string;

  @ManyToOne(() => TipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tip_id' })
  tip?: TipEntity;

  @ManyToOne(() => SuspectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suspect_id' })
  suspect?: SuspectEntity;
}

/** An organization a tip mentions. */
@Entity('tip_organizations')
export class TipOrganizationEntity {
  @PrimaryColumn('uuid')
  tipId: string;

  @Index()
  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => TipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tip_id' })
  tip?: TipEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
