import { registerEnumType } from '@nestjs/graphql';
import { COUNTRY_NAMES } from './country-names';

/**
 * ISO 3166-1 alpha-2, every officially assigned code (nationalities, REL TO, issuing
 * countries). US and MX first: the agencies' countries, and the order the PostgreSQL enum
 * had them in (new values were appended, migration Countries).
 */
export enum Country {
  US = 'US',
  MX = 'MX',
  AD = 'AD', AE = 'AE', AF = 'AF', AG = 'AG', AI = 'AI', AL = 'AL', AM = 'AM', AO = 'AO', AQ = 'AQ', AR = 'AR', AS = 'AS', AT = 'AT',
  AU = 'AU', AW = 'AW', AX = 'AX', AZ = 'AZ', BA = 'BA', BB = 'BB', BD = 'BD', BE = 'BE', BF = 'BF', BG = 'BG', BH = 'BH', BI = 'BI',
  BJ = 'BJ', BL = 'BL', BM = 'BM', BN = 'BN', BO = 'BO', BQ = 'BQ', BR = 'BR', BS = 'BS', BT = 'BT', BV = 'BV', BW = 'BW', BY = 'BY',
  BZ = 'BZ', CA = 'CA', CC = 'CC', CD = 'CD', CF = 'CF', CG = 'CG', CH = 'CH', CI = 'CI', CK = 'CK', CL = 'CL', CM = 'CM', CN = 'CN',
  CO = 'CO', CR = 'CR', CU = 'CU', CV = 'CV', CW = 'CW', CX = 'CX', CY = 'CY', CZ = 'CZ', DE = 'DE', DJ = 'DJ', DK = 'DK', DM = 'DM',
  DO = 'DO', DZ = 'DZ', EC = 'EC', EE = 'EE', EG = 'EG', EH = 'EH', ER = 'ER', ES = 'ES', ET = 'ET', FI = 'FI', FJ = 'FJ', FK = 'FK',
  FM = 'FM', FO = 'FO', FR = 'FR', GA = 'GA', GB = 'GB', GD = 'GD', GE = 'GE', GF = 'GF', GG = 'GG', GH = 'GH', GI = 'GI', GL = 'GL',
  GM = 'GM', GN = 'GN', GP = 'GP', GQ = 'GQ', GR = 'GR', GS = 'GS', GT = 'GT', GU = 'GU', GW = 'GW', GY = 'GY', HK = 'HK', HM = 'HM',
  HN = 'HN', HR = 'HR', HT = 'HT', HU = 'HU', ID = 'ID', IE = 'IE', IL = 'IL', IM = 'IM', IN = 'IN', IO = 'IO', IQ = 'IQ', IR = 'IR',
  IS = 'IS', IT = 'IT', JE = 'JE', JM = 'JM', JO = 'JO', JP = 'JP', KE = 'KE', KG = 'KG', KH = 'KH', KI = 'KI', KM = 'KM', KN = 'KN',
  KP = 'KP', KR = 'KR', KW = 'KW', KY = 'KY', KZ = 'KZ', LA = 'LA', LB = 'LB', LC = 'LC', LI = 'LI', LK = 'LK', LR = 'LR', LS = 'LS',
  LT = 'LT', LU = 'LU', LV = 'LV', LY = 'LY', MA = 'MA', MC = 'MC', MD = 'MD', ME = 'ME', MF = 'MF', MG = 'MG', MH = 'MH', MK = 'MK',
  ML = 'ML', MM = 'MM', MN = 'MN', MO = 'MO', MP = 'MP', MQ = 'MQ', MR = 'MR', MS = 'MS', MT = 'MT', MU = 'MU', MV = 'MV', MW = 'MW',
  MY = 'MY', MZ = 'MZ', NA = 'NA', NC = 'NC', NE = 'NE', NF = 'NF', NG = 'NG', NI = 'NI', NL = 'NL', NO = 'NO', NP = 'NP', NR = 'NR',
  NU = 'NU', NZ = 'NZ', OM = 'OM', PA = 'PA', PE = 'PE', PF = 'PF', PG = 'PG', PH = 'PH', PK = 'PK', PL = 'PL', PM = 'PM', PN = 'PN',
  PR = 'PR', PS = 'PS', PT = 'PT', PW = 'PW', PY = 'PY', QA = 'QA', RE = 'RE', RO = 'RO', RS = 'RS', RU = 'RU', RW = 'RW', SA = 'SA',
  SB = 'SB', SC = 'SC', SD = 'SD', SE = 'SE', SG = 'SG', SH = 'SH', SI = 'SI', SJ = 'SJ', SK = 'SK', SL = 'SL', SM = 'SM', SN = 'SN',
  SO = 'SO', SR = 'SR', SS = 'SS', ST = 'ST', SV = 'SV', SX = 'SX', SY = 'SY', SZ = 'SZ', TC = 'TC', TD = 'TD', TF = 'TF', TG = 'TG',
  TH = 'TH', TJ = 'TJ', TK = 'TK', TL = 'TL', TM = 'TM', TN = 'TN', TO = 'TO', TR = 'TR', TT = 'TT', TV = 'TV', TW = 'TW', TZ = 'TZ',
  UA = 'UA', UG = 'UG', UM = 'UM', UY = 'UY', UZ = 'UZ', VA = 'VA', VC = 'VC', VE = 'VE', VG = 'VG', VI = 'VI', VN = 'VN', VU = 'VU',
  WF = 'WF', WS = 'WS', YE = 'YE', YT = 'YT', ZA = 'ZA', ZM = 'ZM', ZW = 'ZW',
}
registerEnumType(Country, {
  name: 'Country',
  description: 'A country or territory by its ISO 3166-1 alpha-2 code (every officially assigned code): nationalities, issuing countries, REL TO markings.',
  valuesMap: Object.fromEntries(Object.values(Country).map((code) => [code, { description: COUNTRY_NAMES[code] }])),
});

