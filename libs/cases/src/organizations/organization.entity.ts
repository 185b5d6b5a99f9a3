import { Column, Entity, Index } from 'typeorm';
import { RecordEntity } from '../records/record.entity';
import { Activity, OrganizationKind } from '../records/record-enums';

export interface OrganizationRoute {
  from: string;
  to: string;
  crossingPoint?: string | null;
}

@Entity('organizations')
// Name search: GIN index over the words of the name and aliases (created in a migration).
@Index('organizations_search_words_idx', { synchronize: false })
@Index('organizations_owner_id_idx', ['ownerAgencyId', 'id'])
export class OrganizationEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ type: 'enum', enum: Activity, enumName: 'activity', array: true, default: () => "'{}'" })
  activities: Activity[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  baseOfOperations: string | null;

  /** Routes and corridors, e.g. Anapra (Chihuahua) to El Paso through Santa Teresa. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  routes: OrganizationRoute[];
}
