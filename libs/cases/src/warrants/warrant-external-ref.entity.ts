import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WarrantEntity } from './warrant.entity';

/** The keys court and prosecutor systems know a warrant by; unique within the owning agency. */
@Entity('warrant_external_refs')
@Index('warrant_external_refs_key', ['ownerAgencyId', 'sourceSystem', 'externalId'], { unique: true })
export class WarrantExternalRefEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  warrantId: string;

  @ManyToOne(() => WarrantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'warrant_id' })
  warrant?: WarrantEntity;

  @Column('uuid')
  ownerAgencyId: string;

  @Column({ type: 'varchar', length: 100 })
  sourceSystem: string;

  @Column({ type: 'varchar', length: 200 })
  externalId: string;
}
