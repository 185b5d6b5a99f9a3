/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Activity =
  | 'DRUG_TRAFFICKING'
  | 'EXTORTION'
  | 'HUMAN_SMUGGLING'
  | 'KIDNAPPING'
  | 'MONEY_LAUNDERING'
  | 'MURDER_FOR_HIRE';

export type AffiliationKind =
  | 'ALLIED_WITH'
  | 'FACTION_OF'
  | 'RIVAL_OF'
  | 'TIED_TO';

export type AuditEventFilter = {
  /** One of the audit actions, e.g. SHARE_APPROVED or LOGIN. */
  action?: string | null | undefined;
  /** Events by people (or API keys) of this agency. */
  actorAgencyId?: string | number | null | undefined;
  /** At or after (inclusive). */
  from?: string | null | undefined;
  /** SUCCESS, DENIED or FAILED. */
  outcome?: string | null | undefined;
  recordType?: RecordType | null | undefined;
  /** Before (exclusive). */
  to?: string | null | undefined;
};

export type Country =
  | 'AD'
  | 'AE'
  | 'AF'
  | 'AG'
  | 'AI'
  | 'AL'
  | 'AM'
  | 'AO'
  | 'AQ'
  | 'AR'
  | 'AS'
  | 'AT'
  | 'AU'
  | 'AW'
  | 'AX'
  | 'AZ'
  | 'BA'
  | 'BB'
  | 'BD'
  | 'BE'
  | 'BF'
  | 'BG'
  | 'BH'
  | 'BI'
  | 'BJ'
  | 'BL'
  | 'BM'
  | 'BN'
  | 'BO'
  | 'BQ'
  | 'BR'
  | 'BS'
  | 'BT'
  | 'BV'
  | 'BW'
  | 'BY'
  | 'BZ'
  | 'CA'
  | 'CC'
  | 'CD'
  | 'CF'
  | 'CG'
  | 'CH'
  | 'CI'
  | 'CK'
  | 'CL'
  | 'CM'
  | 'CN'
  | 'CO'
  | 'CR'
  | 'CU'
  | 'CV'
  | 'CW'
  | 'CX'
  | 'CY'
  | 'CZ'
  | 'DE'
  | 'DJ'
  | 'DK'
  | 'DM'
  | 'DO'
  | 'DZ'
  | 'EC'
  | 'EE'
  | 'EG'
  | 'EH'
  | 'ER'
  | 'ES'
  | 'ET'
  | 'FI'
  | 'FJ'
  | 'FK'
  | 'FM'
  | 'FO'
  | 'FR'
  | 'GA'
  | 'GB'
  | 'GD'
  | 'GE'
  | 'GF'
  | 'GG'
  | 'GH'
  | 'GI'
  | 'GL'
  | 'GM'
  | 'GN'
  | 'GP'
  | 'GQ'
  | 'GR'
  | 'GS'
  | 'GT'
  | 'GU'
  | 'GW'
  | 'GY'
  | 'HK'
  | 'HM'
  | 'HN'
  | 'HR'
  | 'HT'
  | 'HU'
  | 'ID'
  | 'IE'
  | 'IL'
  | 'IM'
  | 'IN'
  | 'IO'
  | 'IQ'
  | 'IR'
  | 'IS'
  | 'IT'
  | 'JE'
  | 'JM'
  | 'JO'
  | 'JP'
  | 'KE'
  | 'KG'
  | 'KH'
  | 'KI'
  | 'KM'
  | 'KN'
  | 'KP'
  | 'KR'
  | 'KW'
  | 'KY'
  | 'KZ'
  | 'LA'
  | 'LB'
  | 'LC'
  | 'LI'
  | 'LK'
  | 'LR'
  | 'LS'
  | 'LT'
  | 'LU'
  | 'LV'
  | 'LY'
  | 'MA'
  | 'MC'
  | 'MD'
  | 'ME'
  | 'MF'
  | 'MG'
  | 'MH'
  | 'MK'
  | 'ML'
  | 'MM'
  | 'MN'
  | 'MO'
  | 'MP'
  | 'MQ'
  | 'MR'
  | 'MS'
  | 'MT'
  | 'MU'
  | 'MV'
  | 'MW'
  | 'MX'
  | 'MY'
  | 'MZ'
  | 'NA'
  | 'NC'
  | 'NE'
  | 'NF'
  | 'NG'
  | 'NI'
  | 'NL'
  | 'NO'
  | 'NP'
  | 'NR'
  | 'NU'
  | 'NZ'
  | 'OM'
  | 'PA'
  | 'PE'
  | 'PF'
  | 'PG'
  | 'PH'
  | 'PK'
  | 'PL'
  | 'PM'
  | 'PN'
  | 'PR'
  | 'PS'
  | 'PT'
  | 'PW'
  | 'PY'
  | 'QA'
  | 'RE'
  | 'RO'
  | 'RS'
  | 'RU'
  | 'RW'
  | 'SA'
  | 'SB'
  | 'SC'
  | 'SD'
  | 'SE'
  | 'SG'
  | 'SH'
  | 'SI'
  | 'SJ'
  | 'SK'
  | 'SL'
  | 'SM'
  | 'SN'
  | 'SO'
  | 'SR'
  | 'SS'
  | 'ST'
  | 'SV'
  | 'SX'
  | 'SY'
  | 'SZ'
  | 'TC'
  | 'TD'
  | 'TF'
  | 'TG'
  | 'TH'
  | 'TJ'
  | 'TK'
  | 'TL'
  | 'TM'
  | 'TN'
  | 'TO'
  | 'TR'
  | 'TT'
  | 'TV'
  | 'TW'
  | 'TZ'
  | 'UA'
  | 'UG'
  | 'UM'
  | 'US'
  | 'UY'
  | 'UZ'
  | 'VA'
  | 'VC'
  | 'VE'
  | 'VG'
  | 'VI'
  | 'VN'
  | 'VU'
  | 'WF'
  | 'WS'
  | 'YE'
  | 'YT'
  | 'ZA'
  | 'ZM'
  | 'ZW';

