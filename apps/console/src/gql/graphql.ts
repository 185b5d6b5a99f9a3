/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A criminal activity an organization is known for. */
export type Activity =
  /** Drug trafficking. */
  | 'DRUG_TRAFFICKING'
  /** Extortion. */
  | 'EXTORTION'
  /** Human smuggling. */
  | 'HUMAN_SMUGGLING'
  /** Kidnapping. */
  | 'KIDNAPPING'
  /** Money laundering. */
  | 'MONEY_LAUNDERING'
  /** Murder for hire. */
  | 'MURDER_FOR_HIRE';

/** How one organization is tied to another. */
export type AffiliationKind =
  /** Allied with the other. */
  | 'ALLIED_WITH'
  /** A faction of the other. */
  | 'FACTION_OF'
  /** A rival of the other. */
  | 'RIVAL_OF'
  /** Works with or for the other (e.g. a ring tied to a cartel). */
  | 'TIED_TO';

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
export type Country =
  /** Andorra */
  | 'AD'
  /** United Arab Emirates */
  | 'AE'
  /** Afghanistan */
  | 'AF'
  /** Antigua & Barbuda */
  | 'AG'
  /** Anguilla */
  | 'AI'
  /** Albania */
  | 'AL'
  /** Armenia */
  | 'AM'
  /** Angola */
  | 'AO'
  /** Antarctica */
  | 'AQ'
  /** Argentina */
  | 'AR'
  /** American Samoa */
  | 'AS'
  /** Austria */
  | 'AT'
  /** Australia */
  | 'AU'
  /** Aruba */
  | 'AW'
  /** Åland Islands */
  | 'AX'
  /** Azerbaijan */
  | 'AZ'
  /** Bosnia & Herzegovina */
  | 'BA'
  /** Barbados */
  | 'BB'
  /** Bangladesh */
  | 'BD'
  /** Belgium */
  | 'BE'
  /** Burkina Faso */
  | 'BF'
  /** Bulgaria */
  | 'BG'
  /** Bahrain */
  | 'BH'
  /** Burundi */
  | 'BI'
  /** Benin */
  | 'BJ'
  /** St. Barthélemy */
  | 'BL'
  /** Bermuda */
  | 'BM'
  /** Brunei */
  | 'BN'
  /** Bolivia */
  | 'BO'
  /** Caribbean Netherlands */
  | 'BQ'
  /** Brazil */
  | 'BR'
  /** Bahamas */
  | 'BS'
  /** Bhutan */
  | 'BT'
  /** Bouvet Island */
  | 'BV'
  /** Botswana */
  | 'BW'
  /** Belarus */
  | 'BY'
  /** Belize */
  | 'BZ'
  /** Canada */
  | 'CA'
  /** Cocos (Keeling) Islands */
  | 'CC'
  /** Congo - Kinshasa */
  | 'CD'
  /** Central African Republic */
  | 'CF'
  /** Congo - Brazzaville */
  | 'CG'
  /** Switzerland */
  | 'CH'
  /** Côte d’Ivoire */
  | 'CI'
  /** Cook Islands */
  | 'CK'
  /** Chile */
  | 'CL'
  /** Cameroon */
  | 'CM'
  /** China */
  | 'CN'
  /** Colombia */
  | 'CO'
  /** Costa Rica */
  | 'CR'
  /** Cuba */
  | 'CU'
  /** Cape Verde */
  | 'CV'
  /** Curaçao */
  | 'CW'
  /** Christmas Island */
  | 'CX'
  /** Cyprus */
  | 'CY'
  /** Czechia */
  | 'CZ'
  /** Germany */
  | 'DE'
  /** Djibouti */
  | 'DJ'
  /** Denmark */
  | 'DK'
  /** Dominica */
  | 'DM'
  /** Dominican Republic */
  | 'DO'
  /** Algeria */
  | 'DZ'
  /** Ecuador */
  | 'EC'
  /** Estonia */
  | 'EE'
  /** Egypt */
  | 'EG'
  /** Western Sahara */
  | 'EH'
  /** Eritrea */
  | 'ER'
  /** Spain */
  | 'ES'
  /** Ethiopia */
  | 'ET'
  /** Finland */
  | 'FI'
  /** Fiji */
  | 'FJ'
  /** Falkland Islands */
  | 'FK'
  /** Micronesia */
  | 'FM'
  /** Faroe Islands */
  | 'FO'
  /** France */
  | 'FR'
  /** Gabon */
  | 'GA'
  /** United Kingdom */
  | 'GB'
  /** Grenada */
  | 'GD'
  /** Georgia */
  | 'GE'
  /** French Guiana */
  | 'GF'
  /** Guernsey */
  | 'GG'
  /** Ghana */
  | 'GH'
  /** Gibraltar */
  | 'GI'
  /** Greenland */
  | 'GL'
  /** Gambia */
  | 'GM'
  /** Guinea */
  | 'GN'
  /** Guadeloupe */
  | 'GP'
  /** Equatorial Guinea */
  | 'GQ'
  /** Greece */
  | 'GR'
  /** South Georgia & South Sandwich Islands */
  | 'GS'
  /** Guatemala */
  | 'GT'
  /** Guam */
  | 'GU'
  /** Guinea-Bissau */
  | 'GW'
  /** Guyana */
  | 'GY'
  /** Hong Kong SAR China */
  | 'HK'
  /** Heard & McDonald Islands */
  | 'HM'
  /** Honduras */
  | 'HN'
  /** Croatia */
  | 'HR'
  /** Haiti */
  | 'HT'
  /** Hungary */
  | 'HU'
  /** Indonesia */
  | 'ID'
  /** Ireland */
  | 'IE'
  /** Israel */
  | 'IL'
  /** Isle of Man */
  | 'IM'
  /** India */
  | 'IN'
  /** British Indian Ocean Territory */
  | 'IO'
  /** Iraq */
  | 'IQ'
  /** Iran */
  | 'IR'
  /** Iceland */
  | 'IS'
  /** Italy */
  | 'IT'
  /** Jersey */
  | 'JE'
  /** Jamaica */
  | 'JM'
  /** Jordan */
  | 'JO'
  /** Japan */
  | 'JP'
  /** Kenya */
  | 'KE'
  /** Kyrgyzstan */
  | 'KG'
  /** Cambodia */
  | 'KH'
  /** Kiribati */
  | 'KI'
  /** Comoros */
  | 'KM'
  /** St. Kitts & Nevis */
  | 'KN'
  /** North Korea */
  | 'KP'
  /** South Korea */
  | 'KR'
  /** Kuwait */
  | 'KW'
  /** Cayman Islands */
  | 'KY'
  /** Kazakhstan */
  | 'KZ'
  /** Laos */
  | 'LA'
  /** Lebanon */
  | 'LB'
  /** St. Lucia */
  | 'LC'
  /** Liechtenstein */
  | 'LI'
  /** Sri Lanka */
  | 'LK'
  /** Liberia */
  | 'LR'
  /** Lesotho */
  | 'LS'
  /** Lithuania */
  | 'LT'
  /** Luxembourg */
  | 'LU'
  /** Latvia */
  | 'LV'
  /** Libya */
  | 'LY'
  /** Morocco */
  | 'MA'
  /** Monaco */
  | 'MC'
  /** Moldova */
  | 'MD'
  /** Montenegro */
  | 'ME'
  /** St. Martin */
  | 'MF'
  /** Madagascar */
  | 'MG'
  /** Marshall Islands */
  | 'MH'
  /** North Macedonia */
  | 'MK'
  /** Mali */
  | 'ML'
  /** Myanmar (Burma) */
  | 'MM'
  /** Mongolia */
  | 'MN'
  /** Macao SAR China */
  | 'MO'
  /** Northern Mariana Islands */
  | 'MP'
  /** Martinique */
  | 'MQ'
  /** Mauritania */
  | 'MR'
  /** Montserrat */
  | 'MS'
  /** Malta */
  | 'MT'
  /** Mauritius */
  | 'MU'
  /** Maldives */
  | 'MV'
  /** Malawi */
  | 'MW'
  /** Mexico */
  | 'MX'
  /** Malaysia */
  | 'MY'
  /** Mozambique */
  | 'MZ'
  /** Namibia */
  | 'NA'
  /** New Caledonia */
  | 'NC'
  /** Niger */
  | 'NE'
  /** Norfolk Island */
  | 'NF'
  /** Nigeria */
  | 'NG'
  /** Nicaragua */
  | 'NI'
  /** Netherlands */
  | 'NL'
  /** Norway */
  | 'NO'
  /** Nepal */
  | 'NP'
  /** Nauru */
  | 'NR'
  /** Niue */
  | 'NU'
  /** New Zealand */
  | 'NZ'
  /** Oman */
  | 'OM'
  /** Panama */
  | 'PA'
  /** Peru */
  | 'PE'
  /** French Polynesia */
  | 'PF'
  /** Papua New Guinea */
  | 'PG'
  /** Philippines */
  | 'PH'
  /** Pakistan */
  | 'PK'
  /** Poland */
  | 'PL'
  /** St. Pierre & Miquelon */
  | 'PM'
  /** Pitcairn Islands */
  | 'PN'
  /** Puerto Rico */
  | 'PR'
  /** Palestinian Territories */
  | 'PS'
  /** Portugal */
  | 'PT'
  /** Palau */
  | 'PW'
  /** Paraguay */
  | 'PY'
  /** Qatar */
  | 'QA'
  /** Réunion */
  | 'RE'
  /** Romania */
  | 'RO'
  /** Serbia */
  | 'RS'
  /** Russia */
  | 'RU'
  /** Rwanda */
  | 'RW'
  /** Saudi Arabia */
  | 'SA'
  /** Solomon Islands */
  | 'SB'
  /** Seychelles */
  | 'SC'
  /** Sudan */
  | 'SD'
  /** Sweden */
  | 'SE'
  /** Singapore */
  | 'SG'
  /** St. Helena */
  | 'SH'
  /** Slovenia */
  | 'SI'
  /** Svalbard & Jan Mayen */
  | 'SJ'
  /** Slovakia */
  | 'SK'
  /** Sierra Leone */
  | 'SL'
  /** San Marino */
  | 'SM'
  /** Senegal */
  | 'SN'
  /** Somalia */
  | 'SO'
  /** Suriname */
  | 'SR'
  /** South Sudan */
  | 'SS'
  /** São Tomé & Príncipe */
  | 'ST'
  /** El Salvador */
  | 'SV'
  /** Sint Maarten */
  | 'SX'
  /** Syria */
  | 'SY'
  /** Eswatini */
  | 'SZ'
  /** Turks & Caicos Islands */
  | 'TC'
  /** Chad */
  | 'TD'
  /** French Southern Territories */
  | 'TF'
  /** Togo */
  | 'TG'
  /** Thailand */
  | 'TH'
  /** Tajikistan */
  | 'TJ'
  /** Tokelau */
  | 'TK'
  /** Timor-Leste */
  | 'TL'
  /** Turkmenistan */
  | 'TM'
  /** Tunisia */
  | 'TN'
  /** Tonga */
  | 'TO'
  /** Türkiye */
  | 'TR'
  /** Trinidad & Tobago */
  | 'TT'
  /** Tuvalu */
  | 'TV'
  /** Taiwan */
  | 'TW'
  /** Tanzania */
  | 'TZ'
  /** Ukraine */
  | 'UA'
  /** Uganda */
  | 'UG'
  /** U.S. Outlying Islands */
  | 'UM'
  /** United States */
  | 'US'
  /** Uruguay */
  | 'UY'
  /** Uzbekistan */
  | 'UZ'
  /** Vatican City */
  | 'VA'
  /** St. Vincent & Grenadines */
  | 'VC'
  /** Venezuela */
  | 'VE'
  /** British Virgin Islands */
  | 'VG'
  /** U.S. Virgin Islands */
  | 'VI'
  /** Vietnam */
  | 'VN'
  /** Vanuatu */
  | 'VU'
  /** Wallis & Futuna */
  | 'WF'
  /** Samoa */
  | 'WS'
  /** Yemen */
  | 'YE'
  /** Mayotte */
  | 'YT'
  /** South Africa */
  | 'ZA'
  /** Zambia */
  | 'ZM'
  /** Zimbabwe */
  | 'ZW';

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

