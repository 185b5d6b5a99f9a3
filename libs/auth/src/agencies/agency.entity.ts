import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Country } from '@app/core';

@Entity('agencies')
export class AgencyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Country, enumName: 'country' })
  country: Country;
}