export type CreateUserInput = {
  displayName: string;
  email: string;
  /** "es" or "en"; by default the language of the agency's country. */
  language?: string | null | undefined;
  roles: Array<Role>;
};

export type HandlingInput = {
  originatorControlled?: boolean | null | undefined;
  releasableTo?: Array<Country> | null | undefined;
  tlp: Tlp;
};

export type IdentifierKind =
  | 'A_NUMBER'
  | 'CURP'
  | 'DRIVERS_LICENSE'
  | 'FBI_NUMBER'
  | 'OTHER'
  | 'PASSPORT'
  | 'RFC'
  | 'SSN';

/** How a name search matched a suspect: as its query word that matched least well. */
export type MatchClass =
  /** Every query word is a word of the names or aliases. */
  | 'EXACT'
  /** A query word matched a word that only sounds like it. */
  | 'PHONETIC'
  /** A query word matched a similar spelling (a typo). */
  | 'TRIGRAM';

export type MembershipRole =
  | 'COLLECTOR'
  | 'DRIVER'
  | 'GUIDE'
  | 'LEADER'
  | 'MEMBER'
  | 'RECRUITER'
  | 'STASH_HOUSE_KEEPER';

export type NotificationKind =
  | 'DISCOVERY_HIT'
  | 'MATCH_FOUND'
  | 'SHARE_DECIDED'
  | 'SHARE_EXPIRING'
  | 'SHARE_REQUESTED'
  | 'SHARE_REVOKED'
  | 'TIP_REFERRED';

export type OrganizationKind =
  | 'CARTEL'
  | 'CELL'
  | 'GANG'
  | 'SMUGGLING_RING';

export type RecordType =
  | 'CASE'
  | 'ORGANIZATION'
  | 'SUSPECT'
  | 'TIP'
  | 'WARRANT';

export type Role =
  | 'AGENCY_ADMIN'
  | 'ANALYST'
  | 'INTAKE_OFFICER'
  | 'INVESTIGATOR'
  | 'LIAISON_OFFICER';

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

export type ShareUse =
  | 'INTELLIGENCE'
  | 'INVESTIGATION'
  | 'PROSECUTION';

export type SharingRequestStatus =
  | 'APPROVED'
  | 'DENIED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED'
  | 'WITHDRAWN';

export type SourceReliability =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F';

export type SubmitTipInput = {
  /** Who follows it up: a person of your agency. */
  assigneeId?: string | number | null | undefined;
  /** The wanted campaign (Se Busca) a HOTLINE or WHATSAPP tip answers: one of your agency. */
  campaignId?: string | number | null | undefined;
  channel: TipChannel;
  handling: HandlingInput;
  /** "es" or "en". */
  language: string;
  narrative: string;
  /** Organizations the tip mentions. */
  organizationIds?: Array<string | number> | null | undefined;
  priority?: TipPriority | null | undefined;
  receivedAt?: string | null | undefined;
  /** Which side of the border the tip was received on. */
  receivedIn?: Country | null | undefined;
  /** Suspects the tip mentions. */
  subjectIds?: Array<string | number> | null | undefined;
  tipster: TipsterInput;
};

export type SuspectStatus =
  | 'AT_LARGE'
  | 'DECEASED'
  | 'EXTRADITED'
  | 'IN_CUSTODY'
  | 'UNKNOWN';

export type TipChannel =
  | 'HOTLINE'
  | 'PARTNER_REFERRAL'
  | 'WALK_IN'
  | 'WEB'
  | 'WHATSAPP';

export type TipPriority =
  | 'LIFE_THREATENING'
  | 'ROUTINE'
  | 'URGENT';

export type TipStatus =
  | 'ACTIONABLE'
  | 'CLOSED'
  | 'NEW'
  | 'REFERRED'
  | 'TRIAGED';

export type TipsterInput = {
  anonymous: boolean;
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type Tlp =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';

export type TriageTipInput = {
  /** A person of your agency; null: nobody. */
  assigneeId?: string | number | null | undefined;
  handling?: HandlingInput | null | undefined;
  informationCredibility?: number | null | undefined;
  organizationIds?: Array<string | number> | null | undefined;
  priority?: TipPriority | null | undefined;
  sourceReliability?: SourceReliability | null | undefined;
  status?: TipStatus | null | undefined;
  subjectIds?: Array<string | number> | null | undefined;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  language?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
};

export type WarrantStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'EXECUTED'
  | 'EXPIRED'
  | 'ISSUED'
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