/** Handling markings, set whole. */
export type HandlingInput = {
  /** ORCON: recipients may not pass it on. False when left out. */
  originatorControlled?: boolean | null | undefined;
  /** REL TO: the countries whose agencies may receive it (at most 30). Left out: the owner's own country only. */
  releasableTo?: Array<Country> | null | undefined;
  /** Its Traffic Light Protocol level. */
  tlp: Tlp;
};

/** A kind of official identifier of a person. */
export type IdentifierKind =
  /** US Alien Registration Number (A-number). */
  | 'A_NUMBER'
  /** Mexican CURP (18 characters, with a check digit). */
  | 'CURP'
  /** A driver's licence number (with its issuing state). */
  | 'DRIVERS_LICENSE'
  /** FBI number (UCN). */
  | 'FBI_NUMBER'
  /** Any other identifier. */
  | 'OTHER'
  /** A passport number (with its issuing country). */
  | 'PASSPORT'
  /** Mexican RFC (tax id). */
  | 'RFC'
  /** US Social Security Number (masked `***-**-1234` outside the owning agency). */
  | 'SSN';

/** How a name search matched a suspect: as its query word that matched least well. */
export type MatchClass =
  /** Every query word is a word of the names or aliases. */
  | 'EXACT'
  /** A query word matched a word that only sounds like it. */
  | 'PHONETIC'
  /** A query word matched a similar spelling (a typo). */
  | 'TRIGRAM';

