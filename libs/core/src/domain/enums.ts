import { registerEnumType } from '@nestjs/graphql';

export enum Country {
  US = 'US',
  MX = 'MX',
}
registerEnumType(Country, { name: 'Country' });

/** Traffic Light Protocol 2.0. Labels are never translated. */
export enum Tlp {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}
registerEnumType(Tlp, { name: 'Tlp' });

/** TLP levels from least to most restricted, for "up to AMBER" comparisons. */
export const TLP_ORDER: readonly Tlp[] = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED];

export enum Role {
  ANALYST = 'ANALYST',
  INVESTIGATOR = 'INVESTIGATOR',
  INTAKE_OFFICER = 'INTAKE_OFFICER',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export enum RecordType {
  ORGANIZATION = 'ORGANIZATION',
  SUSPECT = 'SUSPECT',
  WARRANT = 'WARRANT',
  TIP = 'TIP',
  CASE = 'CASE',
}
registerEnumType(RecordType, { name: 'RecordType' });
