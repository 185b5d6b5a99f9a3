/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows auditEvents; every filter given must hold. */
export type AuditEventFilter = {
  /** One of the audit actions, e.g. SHARE_APPROVED or LOGIN. */
  action?: string | null | undefined;
  /** Events by people (or API keys) of this agency. */
  actorAgencyId?: string | number | null | undefined;
  /** At or after (inclusive). */
  from?: string | null | undefined;
  /** SUCCESS, DENIED or FAILED. */
  outcome?: string | null | undefined;
  /** Events on records of this type. */
  recordType?: RecordType | null | undefined;
  /** Before (exclusive). */
  to?: string | null | undefined;
};

/** A country or territory by its ISO 3166-1 alpha-2 code (every officially assigned code): nationalities, issuing countries, REL TO markings. */
export const Country = {
  /** Andorra */
  AD: 'AD',
  /** United Arab Emirates */
  AE: 'AE',
  /** Afghanistan */
  AF: 'AF',
  /** Antigua & Barbuda */
  AG: 'AG',
  /** Anguilla */
  AI: 'AI',
  /** Albania */
  AL: 'AL',
  /** Armenia */
  AM: 'AM',
  /** Angola */
  AO: 'AO',
  /** Antarctica */
  AQ: 'AQ',
  /** Argentina */
  AR: 'AR',
  /** American Samoa */
  AS: 'AS',
  /** Austria */
  AT: 'AT',
  /** Australia */
  AU: 'AU',
  /** Aruba */
  AW: 'AW',
  /** Åland Islands */
  AX: 'AX',
  /** Azerbaijan */
  AZ: 'AZ',
  /** Bosnia & Herzegovina */
  BA: 'BA',
  /** Barbados */
  BB: 'BB',
  /** Bangladesh */
  BD: 'BD',
  /** Belgium */
  BE: 'BE',
  /** Burkina Faso */
  BF: 'BF',
  /** Bulgaria */
  BG: 'BG',
  /** Bahrain */
  BH: 'BH',
  /** Burundi */
  BI: 'BI',
  /** Benin */
  BJ: 'BJ',
  /** St. Barthélemy */
  BL: 'BL',
  /** Bermuda */
  BM: 'BM',
  /** Brunei */
  BN: 'BN',
  /** Bolivia */
  BO: 'BO',
  /** Caribbean Netherlands */
  BQ: 'BQ',
  /** Brazil */
  BR: 'BR',
  /** Bahamas */
  BS: 'BS',
  /** Bhutan */
  BT: 'BT',
  /** Bouvet Island */
  BV: 'BV',
  /** Botswana */
  BW: 'BW',
  /** Belarus */
  BY: 'BY',
  /** Belize */
  BZ: 'BZ',
  /** Canada */
  CA: 'CA',
  /** Cocos (Keeling) Islands */
  CC: 'CC',
  /** Congo - Kinshasa */
  CD: 'CD',
  /** Central African Republic */
  CF: 'CF',
  /** Congo - Brazzaville */
  CG: 'CG',
  /** Switzerland */
  CH: 'CH',
  /** Côte d’Ivoire */
  CI: 'CI',
  /** Cook Islands */
  CK: 'CK',
  /** Chile */
  CL: 'CL',
  /** Cameroon */
  CM: 'CM',
  /** China */
  CN: 'CN',
  /** Colombia */
  CO: 'CO',
  /** Costa Rica */
  CR: 'CR',
  /** Cuba */
  CU: 'CU',
  /** Cape Verde */
  CV: 'CV',
  /** Curaçao */
  CW: 'CW',
  /** Christmas Island */
  CX: 'CX',
  /** Cyprus */
  CY: 'CY',
  /** Czechia */
  CZ: 'CZ',
  /** Germany */
  DE: 'DE',
  /** Djibouti */
  DJ: 'DJ',
  /** Denmark */
  DK: 'DK',
  /** Dominica */
  DM: 'DM',
  /** Dominican Republic */
  DO: 'DO',
  /** Algeria */
  DZ: 'DZ',
  /** Ecuador */
  EC: 'EC',
  /** Estonia */
  EE: 'EE',
  /** Egypt */
  EG: 'EG',
  /** Western Sahara */
  EH: 'EH',
  /** Eritrea */
  ER: 'ER',
  /** Spain */
  ES: 'ES',
  /** Ethiopia */
  ET: 'ET',
  /** Finland */
  FI: 'FI',
  /** Fiji */
  FJ: 'FJ',
  /** Falkland Islands */
  FK: 'FK',
  /** Micronesia */
  FM: 'FM',
  /** Faroe Islands */
  FO: 'FO',
  /** France */
  FR: 'FR',
  /** Gabon */
  GA: 'GA',
  /** United Kingdom */
  GB: 'GB',
  /** Grenada */
  GD: 'GD',
  /** Georgia */
  GE: 'GE',
  /** French Guiana */
  GF: 'GF',
  /** Guernsey */
  GG: 'GG',
  /** Ghana */
  GH: 'GH',
  /** Gibraltar */
  GI: 'GI',
  /** Greenland */
  GL: 'GL',
  /** Gambia */
  GM: 'GM',
  /** Guinea */
  GN: 'GN',
  /** Guadeloupe */
  GP: 'GP',
  /** Equatorial Guinea */
  GQ: 'GQ',
  /** Greece */
  GR: 'GR',
  /** South Georgia & South Sandwich Islands */
  GS: 'GS',
  /** Guatemala */
  GT: 'GT',
  /** Guam */
  GU: 'GU',
  /** Guinea-Bissau */
  GW: 'GW',
  /** Guyana */
  GY: 'GY',
  /** Hong Kong SAR China */
  HK: 'HK',
  /** Heard & McDonald Islands */
  HM: 'HM',
  /** Honduras */
  HN: 'HN',
  /** Croatia */
  HR: 'HR',
  /** Haiti */
  HT: 'HT',
  /** Hungary */
  HU: 'HU',
  /** Indonesia */
  ID: 'ID',
  /** Ireland */
  IE: 'IE',
  /** Israel */
  IL: 'IL',
  /** Isle of Man */
  IM: 'IM',
  /** India */
  IN: 'IN',
  /** British Indian Ocean Territory */
  IO: 'IO',
  /** Iraq */
  IQ: 'IQ',
  /** Iran */
  IR: 'IR',
  /** Iceland */
  IS: 'IS',
  /** Italy */
  IT: 'IT',
  /** Jersey */
  JE: 'JE',
  /** Jamaica */
  JM: 'JM',
  /** Jordan */
  JO: 'JO',
  /** Japan */
  JP: 'JP',
  /** Kenya */
  KE: 'KE',
  /** Kyrgyzstan */
  KG: 'KG',
  /** Cambodia */
  KH: 'KH',
  /** Kiribati */
  KI: 'KI',
  /** Comoros */
  KM: 'KM',
  /** St. Kitts & Nevis */
  KN: 'KN',
  /** North Korea */
  KP: 'KP',
  /** South Korea */
  KR: 'KR',
  /** Kuwait */
  KW: 'KW',
  /** Cayman Islands */
  KY: 'KY',
  /** Kazakhstan */
  KZ: 'KZ',
  /** Laos */
  LA: 'LA',
  /** Lebanon */
  LB: 'LB',
  /** St. Lucia */
  LC: 'LC',
  /** Liechtenstein */
  LI: 'LI',
  /** Sri Lanka */
  LK: 'LK',
  /** Liberia */
  LR: 'LR',
  /** Lesotho */
  LS: 'LS',
  /** Lithuania */
  LT: 'LT',
  /** Luxembourg */
  LU: 'LU',
  /** Latvia */
  LV: 'LV',
  /** Libya */
  LY: 'LY',
  /** Morocco */
  MA: 'MA',
  /** Monaco */
  MC: 'MC',
  /** Moldova */
  MD: 'MD',
  /** Montenegro */
  ME: 'ME',
  /** St. Martin */
  MF: 'MF',
  /** Madagascar */
  MG: 'MG',
  /** Marshall Islands */
  MH: 'MH',
  /** North Macedonia */
  MK: 'MK',
  /** Mali */
  ML: 'ML',
  /** Myanmar (Burma) */
  MM: 'MM',
  /** Mongolia */
  MN: 'MN',
  /** Macao SAR China */
  MO: 'MO',
  /** Northern Mariana Islands */
  MP: 'MP',
  /** Martinique */
  MQ: 'MQ',
  /** Mauritania */
  MR: 'MR',
  /** Montserrat */
  MS: 'MS',
  /** Malta */
  MT: 'MT',
  /** Mauritius */
  MU: 'MU',
  /** Maldives */
  MV: 'MV',
  /** Malawi */
  MW: 'MW',
  /** Mexico */
  MX: 'MX',
  /** Malaysia */
  MY: 'MY',
  /** Mozambique */
  MZ: 'MZ',
  /** Namibia */
  NA: 'NA',
  /** New Caledonia */
  NC: 'NC',
  /** Niger */
  NE: 'NE',
  /** Norfolk Island */
  NF: 'NF',
  /** Nigeria */
  NG: 'NG',
  /** Nicaragua */
  NI: 'NI',
  /** Netherlands */
  NL: 'NL',
  /** Norway */
  NO: 'NO',
  /** Nepal */
  NP: 'NP',
  /** Nauru */
  NR: 'NR',
  /** Niue */
  NU: 'NU',
  /** New Zealand */
  NZ: 'NZ',
  /** Oman */
  OM: 'OM',
  /** Panama */
  PA: 'PA',
  /** Peru */
  PE: 'PE',
  /** French Polynesia */
  PF: 'PF',
  /** Papua New Guinea */
  PG: 'PG',
  /** Philippines */
  PH: 'PH',
  /** Pakistan */
  PK: 'PK',
  /** Poland */
  PL: 'PL',
  /** St. Pierre & Miquelon */
  PM: 'PM',
  /** Pitcairn Islands */
  PN: 'PN',
  /** Puerto Rico */
  PR: 'PR',
  /** Palestinian Territories */
  PS: 'PS',
  /** Portugal */
  PT: 'PT',
  /** Palau */
  PW: 'PW',
  /** Paraguay */
  PY: 'PY',
  /** Qatar */
  QA: 'QA',
  /** Réunion */
  RE: 'RE',
  /** Romania */
  RO: 'RO',
  /** Serbia */
  RS: 'RS',
  /** Russia */
  RU: 'RU',
  /** Rwanda */
  RW: 'RW',
  /** Saudi Arabia */
  SA: 'SA',
  /** Solomon Islands */
  SB: 'SB',
  /** Seychelles */
  SC: 'SC',
  /** Sudan */
  SD: 'SD',
  /** Sweden */
  SE: 'SE',
  /** Singapore */
  SG: 'SG',
  /** St. Helena */
  SH: 'SH',
  /** Slovenia */
  SI: 'SI',
  /** Svalbard & Jan Mayen */
  SJ: 'SJ',
  /** Slovakia */
  SK: 'SK',
  /** Sierra Leone */
  SL: 'SL',
  /** San Marino */
  SM: 'SM',
  /** Senegal */
  SN: 'SN',
  /** Somalia */
  SO: 'SO',
  /** Suriname */
  SR: 'SR',
  /** South Sudan */
  SS: 'SS',
  /** São Tomé & Príncipe */
  ST: 'ST',
  /** El Salvador */
  SV: 'SV',
  /** Sint Maarten */
  SX: 'SX',
  /** Syria */
  SY: 'SY',
  /** Eswatini */
  SZ: 'SZ',
  /** Turks & Caicos Islands */
  TC: 'TC',
  /** Chad */
  TD: 'TD',
  /** French Southern Territories */
  TF: 'TF',
  /** Togo */
  TG: 'TG',
  /** Thailand */
  TH: 'TH',
  /** Tajikistan */
  TJ: 'TJ',
  /** Tokelau */
  TK: 'TK',
  /** Timor-Leste */
  TL: 'TL',
  /** Turkmenistan */
  TM: 'TM',
  /** Tunisia */
  TN: 'TN',
  /** Tonga */
  TO: 'TO',
  /** Türkiye */
  TR: 'TR',
  /** Trinidad & Tobago */
  TT: 'TT',
  /** Tuvalu */
  TV: 'TV',
  /** Taiwan */
  TW: 'TW',
  /** Tanzania */
  TZ: 'TZ',
  /** Ukraine */
  UA: 'UA',
  /** Uganda */
  UG: 'UG',
  /** U.S. Outlying Islands */
  UM: 'UM',
  /** United States */
  US: 'US',
  /** Uruguay */
  UY: 'UY',
  /** Uzbekistan */
  UZ: 'UZ',
  /** Vatican City */
  VA: 'VA',
  /** St. Vincent & Grenadines */
  VC: 'VC',
  /** Venezuela */
  VE: 'VE',
  /** British Virgin Islands */
  VG: 'VG',
  /** U.S. Virgin Islands */
  VI: 'VI',
  /** Vietnam */
  VN: 'VN',
  /** Vanuatu */
  VU: 'VU',
  /** Wallis & Futuna */
  WF: 'WF',
  /** Samoa */
  WS: 'WS',
  /** Yemen */
  YE: 'YE',
  /** Mayotte */
  YT: 'YT',
  /** South Africa */
  ZA: 'ZA',
  /** Zambia */
  ZM: 'ZM',
  /** Zimbabwe */
  ZW: 'ZW'
} as const;