/** A person's role in an organization. */
export type MembershipRole =
  /** Collects payments. */
  | 'COLLECTOR'
  /** Drives people or goods. */
  | 'DRIVER'
  /** Guides people across the border. */
  | 'GUIDE'
  /** Leads it. */
  | 'LEADER'
  /** A member, role not known. */
  | 'MEMBER'
  /** Recruits people for it. */
  | 'RECRUITER'
  /** Keeps a stash house. */
  | 'STASH_HOUSE_KEEPER';

/** What a notification is about. */
export type NotificationKind =
  /** To the owner's liaison officers: a partner's discovery matched one of their records. */
  | 'DISCOVERY_HIT'
  /** Reserved for matching. */
  | 'MATCH_FOUND'
  /** To the requester and their agency's liaison officers: the request was approved or denied. */
  | 'SHARE_DECIDED'
  /** To both sides' liaison officers and the requester: an approved share ends in 7 days, or in 1 day. */
  | 'SHARE_EXPIRING'
  /** To the owner's liaison officers: a partner asks for one of their records. */
  | 'SHARE_REQUESTED'
  /** To the requester and their agency's liaison officers: an approved share was revoked. */
  | 'SHARE_REVOKED'
  /** To the recipient agency's intake officers: a partner referred a tip. */
  | 'TIP_REFERRED';

