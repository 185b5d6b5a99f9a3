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

/** What a recipient may do with what it receives, in order of increasing reach. */
export enum ShareUse {
  INTELLIGENCE = 'INTELLIGENCE',
  INVESTIGATION = 'INVESTIGATION',
  /** Evidence for court, e.g. US evidence handed to the FGR for a prosecution in Mexico. */
  PROSECUTION = 'PROSECUTION',
}
registerEnumType(ShareUse, { name: 'ShareUse' });
export const SHARE_USE_ORDER: ShareUse[] = [ShareUse.INTELLIGENCE, ShareUse.INVESTIGATION, ShareUse.PROSECUTION];

/**
 * The content fields of each record type that a share may grant. The tipster is not among
 * them: it never leaves the intake agency.
 */
export const SHAREABLE_FIELDS: Record<RecordType, readonly string[]> = {
  [RecordType.SUSPECT]: ['givenNames', 'paternalSurname', 'maternalSurname', 'aliases', 'dateOfBirth', 'sex', 'nationalities', 'identifiers', 'status', 'memberships'],
  [RecordType.ORGANIZATION]: ['name', 'aliases', 'kind', 'activities', 'baseOfOperations', 'routes', 'affiliations', 'members'],
  [RecordType.WARRANT]: ['number', 'issuingCountry', 'issuingAuthority', 'charges', 'issueDate', 'subject', 'status', 'statusChangedAt', 'statusHistory', 'externalRefs'],
  [RecordType.TIP]: ['receivedAt', 'channel', 'language', 'receivedIn', 'narrative', 'status', 'priority', 'sourceReliability', 'informationCredibility', 'subjects', 'organizations', 'followUps'],
  [RecordType.CASE]: ['caseNumber', 'title', 'status', 'leadAgency', 'participatingAgencies', 'suspects', 'organizations', 'warrants', 'tips', 'notes', 'tasks', 'timeline'],
};