export type Country = typeof Country[keyof typeof Country];
/** A new suspect of your agency. */
export type CreateSuspectInput = {
  /** Names the person is known by (at most 50). */
  aliases?: Array<string> | null | undefined;
  /** Date of birth; not in the future. */
  dateOfBirth?: string | null | undefined;
  /** Given names (at most 200 characters). A suspect needs them, with the paternal surname, unless known by an alias alone. */
  givenNames?: string | null | undefined;
  /** The record's handling markings. */
  handling: HandlingInput;
  /** Official identifiers (at most 20), each checked by kind. */
  identifiers?: Array<IdentifierInput> | null | undefined;
  /** Maternal (second) surname, if any. */
  maternalSurname?: string | null | undefined;
  /** Organizations the person belongs to (at most 50). */
  memberships?: Array<MembershipInput> | null | undefined;
  /** Nationalities. */
  nationalities?: Array<Country> | null | undefined;
  /** Paternal (first) surname (at most 200 characters). A suspect needs it unless known by an alias alone. */
  paternalSurname?: string | null | undefined;
  /** Sex, if known. */
  sex?: Sex | null | undefined;
  /** Where the person stands with the law. */
  status?: SuspectStatus | null | undefined;
};

/** A new person of the admin's own agency. */
export type CreateUserInput = {
  /** The name shown to others. */
  displayName: string;
  /** Their e-mail address: their login, unique across the system. */
  email: string;
  /** "es" or "en"; by default the language of the agency's country. */
  language?: string | null | undefined;
  /** What they do in the agency (at least one). */
  roles: Array<Role>;
};