/** What kind of criminal organization it is. */
export type OrganizationKind =
  /** A cartel. */
  | 'CARTEL'
  /** A cell (a local unit, often of a larger organization). */
  | 'CELL'
  /** A gang. */
  | 'GANG'
  /** A people-smuggling ring. */
  | 'SMUGGLING_RING';

/** The kinds of record an agency owns and may share. */
export type RecordType =
  /** A Case. */
  | 'CASE'
  /** An Organization (a smuggling ring, cartel, gang or cell). */
  | 'ORGANIZATION'
  /** A Suspect (a person). */
  | 'SUSPECT'
  /** A Tip. */
  | 'TIP'
  /** A Warrant. */
  | 'WARRANT';

/** What a person may do at their agency; a person may hold several roles. */
export type Role =
  /** Manages its agency's people, API keys and agreements; reads the audit log. */
  | 'AGENCY_ADMIN'
  /** Reads, searches and discovers records; creates and updates its agency's records. */
  | 'ANALYST'
  /** Records and triages tips; the only role that reads a tip's tipster (own agency's tips only). */
  | 'INTAKE_OFFICER'
  /** Works cases: creates and updates its agency's records, cases, notes and tasks. */
  | 'INVESTIGATOR'
  /** The gatekeeper of its agency's records: decides sharing requests, offers and revokes shares, reads the audit log. */
  | 'LIAISON_OFFICER';

/** Sex as recorded. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not known. */
  | 'UNKNOWN';

/** What a recipient may do with a shared record. */
export type ShareUse =
  /** For intelligence only: background to inform, not to act on in court. */
  | 'INTELLIGENCE'
  /** May be used in an investigation, not put before a court. */
  | 'INVESTIGATION'
  /** May go to court as evidence. */
  | 'PROSECUTION';

/** Where a share stands. */
export type SharingRequestStatus =
  /** Approved: the recipient reads the granted fields until it expires or is revoked. */
  | 'APPROVED'
  /** Denied (see decisionReason). */
  | 'DENIED'
  /** Past its expiresAt. */
  | 'EXPIRED'
  /** Asked for, waiting for the owner's liaison. */
  | 'PENDING'
  /** Ended by the provider after approval (see decisionReason). */
  | 'REVOKED'
  /** Withdrawn by the recipient before a decision. */
  | 'WITHDRAWN';

/** Admiralty code: how reliable the source of a tip is. */
export type SourceReliability =
  /** Completely reliable. */
  | 'A'
  /** Usually reliable. */
  | 'B'
  /** Fairly reliable. */
  | 'C'
  /** Not usually reliable. */
  | 'D'
  /** Unreliable. */
  | 'E'
  /** Reliability cannot be judged. */
  | 'F';

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

/** Where a person stands with the law. */
export type SuspectStatus =
  /** At large: wanted and not in custody. */
  | 'AT_LARGE'
  /** Deceased. */
  | 'DECEASED'
  /** Extradited. */
  | 'EXTRADITED'
  /** In custody. */
  | 'IN_CUSTODY'
  /** Not known. */
  | 'UNKNOWN';

/** How a tip came in. */
export type TipChannel =
  /** By telephone hotline. */
  | 'HOTLINE'
  /** Referred by a partner agency. */
  | 'PARTNER_REFERRAL'
  /** In person at an office. */
  | 'WALK_IN'
  /** Through the public web form (Se Busca). */
  | 'WEB'
  /** By WhatsApp. */
  | 'WHATSAPP';

/** How urgently a tip needs acting on; the intake queue shows the most urgent first. */
export type TipPriority =
  /** A life is in danger: act now. */
  | 'LIFE_THREATENING'
  /** Routine. */
  | 'ROUTINE'
  /** Urgent. */
  | 'URGENT';

/** Where a tip is in the intake queue. */
export type TipStatus =
  /** Worth acting on. */
  | 'ACTIONABLE'
  /** Done with. */
  | 'CLOSED'
  /** Received, not yet looked at. */
  | 'NEW'
  /** Referred to a partner agency (referTip). */
  | 'REFERRED'
  /** Looked at and graded. */
  | 'TRIAGED';

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
export type Tlp =
  /** TLP:AMBER: the recipient agency and those who need to know, within the agreement. */
  | 'AMBER'
  /** TLP:AMBER+STRICT: the recipient agency only, never passed on. */
  | 'AMBER_STRICT'
  /** TLP:CLEAR: no limit on disclosure. */
  | 'CLEAR'
  /** TLP:GREEN: the community (partner agencies under an agreement), not the public. */
  | 'GREEN'
  /** TLP:RED: the owning agency only; never shared. */
  | 'RED';

