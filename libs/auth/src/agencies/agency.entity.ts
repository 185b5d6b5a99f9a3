import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { AgencyCountry, Country, Role } from '@app/core';

@Entity('agencies')
// Agreements and markings are written for agencies of the two countries (migration Countries).
@Check('agencies_country_us_mx', `"country" IN ('US', 'MX')`)
export class AgencyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Country, enumName: 'country' })
  country: AgencyCountry;

  /** Roles whose members must log in with a TOTP code (CJIS advanced authentication). */
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true, default: () => "'{}'" })
  mfaRequiredRoles: Role[];
}