/** Where agencies are: the US or Mexico (a check on agencies.country). */
export type AgencyCountry = Country.US | Country.MX;

/** Traffic Light Protocol 2.0. Labels are never translated. */
export enum Tlp {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}
registerEnumType(Tlp, { name: 'Tlp', description: 'Traffic Light Protocol 2.0: how far a record may travel. Labels are never translated.', valuesMap: { CLEAR: { description: 'TLP:CLEAR: no limit on disclosure.' }, GREEN: { description: 'TLP:GREEN: the community (partner agencies under an agreement), not the public.' }, AMBER: { description: 'TLP:AMBER: the recipient agency and those who need to know, within the agreement.' }, AMBER_STRICT: { description: 'TLP:AMBER+STRICT: the recipient agency only, never passed on.' }, RED: { description: 'TLP:RED: the owning agency only; never shared.' } } });

/** TLP levels from least to most restricted, for "up to AMBER" comparisons. */
export const TLP_ORDER: readonly Tlp[] = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED];

export enum Role {
  ANALYST = 'ANALYST',
  INVESTIGATOR = 'INVESTIGATOR',
  INTAKE_OFFICER = 'INTAKE_OFFICER',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'What a person may do at their agency; a person may hold several roles.', valuesMap: { ANALYST: { description: "Reads, searches and discovers records; creates and updates its agency's records." }, INVESTIGATOR: { description: "Works cases: creates and updates its agency's records, cases, notes and tasks." }, INTAKE_OFFICER: { description: "Records and triages tips; the only role that reads a tip's tipster (own agency's tips only)." }, LIAISON_OFFICER: { description: "The gatekeeper of its agency's records: decides sharing requests, offers and revokes shares, reads the audit log." }, AGENCY_ADMIN: { description: "Manages its agency's people, API keys and agreements; reads the audit log." } } });

export enum RecordType {
  ORGANIZATION = 'ORGANIZATION',
  SUSPECT = 'SUSPECT',
  WARRANT = 'WARRANT',
  TIP = 'TIP',
  CASE = 'CASE',
}
registerEnumType(RecordType, { name: 'RecordType', description: 'The kinds of record an agency owns and may share.', valuesMap: { ORGANIZATION: { description: 'An Organization (a smuggling ring, cartel, gang or cell).' }, SUSPECT: { description: 'A Suspect (a person).' }, WARRANT: { description: 'A Warrant.' }, TIP: { description: 'A Tip.' }, CASE: { description: 'A Case.' } } });

/** What a recipient may do with what it receives, in order of increasing reach. */
export enum ShareUse {
  INTELLIGENCE = 'INTELLIGENCE',
  INVESTIGATION = 'INVESTIGATION',
  /** Evidence for court, e.g. US evidence handed to the FGR for a prosecution in Mexico. */
  PROSECUTION = 'PROSECUTION',
}
registerEnumType(ShareUse, { name: 'ShareUse', description: 'What a recipient may do with a shared record.', valuesMap: { INTELLIGENCE: { description: 'For intelligence only: background to inform, not to act on in court.' }, INVESTIGATION: { description: 'May be used in an investigation, not put before a court.' }, PROSECUTION: { description: 'May go to court as evidence.' } } });
export const SHARE_USE_ORDER: ShareUse[] = [ShareUse.INTELLIGENCE, ShareUse.INVESTIGATION, ShareUse.PROSECUTION];