/** Triage: status, grading and markings; the fields given change, and a given list replaces the stored one. */
export type TriageTipInput = {
  /** A person of your agency; null: nobody. */
  assigneeId?: string | number | null | undefined;
  /** New markings, once the tip has been weighed: a public tip arrives TLP:AMBER releasable to your country only, and a referral abroad needs the partner's country here. */
  handling?: HandlingInput | null | undefined;
  /** The information's credibility, 1 (confirmed) to 6 (cannot be judged); null clears it. */
  informationCredibility?: number | null | undefined;
  /** The organizations it mentions (ids you may see). */
  organizationIds?: Array<string | number> | null | undefined;
  /** The new priority. */
  priority?: TipPriority | null | undefined;
  /** The source's reliability (A to F); null clears it. */
  sourceReliability?: SourceReliability | null | undefined;
  /** The new status. */
  status?: TipStatus | null | undefined;
  /** The suspects it mentions (ids you may see). */
  subjectIds?: Array<string | number> | null | undefined;
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
export type WarrantStatus =
  /** In force: the person may be arrested on it. */
  | 'ACTIVE'
  /** Cancelled by the court. */
  | 'CANCELLED'
  /** Executed (served): the person was arrested on it. */
  | 'EXECUTED'
  /** Expired. */
  | 'EXPIRED'
  /** Issued by the court, not yet in force. */
  | 'ISSUED'
  /** Suspended, e.g. by an amparo. */
  | 'SUSPENDED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, roles: Array<Role>, agency: { id: string, code: string, name: string, country: Country } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { edges: Array<{ node: { id: string, at: string, kind: NotificationKind, message: string, readAt: string | null } }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, at: string, kind: NotificationKind, message: string, readAt: string | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type RecordLabelQueryVariables = Exact<{
  id: string | number;
  suspect: boolean;
  organization: boolean;
  warrant: boolean;
  tip: boolean;
  case: boolean;
}>;


export type RecordLabelQuery = { suspect?: { fullName: string | null, aliases: Array<string> | null } | null, organization?: { name: string | null } | null, warrant?: { number: string | null } | null, tip?: { receivedAt: string | null, channel: TipChannel | null } | null, case?: { caseNumber: string | null, title: string | null } | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
  scopes: Array<string> | string;
}>;


export type CreateApiKeyMutation = { createApiKey: { id: string, name: string, secret: string } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type AuditTrailQueryVariables = Exact<{
  recordType: RecordType;
  recordId: string | number;
}>;


export type AuditTrailQuery = { auditTrail: { edges: Array<{ node: { id: string, at: string, action: string, detail: string | null, actorAgency: { code: string } } }> } };

export type AgencyAuditQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AgencyAuditQuery = { auditEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, outcome: string, detail: string | null, changedFields: Array<string> | null, recordType: RecordType | null, recordId: string | null, actorId: string | null, actor: { displayName: string } | null, actorAgency: { code: string } } }> } };

export type AuditPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditPartnersQuery = { agreements: Array<{ providerAgency: { id: string, code: string, name: string }, recipientAgency: { id: string, code: string, name: string } }> };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { sharingRequests: Array<{ id: string, recordType: RecordType, recordId: string, purpose: string, requestedFields: Array<string> | null, grantableFields: Array<string> | null, createdAt: string, requestingAgency: { code: string, name: string }, requestedBy: { displayName: string, email: string } | null }> };

export type ApproveShareMutationVariables = Exact<{
  id: string | number;
  fields?: Array<string> | string | null | undefined;
  expiresAt?: string | null | undefined;
  use?: ShareUse | null | undefined;
}>;


export type ApproveShareMutation = { approveShareRequest: { id: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, use: ShareUse | null } };

export type DenyShareMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DenyShareMutation = { denyShareRequest: { id: string, status: SharingRequestStatus } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  totpCode?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, expiresAt: string } };

export type StartTotpEnrolmentMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StartTotpEnrolmentMutation = { startTotpEnrolment: { secret: string, otpauthUri: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  email: string;
  password: string;
  totpCode: string;
}>;


export type ConfirmTotpEnrolmentMutation = { confirmTotpEnrolment: { accessToken: string, refreshToken: string, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, expiresAt: string } };

export type SuspectRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type SuspectRecordQuery = { suspect: { id: string, givenNames: string | null, paternalSurname: string | null, maternalSurname: string | null, fullName: string | null, aliases: Array<string> | null, dateOfBirth: string | null, sex: Sex | null, nationalities: Array<Country> | null, status: SuspectStatus | null, redactedFields: Array<string>, identifiers: Array<{ kind: IdentifierKind, value: string, country: Country | null }> | null, memberships: Array<{ role: MembershipRole, since: string | null, organization: { id: string, name: string | null } | null }> | null, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean }, ownerAgency: { id: string, code: string, name: string }, sharing: { requestId: string, use: ShareUse, expiresAt: string | null, sharedBy: { code: string } } | null, warrants: Array<{ id: string, number: string | null, issuingCountry: Country | null, issuingAuthority: string | null, charges: Array<string> | null, status: WarrantStatus | null, statusChangedAt: string | null, redactedFields: Array<string>, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean }, statusHistory: Array<{ status: WarrantStatus, changedAt: string, sourceSystem: string | null, note: string | null, applied: boolean }> | null }> } | null };

