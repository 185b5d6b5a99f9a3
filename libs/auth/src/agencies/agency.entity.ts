import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Country, Role } from '@app/core';

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

  /** Roles whose members must log in with a TOTP code (CJIS advanced authentication). */
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true, default: () => "'{}'" })
  mfaRequiredRoles: Role[];
}