/** A new warrant of your agency. */
export type CreateWarrantInput = {
  /** The charges (at least one). */
  charges: Array<string>;
  /** The keys court or prosecutor systems know it by (integration scripts sync on them). */
  externalRefs?: Array<ExternalRefInput> | null | undefined;
  /** The record's handling markings. */
  handling: HandlingInput;
  /** When it was issued, if known. */
  issueDate?: string | null | undefined;
  /** The court or authority that issued it. */
  issuingAuthority: string;
  /** The country that issued it. */
  issuingCountry: Country;
  /** The warrant's number at its issuing authority. */
  number: string;
  /** Its status now. */
  status: WarrantStatus;
  /** When that status took effect; now when left out; not in the future. */
  statusChangedAt?: string | null | undefined;
  /** The person it is for: a suspect of your own agency. */
  subjectId: string | number;
};

/** A key a court or prosecutor system knows the warrant by. */
export type ExternalRefInput = {
  /** The warrant's id in that system. */
  externalId: string;
  /** The system's name, as integration scripts send it. */
  sourceSystem: string;
};

/** Handling markings, set whole. */
export type HandlingInput = {
  /** ORCON: recipients may not pass it on. False when left out. */
  originatorControlled?: boolean | null | undefined;
  /** REL TO: the countries whose agencies may receive it (at most 30). Left out: the owner's own country only. */
  releasableTo?: Array<Country> | null | undefined;
  /** Its Traffic Light Protocol level. */
  tlp: Tlp;
};

/** An official identifier, checked by kind (a CURP's check digit, a passport's country...). */
export type IdentifierInput = {
  /** The issuing country: required for a passport; kinds issued by one country (CURP: MX, SSN: US) imply it. */
  country?: Country | null | undefined;
  /** Which kind of identifier. */
  kind: IdentifierKind;
  /** The issuing state of a driver's licence: an ISO 3166-2 subdivision code without the country (TX, CHH). */
  state?: string | null | undefined;
  /** The identifier, at most 100 characters; spaces, dashes and dots are ignored when matching. */
  value: string;
};

/** A kind of official identifier of a person. */
export const IdentifierKind = {
  /** US Alien Registration Number (A-number). */
  A_NUMBER: 'A_NUMBER',
  /** Mexican CURP (18 characters, with a check digit). */
  CURP: 'CURP',
  /** A driver's licence number (with its issuing state). */
  DRIVERS_LICENSE: 'DRIVERS_LICENSE',
  /** FBI number (UCN). */
  FBI_NUMBER: 'FBI_NUMBER',
  /** Any other identifier. */
  OTHER: 'OTHER',
  /** A passport number (with its issuing country). */
  PASSPORT: 'PASSPORT',
  /** Mexican RFC (tax id). */
  RFC: 'RFC',
  /** US Social Security Number (masked `***-**-1234` outside the owning agency). */
  SSN: 'SSN'
} as const;

export type IdentifierKind = typeof IdentifierKind[keyof typeof IdentifierKind];
/** A membership of an organization you may see. */
export type MembershipInput = {
  /** The organization (an Organization id you may see). */
  organizationId: string | number;
  /** The person's role in it. */
  role: MembershipRole;
  /** Since when, if known. */
  since?: string | null | undefined;
};