export type OrganizationRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationRecordQuery = { organization: { id: string, name: string | null, aliases: Array<string> | null, kind: OrganizationKind | null, activities: Array<Activity> | null, baseOfOperations: string | null, redactedFields: Array<string>, routes: Array<{ from: string, to: string, crossingPoint: string | null }> | null, affiliations: Array<{ kind: AffiliationKind, organization: { id: string, name: string | null } }> | null, members: Array<{ role: MembershipRole, suspect: { id: string, fullName: string | null } }> | null, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean }, ownerAgency: { id: string, code: string, name: string }, sharing: { requestId: string, use: ShareUse, expiresAt: string | null, sharedBy: { code: string } } | null } | null };

export type SearchQueryVariables = Exact<{
  search: string;
}>;


export type SearchQuery = { suspects: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ matchClass: MatchClass | null, node: { id: string, fullName: string | null, aliases: Array<string> | null, identifiers: Array<{ kind: IdentifierKind, value: string }> | null, handling: { tlp: Tlp }, ownerAgency: { code: string } } }> }, byIdentifier: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, fullName: string | null, aliases: Array<string> | null, identifiers: Array<{ kind: IdentifierKind, value: string }> | null, handling: { tlp: Tlp }, ownerAgency: { code: string } } }> }, organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, aliases: Array<string> | null, handling: { tlp: Tlp }, ownerAgency: { code: string } } }> } };

export type SearchPersonFragment = { id: string, fullName: string | null, aliases: Array<string> | null, identifiers: Array<{ kind: IdentifierKind, value: string }> | null, handling: { tlp: Tlp }, ownerAgency: { code: string } };

export type DiscoverQueryVariables = Exact<{
  search: string;
}>;


export type DiscoverQuery = { suspects: Array<{ recordType: RecordType, recordId: string, ownerAgency: { code: string, name: string } }>, organizations: Array<{ recordType: RecordType, recordId: string, ownerAgency: { code: string, name: string } }> };

export type RequestShareMutationVariables = Exact<{
  recordType: RecordType;
  recordId: string | number;
  purpose: string;
}>;


export type RequestShareMutation = { requestShare: { id: string, status: SharingRequestStatus } };

export type SharesQueryVariables = Exact<{ [key: string]: never; }>;


export type SharesQuery = { given: Array<{ id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, use: ShareUse | null, requestingAgency: { code: string, name: string } }>, received: Array<{ id: string, recordType: RecordType, recordId: string, purpose: string, status: SharingRequestStatus, grantedFields: Array<string> | null, expiresAt: string | null, use: ShareUse | null, decisionReason: string | null, providingAgency: { code: string, name: string } }> };

export type RevokeShareMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
}>;


export type RevokeShareMutation = { revokeShare: { id: string, status: SharingRequestStatus } };

export type TipQueueQueryVariables = Exact<{
  status?: TipStatus | null | undefined;
  priority?: TipPriority | null | undefined;
}>;


export type TipQueueQuery = { tips: { totalCount: number, edges: Array<{ node: { id: string, receivedAt: string | null, channel: TipChannel | null, language: string | null, status: TipStatus | null, priority: TipPriority | null, narrative: string | null, sourceReliability: SourceReliability | null, informationCredibility: number | null, handling: { tlp: Tlp } } }> } };

export type TipDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TipDetailQuery = { tip: { id: string, receivedAt: string | null, channel: TipChannel | null, language: string | null, receivedIn: Country | null, narrative: string | null, status: TipStatus | null, priority: TipPriority | null, sourceReliability: SourceReliability | null, informationCredibility: number | null, redactedFields: Array<string>, handling: { tlp: Tlp, releasableTo: Array<Country>, originatorControlled: boolean }, tipster: { anonymous: boolean, name: string | null, phone: string | null, email: string | null } | null, followUps: Array<{ receivedAt: string, narrative: string }> | null, subjects: Array<{ id: string, fullName: string | null }> | null } | null, agreements: Array<{ id: string, endedAt: string | null, recordTypes: Array<RecordType>, providerAgency: { id: string }, recipientAgency: { id: string, code: string, name: string } }> };

export type SubmitTipMutationVariables = Exact<{
  input: SubmitTipInput;
}>;


export type SubmitTipMutation = { submitTip: { id: string } };