/** A person's role in an organization. */
export const MembershipRole = {
  /** Collects payments. */
  COLLECTOR: 'COLLECTOR',
  /** Drives people or goods. */
  DRIVER: 'DRIVER',
  /** Guides people across the border. */
  GUIDE: 'GUIDE',
  /** Leads it. */
  LEADER: 'LEADER',
  /** A member, role not known. */
  MEMBER: 'MEMBER',
  /** Recruits people for it. */
  RECRUITER: 'RECRUITER',
  /** Keeps a stash house. */
  STASH_HOUSE_KEEPER: 'STASH_HOUSE_KEEPER'
} as const;

export type MembershipRole = typeof MembershipRole[keyof typeof MembershipRole];
/** What a notification is about. */
export const NotificationKind = {
  /** To the owner's liaison officers: a partner's discovery matched one of their records. */
  DISCOVERY_HIT: 'DISCOVERY_HIT',
  /** Reserved for matching. */
  MATCH_FOUND: 'MATCH_FOUND',
  /** To the requester and their agency's liaison officers: the request was approved or denied. */
  SHARE_DECIDED: 'SHARE_DECIDED',
  /** To both sides' liaison officers and the requester: an approved share ends in 7 days, or in 1 day. */
  SHARE_EXPIRING: 'SHARE_EXPIRING',
  /** To the owner's liaison officers: a partner asks for one of their records. */
  SHARE_REQUESTED: 'SHARE_REQUESTED',
  /** To the requester and their agency's liaison officers: an approved share was revoked. */
  SHARE_REVOKED: 'SHARE_REVOKED',
  /** To the recipient agency's intake officers: a partner referred a tip. */
  TIP_REFERRED: 'TIP_REFERRED'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** How to reach the tipster, if they want to be reached; sealed as the tip's tipster (only the agency's intake officers read it). */
export type PublicTipContactInput = {
  /** An e-mail address to reach them, if given. */
  email?: string | null | undefined;
  /** Their name, if given. */
  name?: string | null | undefined;
  /** A telephone number to reach them, if given. */
  phone?: string | null | undefined;
};

/** A tip from the public for a published campaign. */
export type PublicTipInput = {
  /** The campaign's slug. */
  campaignSlug: string;
  /** How to reach them; left out (or empty): an anonymous tip. */
  contact?: PublicTipContactInput | null | undefined;
  /** The rank of the person the tip is about, if it is about one of them. */
  entryRank?: number | null | undefined;
  /** "es" or "en". */
  language: string;
  /** What the tipster has to say. */
  narrative: string;
};

/** The kinds of record an agency owns and may share. */
export const RecordType = {
  /** A Case. */
  CASE: 'CASE',
  /** An Organization (a smuggling ring, cartel, gang or cell). */
  ORGANIZATION: 'ORGANIZATION',
  /** A Suspect (a person). */
  SUSPECT: 'SUSPECT',
  /** A Tip. */
  TIP: 'TIP',
  /** A Warrant. */
  WARRANT: 'WARRANT'
} as const;