export type TriageTipMutationVariables = Exact<{
  id: string | number;
  input: TriageTipInput;
}>;


export type TriageTipMutation = { triageTip: { id: string, status: TipStatus | null, priority: TipPriority | null, sourceReliability: SourceReliability | null, informationCredibility: number | null } };

export type ReferTipMutationVariables = Exact<{
  id: string | number;
  recipientAgencyId: string | number;
  purpose: string;
}>;


export type ReferTipMutation = { referTip: { id: string, status: SharingRequestStatus } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: { edges: Array<{ node: { id: string, email: string, displayName: string, roles: Array<Role>, active: boolean, lastLoginAt: string | null } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { invitationToken: string, expiresAt: string, user: { id: string, email: string } } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, roles: Array<Role> } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, active: boolean } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, active: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { invitationToken: string, expiresAt: string, user: { id: string, email: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SearchPersonFragmentDoc = new TypedDocumentString(`
    fragment SearchPerson on Suspect {
  id
  fullName
  aliases
  identifiers {
    kind
    value
  }
  handling {
    tlp
  }
  ownerAgency {
    code
  }
}
    `, {"fragmentName":"SearchPerson"}) as unknown as TypedDocumentString<SearchPersonFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    roles
    agency {
      id
      code
      name
      country
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(unreadOnly: true, first: 20) {
    edges {
      node {
        id
        at
        kind
        message
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    id
    at
    kind
    message
    readAt
  }
}
    `) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const RecordLabelDocument = new TypedDocumentString(`
    query RecordLabel($id: ID!, $suspect: Boolean!, $organization: Boolean!, $warrant: Boolean!, $tip: Boolean!, $case: Boolean!) {
  suspect(id: $id) @include(if: $suspect) {
    fullName
    aliases
  }
  organization(id: $id) @include(if: $organization) {
    name
  }
  warrant(id: $id) @include(if: $warrant) {
    number
  }
  tip(id: $id) @include(if: $tip) {
    receivedAt
    channel
  }
  case(id: $id) @include(if: $case) {
    caseNumber
    title
  }
}
    `) as unknown as TypedDocumentString<RecordLabelQuery, RecordLabelQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    id
    name
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($name: String!, $scopes: [String!]!) {
  createApiKey(name: $name, scopes: $scopes) {
    id
    name
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($recordType: RecordType!, $recordId: ID!) {
  auditTrail(recordType: $recordType, recordId: $recordId, first: 100) {
    edges {
      node {
        id
        at
        action
        detail
        actorAgency {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AgencyAuditDocument = new TypedDocumentString(`
    query AgencyAudit($filter: AuditEventFilter, $after: String) {
  auditEvents(filter: $filter, first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        outcome
        detail
        changedFields
        recordType
        recordId
        actorId
        actor {
          displayName
        }
        actorAgency {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyAuditQuery, AgencyAuditQueryVariables>;
export const AuditPartnersDocument = new TypedDocumentString(`
    query AuditPartners {
  agreements {
    providerAgency {
      id
      code
      name
    }
    recipientAgency {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPartnersQuery, AuditPartnersQueryVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox {
  sharingRequests(direction: INCOMING, status: PENDING) {
    id
    recordType
    recordId
    purpose
    requestedFields
    grantableFields
    createdAt
    requestingAgency {
      code
      name
    }
    requestedBy {
      displayName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const ApproveShareDocument = new TypedDocumentString(`
    mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {
  approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) {
    id
    status
    grantedFields
    expiresAt
    use
  }
}
    `) as unknown as TypedDocumentString<ApproveShareMutation, ApproveShareMutationVariables>;
export const DenyShareDocument = new TypedDocumentString(`
    mutation DenyShare($id: ID!, $reason: String!) {
  denyShareRequest(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DenyShareMutation, DenyShareMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, totpCode: $totpCode) {
    accessToken
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const StartTotpEnrolmentDocument = new TypedDocumentString(`
    mutation StartTotpEnrolment($email: String!, $password: String!) {
  startTotpEnrolment(email: $email, password: $password) {
    secret
    otpauthUri
  }
}
    `) as unknown as TypedDocumentString<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {
  confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) {
    accessToken
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    accessToken
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SuspectRecordDocument = new TypedDocumentString(`
    query SuspectRecord($id: ID!) {
  suspect(id: $id) {
    id
    givenNames
    paternalSurname
    maternalSurname
    fullName
    aliases
    dateOfBirth
    sex
    nationalities
    status
    identifiers {
      kind
      value
      country
    }
    memberships {
      role
      since
      organization {
        id
        name
      }
    }
    redactedFields
    handling {
      tlp
      releasableTo
      originatorControlled
    }
    ownerAgency {
      id
      code
      name
    }
    sharing {
      requestId
      use
      expiresAt
      sharedBy {
        code
      }
    }
    warrants {
      id
      number
      issuingCountry
      issuingAuthority
      charges
      status
      statusChangedAt
      redactedFields
      handling {
        tlp
        releasableTo
        originatorControlled
      }
      statusHistory {
        status
        changedAt
        sourceSystem
        note
        applied
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuspectRecordQuery, SuspectRecordQueryVariables>;
export const OrganizationRecordDocument = new TypedDocumentString(`
    query OrganizationRecord($id: ID!) {
  organization(id: $id) {
    id
    name
    aliases
    kind
    activities
    baseOfOperations
    routes {
      from
      to
      crossingPoint
    }
    affiliations {
      kind
      organization {
        id
        name
      }
    }
    members {
      role
      suspect {
        id
        fullName
      }
    }
    redactedFields
    handling {
      tlp
      releasableTo
      originatorControlled
    }
    ownerAgency {
      id
      code
      name
    }
    sharing {
      requestId
      use
      expiresAt
      sharedBy {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationRecordQuery, OrganizationRecordQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($search: String!) {
  suspects(filter: {search: $search}, first: 20) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      matchClass
      node {
        ...SearchPerson
      }
    }
  }
  byIdentifier: suspects(filter: {identifier: $search}, first: 20) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        ...SearchPerson
      }
    }
  }
  organizations(filter: {search: $search}, first: 20) {
    totalCount
    edges {
      node {
        id
        name
        aliases
        handling {
          tlp
        }
        ownerAgency {
          code
        }
      }
    }
  }
}
    fragment SearchPerson on Suspect {
  id
  fullName
  aliases
  identifiers {
    kind
    value
  }
  handling {
    tlp
  }
  ownerAgency {
    code
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const DiscoverDocument = new TypedDocumentString(`
    query Discover($search: String!) {
  suspects: discoverSuspects(search: $search) {
    recordType
    recordId
    ownerAgency {
      code
      name
    }
  }
  organizations: discoverOrganizations(search: $search) {
    recordType
    recordId
    ownerAgency {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DiscoverQuery, DiscoverQueryVariables>;
export const RequestShareDocument = new TypedDocumentString(`
    mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {
  requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestShareMutation, RequestShareMutationVariables>;
export const SharesDocument = new TypedDocumentString(`
    query Shares {
  given: sharingRequests(direction: INCOMING) {
    id
    recordType
    recordId
    purpose
    status
    grantedFields
    expiresAt
    use
    requestingAgency {
      code
      name
    }
  }
  received: sharingRequests(direction: OUTGOING) {
    id
    recordType
    recordId
    purpose
    status
    grantedFields
    expiresAt
    use
    decisionReason
    providingAgency {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SharesQuery, SharesQueryVariables>;
export const RevokeShareDocument = new TypedDocumentString(`
    mutation RevokeShare($requestId: ID!, $reason: String!) {
  revokeShare(requestId: $requestId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeShareMutation, RevokeShareMutationVariables>;
export const TipQueueDocument = new TypedDocumentString(`
    query TipQueue($status: TipStatus, $priority: TipPriority) {
  tips(filter: {status: $status, priority: $priority}, first: 50) {
    totalCount
    edges {
      node {
        id
        receivedAt
        channel
        language
        status
        priority
        narrative
        sourceReliability
        informationCredibility
        handling {
          tlp
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TipQueueQuery, TipQueueQueryVariables>;
export const TipDetailDocument = new TypedDocumentString(`
    query TipDetail($id: ID!) {
  tip(id: $id) {
    id
    receivedAt
    channel
    language
    receivedIn
    narrative
    status
    priority
    sourceReliability
    informationCredibility
    redactedFields
    handling {
      tlp
      releasableTo
      originatorControlled
    }
    tipster {
      anonymous
      name
      phone
      email
    }
    followUps {
      receivedAt
      narrative
    }
    subjects {
      id
      fullName
    }
  }
  agreements {
    id
    endedAt
    recordTypes
    providerAgency {
      id
    }
    recipientAgency {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TipDetailQuery, TipDetailQueryVariables>;
export const SubmitTipDocument = new TypedDocumentString(`
    mutation SubmitTip($input: SubmitTipInput!) {
  submitTip(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitTipMutation, SubmitTipMutationVariables>;
export const TriageTipDocument = new TypedDocumentString(`
    mutation TriageTip($id: ID!, $input: TriageTipInput!) {
  triageTip(id: $id, input: $input) {
    id
    status
    priority
    sourceReliability
    informationCredibility
  }
}
    `) as unknown as TypedDocumentString<TriageTipMutation, TriageTipMutationVariables>;
export const ReferTipDocument = new TypedDocumentString(`
    mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) {
  referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReferTipMutation, ReferTipMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users(first: 100) {
    edges {
      node {
        id
        email
        displayName
        roles
        active
        lastLoginAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    invitationToken
    expiresAt
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($id: ID!) {
  resetUserPassword(id: $id) {
    invitationToken
    expiresAt
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;