export type RecordType = typeof RecordType[keyof typeof RecordType];
/** What a person may do at their agency; a person may hold several roles. */
export const Role = {
  /** Manages its agency's people, API keys and agreements; reads the audit log. */
  AGENCY_ADMIN: 'AGENCY_ADMIN',
  /** Reads, searches and discovers records; creates and updates its agency's records. */
  ANALYST: 'ANALYST',
  /** Records and triages tips; the only role that reads a tip's tipster (own agency's tips only). */
  INTAKE_OFFICER: 'INTAKE_OFFICER',
  /** Works cases: creates and updates its agency's records, cases, notes and tasks. */
  INVESTIGATOR: 'INVESTIGATOR',
  /** The gatekeeper of its agency's records: decides sharing requests, offers and revokes shares, reads the audit log. */
  LIAISON_OFFICER: 'LIAISON_OFFICER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Sex as recorded. */
export const Sex = {
  /** Female. */
  FEMALE: 'FEMALE',
  /** Male. */
  MALE: 'MALE',
  /** Not known. */
  UNKNOWN: 'UNKNOWN'
} as const;

export type Sex = typeof Sex[keyof typeof Sex];
/** Which side of a share you are on. */
export const SharingDirection = {
  /** Shares of records your agency owns or passes on: the ones its liaison decides (the inbox). */
  INCOMING: 'INCOMING',
  /** Shares your agency asked for or receives (the outbox). */
  OUTGOING: 'OUTGOING'
} as const;

export type SharingDirection = typeof SharingDirection[keyof typeof SharingDirection];
/** Where a share stands. */
export const SharingRequestStatus = {
  /** Approved: the recipient reads the granted fields until it expires or is revoked. */
  APPROVED: 'APPROVED',
  /** Denied (see decisionReason). */
  DENIED: 'DENIED',
  /** Past its expiresAt. */
  EXPIRED: 'EXPIRED',
  /** Asked for, waiting for the owner's liaison. */
  PENDING: 'PENDING',
  /** Ended by the provider after approval (see decisionReason). */
  REVOKED: 'REVOKED',
  /** Withdrawn by the recipient before a decision. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type SharingRequestStatus = typeof SharingRequestStatus[keyof typeof SharingRequestStatus];
/** A tip taken by an intake officer. */
export type SubmitTipInput = {
  /** Who follows it up: a person of your agency. */
  assigneeId?: string | number | null | undefined;
  /** The wanted campaign (Se Busca) a HOTLINE or WHATSAPP tip answers: one of your agency. */
  campaignId?: string | number | null | undefined;
  /** How it came in. */
  channel: TipChannel;
  /** The record's handling markings. */
  handling: HandlingInput;
  /** "es" or "en". */
  language: string;
  /** What the tipster said. */
  narrative: string;
  /** Organizations the tip mentions. */
  organizationIds?: Array<string | number> | null | undefined;
  /** How urgent it is; ROUTINE when left out. */
  priority?: TipPriority | null | undefined;
  /** When the tip came in; now when left out; not in the future. */
  receivedAt?: string | null | undefined;
  /** Which side of the border the tip was received on. */
  receivedIn?: Country | null | undefined;
  /** Suspects the tip mentions. */
  subjectIds?: Array<string | number> | null | undefined;
  /** Who gave it. */
  tipster: TipsterInput;
};

/** Narrows suspects; every filter given must hold (they combine). */
export type SuspectFilter = {
  /** Born on this date. */
  dateOfBirth?: string | null | undefined;
  /** Any identifier (CURP, RFC, passport, A-number, ...), matched exactly after normalization (case, spaces, dashes, dots). */
  identifier?: string | null | undefined;
  /** A name or alias, accent-insensitive and typo- and sound-tolerant ("Gonzalez" finds "González"): exact words first, then typos, then sound-alikes. Matches only names you may read. */
  search?: string | null | undefined;
};

/** Where a person stands with the law. */
export const SuspectStatus = {
  /** At large: wanted and not in custody. */
  AT_LARGE: 'AT_LARGE',
  /** Deceased. */
  DECEASED: 'DECEASED',
  /** Extradited. */
  EXTRADITED: 'EXTRADITED',
  /** In custody. */
  IN_CUSTODY: 'IN_CUSTODY',
  /** Not known. */
  UNKNOWN: 'UNKNOWN'
} as const;

export type SuspectStatus = typeof SuspectStatus[keyof typeof SuspectStatus];
/** How a tip came in. */
export const TipChannel = {
  /** By telephone hotline. */
  HOTLINE: 'HOTLINE',
  /** Referred by a partner agency. */
  PARTNER_REFERRAL: 'PARTNER_REFERRAL',
  /** In person at an office. */
  WALK_IN: 'WALK_IN',
  /** Through the public web form (Se Busca). */
  WEB: 'WEB',
  /** By WhatsApp. */
  WHATSAPP: 'WHATSAPP'
} as const;

export type TipChannel = typeof TipChannel[keyof typeof TipChannel];
/** How urgently a tip needs acting on; the intake queue shows the most urgent first. */
export const TipPriority = {
  /** A life is in danger: act now. */
  LIFE_THREATENING: 'LIFE_THREATENING',
  /** Routine. */
  ROUTINE: 'ROUTINE',
  /** Urgent. */
  URGENT: 'URGENT'
} as const;

export type TipPriority = typeof TipPriority[keyof typeof TipPriority];
/** Where a tip is in the intake queue. */
export const TipStatus = {
  /** Worth acting on. */
  ACTIONABLE: 'ACTIONABLE',
  /** Done with. */
  CLOSED: 'CLOSED',
  /** Received, not yet looked at. */
  NEW: 'NEW',
  /** Referred to a partner agency (referTip). */
  REFERRED: 'REFERRED',
  /** Looked at and graded. */
  TRIAGED: 'TRIAGED'
} as const;

export type TipStatus = typeof TipStatus[keyof typeof TipStatus];
/** Who gave the tip (stored encrypted; only your intake officers read it). */
export type TipsterInput = {
  /** True when the tipster gave no name. */
  anonymous: boolean;
  /** An e-mail address to reach them, if given. */
  email?: string | null | undefined;
  /** Their name, if given. */
  name?: string | null | undefined;
  /** A telephone number to reach them, if given. */
  phone?: string | null | undefined;
};

/** Traffic Light Protocol 2.0: how far a record may travel. Labels are never translated. */
export const Tlp = {
  /** TLP:AMBER: the recipient agency and those who need to know, within the agreement. */
  AMBER: 'AMBER',
  /** TLP:AMBER+STRICT: the recipient agency only, never passed on. */
  AMBER_STRICT: 'AMBER_STRICT',
  /** TLP:CLEAR: no limit on disclosure. */
  CLEAR: 'CLEAR',
  /** TLP:GREEN: the community (partner agencies under an agreement), not the public. */
  GREEN: 'GREEN',
  /** TLP:RED: the owning agency only; never shared. */
  RED: 'RED'
} as const;

export type Tlp = typeof Tlp[keyof typeof Tlp];
/** The admin's own agency's settings; what is left out stays. */
export type UpdateAgencyInput = {
  /** The roles whose members must log in with a TOTP code (all of them, replacing the current ones). */
  mfaRequiredRoles?: Array<Role> | null | undefined;
};

/** Changes to a suspect: every CreateSuspectInput field, optional; a given list replaces the stored one. */
export type UpdateSuspectInput = {
  /** Names the person is known by (at most 50). */
  aliases?: Array<string> | null | undefined;
  /** Date of birth; not in the future. */
  dateOfBirth?: string | null | undefined;
  /** Given names (at most 200 characters). A suspect needs them, with the paternal surname, unless known by an alias alone. */
  givenNames?: string | null | undefined;
  /** The record's handling markings. */
  handling?: HandlingInput | null | undefined;
  /** Official identifiers (at most 20), each checked by kind. */
  identifiers?: Array<IdentifierInput> | null | undefined;
  /** Maternal (second) surname, if any. */
  maternalSurname?: string | null | undefined;
  /** Organizations the person belongs to (at most 50). */
  memberships?: Array<MembershipInput> | null | undefined;
  /** Nationalities. */
  nationalities?: Array<Country> | null | undefined;
  /** Paternal (first) surname (at most 200 characters). A suspect needs it unless known by an alias alone. */
  paternalSurname?: string | null | undefined;
  /** Sex, if known. */
  sex?: Sex | null | undefined;
  /** Where the person stands with the law. */
  status?: SuspectStatus | null | undefined;
};

/** What to change of a person; what is left out stays. */
export type UpdateUserInput = {
  /** The name shown to others. */
  displayName?: string | null | undefined;
  /** "es" or "en": the language of what the system writes to them. */
  language?: string | null | undefined;
  /** Their roles, all of them (replacing the current ones); effective from their next request. */
  roles?: Array<Role> | null | undefined;
};

/** Where a warrant stands. */
export const WarrantStatus = {
  /** In force: the person may be arrested on it. */
  ACTIVE: 'ACTIVE',
  /** Cancelled by the court. */
  CANCELLED: 'CANCELLED',
  /** Executed (served): the person was arrested on it. */
  EXECUTED: 'EXECUTED',
  /** Expired. */
  EXPIRED: 'EXPIRED',
  /** Issued by the court, not yet in force. */
  ISSUED: 'ISSUED',
  /** Suspended, e.g. by an amparo. */
  SUSPENDED: 'SUSPENDED'
} as const;

export type WarrantStatus = typeof WarrantStatus[keyof typeof WarrantStatus];
/** A status change reported by a court or prosecutor system, keyed by the warrant's external reference. Item-level problems (an empty id, a future time) are REJECTED items, not a failed call. */
export type WarrantStatusUpdateInput = {
  /** The warrant's id in that system. */
  externalId: string;
  /** A note to keep with the change. */
  note?: string | null | undefined;
  /** The system reporting the change, as in the warrant's externalRefs. */
  sourceSystem: string;
  /** The new status. */
  status: WarrantStatus;
  /** When the status changed in the source system. */
  statusChangedAt: string;
};

/** What became of one status update sent to syncWarrantStatuses. */
export const WarrantSyncOutcome = {
  /** Applied: the warrant has the new status. */
  APPLIED: 'APPLIED',
  /** No warrant of your agency has this external reference. */
  NOT_FOUND: 'NOT_FOUND',
  /** Refused as invalid (see message). */
  REJECTED: 'REJECTED',
  /** Older than the warrant's current status: kept in the history, not applied. */
  STALE: 'STALE',
  /** Nothing to change: this update was recorded before (a resend), or the warrant already has this status. */
  UNCHANGED: 'UNCHANGED'
} as const;

export type WarrantSyncOutcome = typeof WarrantSyncOutcome[keyof typeof WarrantSyncOutcome];
/** Where a webhook delivery stands. */
export const WebhookDeliveryStatus = {
  /** The endpoint answered 2xx. */
  DELIVERED: 'DELIVERED',
  /** Given up after WEBHOOK_MAX_ATTEMPTS attempts (or the webhook was deleted). */
  FAILED: 'FAILED',
  /** Not delivered yet: the next attempt is due at nextAttemptAt. */
  PENDING: 'PENDING'
} as const;

export type WebhookDeliveryStatus = typeof WebhookDeliveryStatus[keyof typeof WebhookDeliveryStatus];
export type AccountFieldsFragment = { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { invitationToken: string, expiresAt: string, user: { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { invitationToken: string, expiresAt: string, user: { active: boolean, lastLoginAt: string | null, language: string | null, id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type UpdateAgencyMutation = { updateAgency: { mfaRequiredRoles: Array<Role>, id: string, code: string, name: string, country: Country } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
  scopes: Array<string> | string;
}>;


export type CreateApiKeyMutation = { createApiKey: { id: string, name: string, secret: string } };

export type CaseNoteFieldsFragment = { id: string, body: string, at: string, author: { id: string, displayName: string } };

export type CaseFieldsFragment = { caseNumber: string | null, title: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, leadAgency: { id: string, code: string, name: string, country: Country } | null, participatingAgencies: Array<{ id: string, code: string, name: string, country: Country }> | null, suspects: Array<{ id: string, fullName: string | null }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

export type LinkCaseRecordMutationVariables = Exact<{
  caseId: string | number;
  recordType: RecordType;
  recordId: string | number;
}>;


export type LinkCaseRecordMutation = { linkCaseRecord: { caseNumber: string | null, title: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, leadAgency: { id: string, code: string, name: string, country: Country } | null, participatingAgencies: Array<{ id: string, code: string, name: string, country: Country }> | null, suspects: Array<{ id: string, fullName: string | null }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } };

export type UnlinkCaseRecordMutationVariables = Exact<{
  caseId: string | number;
  recordType: RecordType;
  recordId: string | number;
}>;


export type UnlinkCaseRecordMutation = { unlinkCaseRecord: { caseNumber: string | null, title: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, leadAgency: { id: string, code: string, name: string, country: Country } | null, participatingAgencies: Array<{ id: string, code: string, name: string, country: Country }> | null, suspects: Array<{ id: string, fullName: string | null }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } };

export type AddCaseNoteMutationVariables = Exact<{
  caseId: string | number;
  body: string;
}>;


export type AddCaseNoteMutation = { addCaseNote: { id: string, body: string, at: string, author: { id: string, displayName: string } } };

export type CaseNotesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseNotesQuery = { case: { id: string, notes: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, body: string, at: string, author: { id: string, displayName: string } } }> } } | null };

export type AgencyFieldsFragment = { id: string, code: string, name: string, country: Country };

type RecordFields_Case_Fragment = { id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

type RecordFields_Organization_Fragment = { id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

type RecordFields_Suspect_Fragment = { id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

type RecordFields_Tip_Fragment = { id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

type RecordFields_Warrant_Fragment = { id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

export type RecordFieldsFragment =
  | RecordFields_Case_Fragment
  | RecordFields_Organization_Fragment
  | RecordFields_Suspect_Fragment
  | RecordFields_Tip_Fragment
  | RecordFields_Warrant_Fragment
;

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type UserFieldsFragment = { id: string, email: string, displayName: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } };

export type SuspectFieldsFragment = { givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

export type WarrantFieldsFragment = { number: string | null, issuingCountry: Country | null, issuingAuthority: string | null, charges: Array<string> | null, status: WarrantStatus | null, statusChangedAt: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, externalRefs: Array<{ sourceSystem: string, externalId: string }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

export type TipFieldsFragment = { receivedAt: string | null, channel: TipChannel | null, language: string | null, narrative: string | null, status: TipStatus | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } };

export type SharingRequestFieldsFragment = { id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, decisionReason: string | null, requestingAgency: { id: string, code: string, name: string, country: Country }, owningAgency: { id: string, code: string, name: string, country: Country } };

export type DiscoveryHitFieldsFragment = { recordType: RecordType, recordId: string, ownerAgency: { id: string, code: string, name: string, country: Country } };

export type AuditEventFieldsFragment = { id: string, at: string, action: string, recordType: RecordType | null, recordId: string | null, detail: string | null, outcome: string, actorAgency: { id: string, code: string, name: string, country: Country }, actor: { displayName: string, email: string } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Case', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'Organization', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'Suspect', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'Tip', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'WantedCampaign', id: string }
    | { __typename: 'Warrant', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Case', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'Organization', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'Suspect', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'Tip', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
    | { __typename: 'WantedCampaign', id: string }
    | { __typename: 'Warrant', id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }
   | null> };

export type NotificationFieldsFragment = { id: string, at: string, kind: NotificationKind, recordType: RecordType | null, recordId: string | null, sharingRequestId: string | null, message: string, readAt: string | null };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { edges: Array<{ cursor: string, node: { id: string, at: string, kind: NotificationKind, recordType: RecordType | null, recordId: string | null, sharingRequestId: string | null, message: string, readAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, at: string, kind: NotificationKind, recordType: RecordType | null, recordId: string | null, sharingRequestId: string | null, message: string, readAt: string | null } };

export type CreateWebhookMutationVariables = Exact<{
  url: string;
  secret: string;
}>;


export type CreateWebhookMutation = { createWebhook: { id: string, url: string, createdAt: string } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: { id: string } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, createdAt: string }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { edges: Array<{ cursor: string, node: { id: string, eventId: string, kind: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicCampaignQueryVariables = Exact<{
  slug: string;
  language?: string | null | undefined;
}>;


export type PublicCampaignQuery = { publicCampaign: { slug: string, title: string, region: string, hotlines: Array<string>, ownerAgencyCode: string, entries: Array<{ rank: number, displayName: string, aliases: Array<string>, summary: string, crimes: Array<string>, photoUrl: string | null, posterUrl: string }> } | null };

export type SubmitPublicTipMutationVariables = Exact<{
  input: PublicTipInput;
}>;


export type SubmitPublicTipMutation = { submitPublicTip: { receiptCode: string } };

export type SharingRequestsQueryVariables = Exact<{
  direction: SharingDirection;
  status?: SharingRequestStatus | null | undefined;
}>;


export type SharingRequestsQuery = { sharingRequests: Array<{ id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, decisionReason: string | null, requestingAgency: { id: string, code: string, name: string, country: Country }, owningAgency: { id: string, code: string, name: string, country: Country } }> };

export type RequestShareMutationVariables = Exact<{
  recordType: RecordType;
  recordId: string | number;
  purpose: string;
  fields?: Array<string> | string | null | undefined;
}>;


export type RequestShareMutation = { requestShare: { id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, decisionReason: string | null, requestingAgency: { id: string, code: string, name: string, country: Country }, owningAgency: { id: string, code: string, name: string, country: Country } } };

export type ApproveShareRequestMutationVariables = Exact<{
  id: string | number;
  fields?: Array<string> | string | null | undefined;
  expiresAt?: string | null | undefined;
}>;


export type ApproveShareRequestMutation = { approveShareRequest: { id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, decisionReason: string | null, requestingAgency: { id: string, code: string, name: string, country: Country }, owningAgency: { id: string, code: string, name: string, country: Country } } };

export type DenyShareRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DenyShareRequestMutation = { denyShareRequest: { id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, decisionReason: string | null, requestingAgency: { id: string, code: string, name: string, country: Country }, owningAgency: { id: string, code: string, name: string, country: Country } } };

export type RevokeShareMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
}>;


export type RevokeShareMutation = { revokeShare: { id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, decisionReason: string | null, requestingAgency: { id: string, code: string, name: string, country: Country }, owningAgency: { id: string, code: string, name: string, country: Country } } };

export type AuditTrailQueryVariables = Exact<{
  recordType: RecordType;
  recordId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, recordType: RecordType | null, recordId: string | null, detail: string | null, outcome: string, actorAgency: { id: string, code: string, name: string, country: Country }, actor: { displayName: string, email: string } | null } }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, recordType: RecordType | null, recordId: string | null, detail: string | null, outcome: string, actorAgency: { id: string, code: string, name: string, country: Country }, actor: { displayName: string, email: string } | null } }> } };

export type SuspectQueryVariables = Exact<{
  id: string | number;
}>;


export type SuspectQuery = { suspect: { givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, warrants: Array<{ number: string | null, issuingCountry: Country | null, issuingAuthority: string | null, charges: Array<string> | null, status: WarrantStatus | null, statusChangedAt: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, externalRefs: Array<{ sourceSystem: string, externalId: string }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } | null };

export type SuspectsQueryVariables = Exact<{
  filter?: SuspectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuspectsQuery = { suspects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } }> } };

export type CreateSuspectMutationVariables = Exact<{
  input: CreateSuspectInput;
}>;


export type CreateSuspectMutation = { createSuspect: { givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } };

export type UpdateSuspectMutationVariables = Exact<{
  id: string | number;
  input: UpdateSuspectInput;
}>;


export type UpdateSuspectMutation = { updateSuspect: { givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } };

export type DiscoverSuspectsQueryVariables = Exact<{
  search?: string | null | undefined;
  identifier?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
}>;


export type DiscoverSuspectsQuery = { discoverSuspects: Array<{ recordType: RecordType, recordId: string, ownerAgency: { id: string, code: string, name: string, country: Country } }> };

export type TipQueryVariables = Exact<{
  id: string | number;
}>;


export type TipQuery = { tip: { receivedAt: string | null, channel: TipChannel | null, language: string | null, narrative: string | null, status: TipStatus | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, subjects: Array<{ givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } }> | null, tipster: { anonymous: boolean, name: string | null, phone: string | null, email: string | null } | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } | null };

export type TipsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TipsQuery = { tips: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { receivedAt: string | null, channel: TipChannel | null, language: string | null, narrative: string | null, status: TipStatus | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } }> } };

export type SubmitTipMutationVariables = Exact<{
  input: SubmitTipInput;
}>;


export type SubmitTipMutation = { submitTip: { receivedAt: string | null, channel: TipChannel | null, language: string | null, narrative: string | null, status: TipStatus | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } };

export type WarrantQueryVariables = Exact<{
  id: string | number;
}>;


export type WarrantQuery = { warrant: { number: string | null, issuingCountry: Country | null, issuingAuthority: string | null, charges: Array<string> | null, status: WarrantStatus | null, statusChangedAt: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, subject: { givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, nationalities: Array<Country> | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } | null, statusHistory: Array<{ status: WarrantStatus, changedAt: string, sourceSystem: string | null, recordedAt: string }> | null, externalRefs: Array<{ sourceSystem: string, externalId: string }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } | null };

export type CreateWarrantMutationVariables = Exact<{
  input: CreateWarrantInput;
}>;


export type CreateWarrantMutation = { createWarrant: { number: string | null, issuingCountry: Country | null, issuingAuthority: string | null, charges: Array<string> | null, status: WarrantStatus | null, statusChangedAt: string | null, id: string, createdAt: string, updatedAt: string, redactedFields: Array<string>, externalRefs: Array<{ sourceSystem: string, externalId: string }> | null, ownerAgency: { id: string, code: string, name: string, country: Country }, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean } } };

export type SyncWarrantStatusesMutationVariables = Exact<{
  updates: Array<WarrantStatusUpdateInput> | WarrantStatusUpdateInput;
}>;


export type SyncWarrantStatusesMutation = { syncWarrantStatuses: { applied: number, unchanged: number, stale: number, notFound: number, rejected: number, items: Array<{ sourceSystem: string, externalId: string, outcome: WarrantSyncOutcome, warrantId: string | null, message: string | null }> } };

export type WarrantChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type WarrantChangesQuery = { warrantChanges: { endCursor: string | null, hasMore: boolean, changes: Array<{ cursor: string, warrant: { id: string, number: string | null, status: WarrantStatus | null, statusChangedAt: string | null, redactedFields: Array<string>, ownerAgency: { code: string }, externalRefs: Array<{ sourceSystem: string, externalId: string }> | null } }> } };

export type DiscoverWarrantsQueryVariables = Exact<{
  subjectIdentifier?: string | null | undefined;
  subjectSearch?: string | null | undefined;
}>;


export type DiscoverWarrantsQuery = { discoverWarrants: Array<{ recordType: RecordType, recordId: string, ownerAgency: { id: string, code: string, name: string, country: Country } }> };

export const AgencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<AgencyFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const CaseNoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CaseNoteFieldsFragment, unknown>;
export const RecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<RecordFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const SuspectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<SuspectFieldsFragment, unknown>;
export const WarrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<WarrantFieldsFragment, unknown>;
export const TipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<TipFieldsFragment, unknown>;
export const SharingRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFields"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<SharingRequestFieldsFragment, unknown>;
export const DiscoveryHitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscoveryHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscoveryHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<DiscoveryHitFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequiredRoles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const LinkCaseRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkCaseRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCaseRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<LinkCaseRecordMutation, LinkCaseRecordMutationVariables>;
export const UnlinkCaseRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkCaseRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkCaseRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<UnlinkCaseRecordMutation, UnlinkCaseRecordMutationVariables>;
export const AddCaseNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const CaseNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseNoteFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CaseNotesQuery, CaseNotesQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const PublicCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"hotlines"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"crimes"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}}]}}]} as unknown as DocumentNode<PublicCampaignQuery, PublicCampaignQueryVariables>;
export const SubmitPublicTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPublicTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPublicTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptCode"}}]}}]}}]} as unknown as DocumentNode<SubmitPublicTipMutation, SubmitPublicTipMutationVariables>;
export const SharingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharingRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SharingDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFields"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<SharingRequestsQuery, SharingRequestsQueryVariables>;
export const RequestShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFields"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<RequestShareMutation, RequestShareMutationVariables>;
export const ApproveShareRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveShareRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveShareRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFields"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<ApproveShareRequestMutation, ApproveShareRequestMutationVariables>;
export const DenyShareRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyShareRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyShareRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFields"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<DenyShareRequestMutation, DenyShareRequestMutationVariables>;
export const RevokeShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFields"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<RevokeShareMutation, RevokeShareMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const SuspectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}},{"kind":"Field","name":{"kind":"Name","value":"warrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]} as unknown as DocumentNode<SuspectQuery, SuspectQueryVariables>;
export const SuspectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suspects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}}]} as unknown as DocumentNode<SuspectsQuery, SuspectsQueryVariables>;
export const CreateSuspectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSuspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuspectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuspect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}}]} as unknown as DocumentNode<CreateSuspectMutation, CreateSuspectMutationVariables>;
export const UpdateSuspectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSuspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSuspectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSuspect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}}]} as unknown as DocumentNode<UpdateSuspectMutation, UpdateSuspectMutationVariables>;
export const DiscoverSuspectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoverSuspects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discoverSuspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateOfBirth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiscoveryHitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscoveryHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscoveryHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<DiscoverSuspectsQuery, DiscoverSuspectsQueryVariables>;
export const TipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tipster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}}]} as unknown as DocumentNode<TipQuery, TipQueryVariables>;
export const TipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<TipsQuery, TipsQueryVariables>;
export const SubmitTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SubmitTipMutation, SubmitTipMutationVariables>;
export const WarrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspectFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"paternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"maternalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}}]}}]} as unknown as DocumentNode<WarrantQuery, WarrantQueryVariables>;
export const CreateWarrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWarrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWarrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Record"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"releasableTo"}},{"kind":"Field","name":{"kind":"Name","value":"originatorControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]} as unknown as DocumentNode<CreateWarrantMutation, CreateWarrantMutationVariables>;
export const SyncWarrantStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncWarrantStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantStatusUpdateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWarrantStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"notFound"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"warrantId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncWarrantStatusesMutation, SyncWarrantStatusesMutationVariables>;
export const WarrantChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarrantChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warrantChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"warrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarrantChangesQuery, WarrantChangesQueryVariables>;
export const DiscoverWarrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoverWarrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectIdentifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectSearch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discoverWarrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectIdentifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectSearch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectSearch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiscoveryHitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscoveryHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscoveryHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<DiscoverWarrantsQuery, DiscoverWarrantsQueryVariables>;