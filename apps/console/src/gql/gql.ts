/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me { me { id displayName email roles agency { id code name country } } }\n": typeof types.MeDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  query Notifications { notifications(unreadOnly: true, first: 20) { edges { node { id at kind message readAt } } } }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded { notificationAdded { id at kind message readAt } }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query RecordLabel($id: ID!, $suspect: Boolean!, $organization: Boolean!, $warrant: Boolean!, $tip: Boolean!, $case: Boolean!) {\n    suspect(id: $id) @include(if: $suspect) { fullName aliases }\n    organization(id: $id) @include(if: $organization) { name }\n    warrant(id: $id) @include(if: $warrant) { number }\n    tip(id: $id) @include(if: $tip) { receivedAt channel }\n    case(id: $id) @include(if: $case) { caseNumber title }\n  }\n": typeof types.RecordLabelDocument,
    "\n  query ApiKeys { apiKeys { id name scopes createdAt lastUsedAt revokedAt } }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!) { createApiKey(name: $name, scopes: $scopes) { id name secret } }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditTrail($recordType: RecordType!, $recordId: ID!) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) { edges { node { id at action detail actorAgency { code } } } }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AgencyAudit($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action outcome detail changedFields recordType recordId actorId actor { displayName } actorAgency { code } } }\n    }\n  }\n": typeof types.AgencyAuditDocument,
    "\n  query AuditPartners { agreements { providerAgency { id code name } recipientAgency { id code name } } }\n": typeof types.AuditPartnersDocument,
    "\n  query Inbox {\n    sharingRequests(direction: INCOMING, status: PENDING) {\n      id recordType recordId purpose requestedFields grantableFields createdAt\n      requestingAgency { code name }\n      requestedBy { displayName email }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {\n    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) { id status grantedFields expiresAt use }\n  }\n": typeof types.ApproveShareDocument,
    "\n  mutation DenyShare($id: ID!, $reason: String!) { denyShareRequest(id: $id, reason: $reason) { id status } }\n": typeof types.DenyShareDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }\n  }\n": typeof types.LoginDocument,
    "\n  mutation StartTotpEnrolment($email: String!, $password: String!) { startTotpEnrolment(email: $email, password: $password) { secret otpauthUri } }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {\n    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken refreshToken expiresAt } }\n": typeof types.AcceptInvitationDocument,
    "\n  query SuspectRecord($id: ID!) {\n    suspect(id: $id) {\n      id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth sex nationalities status\n      identifiers { kind value country }\n      memberships { role since organization { id name } }\n      redactedFields\n      handling { tlp releasableTo originatorControlled }\n      ownerAgency { id code name }\n      sharing { requestId use expiresAt sharedBy { code } }\n      warrants {\n        id number issuingCountry issuingAuthority charges status statusChangedAt redactedFields\n        handling { tlp releasableTo originatorControlled }\n        statusHistory { status changedAt sourceSystem note applied }\n      }\n    }\n  }\n": typeof types.SuspectRecordDocument,
    "\n  query OrganizationRecord($id: ID!) {\n    organization(id: $id) {\n      id name aliases kind activities baseOfOperations\n      routes { from to crossingPoint }\n      affiliations { kind organization { id name } }\n      members { role suspect { id fullName } }\n      redactedFields\n      handling { tlp releasableTo originatorControlled }\n      ownerAgency { id code name }\n      sharing { requestId use expiresAt sharedBy { code } }\n    }\n  }\n": typeof types.OrganizationRecordDocument,
    "\n  query Search($search: String!) {\n    suspects(filter: { search: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { matchClass node { ...SearchPerson } } }\n    byIdentifier: suspects(filter: { identifier: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { node { ...SearchPerson } } }\n    organizations(filter: { search: $search }, first: 20) { totalCount edges { node { id name aliases handling { tlp } ownerAgency { code } } } }\n  }\n  fragment SearchPerson on Suspect { id fullName aliases identifiers { kind value } handling { tlp } ownerAgency { code } }\n": typeof types.SearchDocument,
    "\n  query Discover($search: String!) {\n    suspects: discoverSuspects(search: $search) { recordType recordId ownerAgency { code name } }\n    organizations: discoverOrganizations(search: $search) { recordType recordId ownerAgency { code name } }\n  }\n": typeof types.DiscoverDocument,
    "\n  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {\n    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) { id status }\n  }\n": typeof types.RequestShareDocument,
    "\n  query Shares {\n    given: sharingRequests(direction: INCOMING) {\n      id recordType recordId purpose status grantedFields expiresAt use requestingAgency { code name }\n    }\n    received: sharingRequests(direction: OUTGOING) {\n      id recordType recordId purpose status grantedFields expiresAt use decisionReason providingAgency { code name }\n    }\n  }\n": typeof types.SharesDocument,
    "\n  mutation RevokeShare($requestId: ID!, $reason: String!) { revokeShare(requestId: $requestId, reason: $reason) { id status } }\n": typeof types.RevokeShareDocument,
    "\n  query TipQueue($status: TipStatus, $priority: TipPriority) {\n    tips(filter: { status: $status, priority: $priority }, first: 50) {\n      totalCount\n      edges { node { id receivedAt channel language status priority narrative sourceReliability informationCredibility handling { tlp } } }\n    }\n  }\n": typeof types.TipQueueDocument,
    "\n  query TipDetail($id: ID!) {\n    tip(id: $id) {\n      id receivedAt channel language receivedIn narrative status priority sourceReliability informationCredibility redactedFields\n      handling { tlp releasableTo originatorControlled }\n      tipster { anonymous name phone email }\n      followUps { receivedAt narrative }\n      subjects { id fullName }\n    }\n    agreements { id endedAt recordTypes providerAgency { id } recipientAgency { id code name } }\n  }\n": typeof types.TipDetailDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) { submitTip(input: $input) { id } }\n": typeof types.SubmitTipDocument,
    "\n  mutation TriageTip($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { id status priority sourceReliability informationCredibility } }\n": typeof types.TriageTipDocument,
    "\n  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) { referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) { id status } }\n": typeof types.ReferTipDocument,
    "\n  query Users { users(first: 100) { edges { node { id email displayName roles active lastLoginAt } } } }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { invitationToken expiresAt user { id email } } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles } }\n": typeof types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) { disableUser(id: $id) { id active } }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) { enableUser(id: $id) { id active } }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { invitationToken expiresAt user { id email } } }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  query Me { me { id displayName email roles agency { id code name country } } }\n": types.MeDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  query Notifications { notifications(unreadOnly: true, first: 20) { edges { node { id at kind message readAt } } } }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded { notificationAdded { id at kind message readAt } }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }\n": types.MarkNotificationsReadDocument,
    "\n  query RecordLabel($id: ID!, $suspect: Boolean!, $organization: Boolean!, $warrant: Boolean!, $tip: Boolean!, $case: Boolean!) {\n    suspect(id: $id) @include(if: $suspect) { fullName aliases }\n    organization(id: $id) @include(if: $organization) { name }\n    warrant(id: $id) @include(if: $warrant) { number }\n    tip(id: $id) @include(if: $tip) { receivedAt channel }\n    case(id: $id) @include(if: $case) { caseNumber title }\n  }\n": types.RecordLabelDocument,
    "\n  query ApiKeys { apiKeys { id name scopes createdAt lastUsedAt revokedAt } }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!) { createApiKey(name: $name, scopes: $scopes) { id name secret } }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n": types.RevokeApiKeyDocument,
    "\n  query AuditTrail($recordType: RecordType!, $recordId: ID!) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) { edges { node { id at action detail actorAgency { code } } } }\n  }\n": types.AuditTrailDocument,
    "\n  query AgencyAudit($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action outcome detail changedFields recordType recordId actorId actor { displayName } actorAgency { code } } }\n    }\n  }\n": types.AgencyAuditDocument,
    "\n  query AuditPartners { agreements { providerAgency { id code name } recipientAgency { id code name } } }\n": types.AuditPartnersDocument,
    "\n  query Inbox {\n    sharingRequests(direction: INCOMING, status: PENDING) {\n      id recordType recordId purpose requestedFields grantableFields createdAt\n      requestingAgency { code name }\n      requestedBy { displayName email }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {\n    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) { id status grantedFields expiresAt use }\n  }\n": types.ApproveShareDocument,
    "\n  mutation DenyShare($id: ID!, $reason: String!) { denyShareRequest(id: $id, reason: $reason) { id status } }\n": types.DenyShareDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }\n  }\n": types.LoginDocument,
    "\n  mutation StartTotpEnrolment($email: String!, $password: String!) { startTotpEnrolment(email: $email, password: $password) { secret otpauthUri } }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {\n    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken refreshToken expiresAt } }\n": types.AcceptInvitationDocument,
    "\n  query SuspectRecord($id: ID!) {\n    suspect(id: $id) {\n      id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth sex nationalities status\n      identifiers { kind value country }\n      memberships { role since organization { id name } }\n      redactedFields\n      handling { tlp releasableTo originatorControlled }\n      ownerAgency { id code name }\n      sharing { requestId use expiresAt sharedBy { code } }\n      warrants {\n        id number issuingCountry issuingAuthority charges status statusChangedAt redactedFields\n        handling { tlp releasableTo originatorControlled }\n        statusHistory { status changedAt sourceSystem note applied }\n      }\n    }\n  }\n": types.SuspectRecordDocument,
    "\n  query OrganizationRecord($id: ID!) {\n    organization(id: $id) {\n      id name aliases kind activities baseOfOperations\n      routes { from to crossingPoint }\n      affiliations { kind organization { id name } }\n      members { role suspect { id fullName } }\n      redactedFields\n      handling { tlp releasableTo originatorControlled }\n      ownerAgency { id code name }\n      sharing { requestId use expiresAt sharedBy { code } }\n    }\n  }\n": types.OrganizationRecordDocument,
    "\n  query Search($search: String!) {\n    suspects(filter: { search: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { matchClass node { ...SearchPerson } } }\n    byIdentifier: suspects(filter: { identifier: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { node { ...SearchPerson } } }\n    organizations(filter: { search: $search }, first: 20) { totalCount edges { node { id name aliases handling { tlp } ownerAgency { code } } } }\n  }\n  fragment SearchPerson on Suspect { id fullName aliases identifiers { kind value } handling { tlp } ownerAgency { code } }\n": types.SearchDocument,
    "\n  query Discover($search: String!) {\n    suspects: discoverSuspects(search: $search) { recordType recordId ownerAgency { code name } }\n    organizations: discoverOrganizations(search: $search) { recordType recordId ownerAgency { code name } }\n  }\n": types.DiscoverDocument,
    "\n  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {\n    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) { id status }\n  }\n": types.RequestShareDocument,
    "\n  query Shares {\n    given: sharingRequests(direction: INCOMING) {\n      id recordType recordId purpose status grantedFields expiresAt use requestingAgency { code name }\n    }\n    received: sharingRequests(direction: OUTGOING) {\n      id recordType recordId purpose status grantedFields expiresAt use decisionReason providingAgency { code name }\n    }\n  }\n": types.SharesDocument,
    "\n  mutation RevokeShare($requestId: ID!, $reason: String!) { revokeShare(requestId: $requestId, reason: $reason) { id status } }\n": types.RevokeShareDocument,
    "\n  query TipQueue($status: TipStatus, $priority: TipPriority) {\n    tips(filter: { status: $status, priority: $priority }, first: 50) {\n      totalCount\n      edges { node { id receivedAt channel language status priority narrative sourceReliability informationCredibility handling { tlp } } }\n    }\n  }\n": types.TipQueueDocument,
    "\n  query TipDetail($id: ID!) {\n    tip(id: $id) {\n      id receivedAt channel language receivedIn narrative status priority sourceReliability informationCredibility redactedFields\n      handling { tlp releasableTo originatorControlled }\n      tipster { anonymous name phone email }\n      followUps { receivedAt narrative }\n      subjects { id fullName }\n    }\n    agreements { id endedAt recordTypes providerAgency { id } recipientAgency { id code name } }\n  }\n": types.TipDetailDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) { submitTip(input: $input) { id } }\n": types.SubmitTipDocument,
    "\n  mutation TriageTip($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { id status priority sourceReliability informationCredibility } }\n": types.TriageTipDocument,
    "\n  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) { referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) { id status } }\n": types.ReferTipDocument,
    "\n  query Users { users(first: 100) { edges { node { id email displayName roles active lastLoginAt } } } }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { invitationToken expiresAt user { id email } } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles } }\n": types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) { disableUser(id: $id) { id active } }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) { enableUser(id: $id) { id active } }\n": types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { invitationToken expiresAt user { id email } } }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { id displayName email roles agency { id code name country } } }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications { notifications(unreadOnly: true, first: 20) { edges { node { id at kind message readAt } } } }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded { notificationAdded { id at kind message readAt } }\n"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordLabel($id: ID!, $suspect: Boolean!, $organization: Boolean!, $warrant: Boolean!, $tip: Boolean!, $case: Boolean!) {\n    suspect(id: $id) @include(if: $suspect) { fullName aliases }\n    organization(id: $id) @include(if: $organization) { name }\n    warrant(id: $id) @include(if: $warrant) { number }\n    tip(id: $id) @include(if: $tip) { receivedAt channel }\n    case(id: $id) @include(if: $case) { caseNumber title }\n  }\n"): typeof import('./graphql').RecordLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys { apiKeys { id name scopes createdAt lastUsedAt revokedAt } }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!) { createApiKey(name: $name, scopes: $scopes) { id name secret } }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($recordType: RecordType!, $recordId: ID!) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) { edges { node { id at action detail actorAgency { code } } } }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyAudit($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action outcome detail changedFields recordType recordId actorId actor { displayName } actorAgency { code } } }\n    }\n  }\n"): typeof import('./graphql').AgencyAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPartners { agreements { providerAgency { id code name } recipientAgency { id code name } } }\n"): typeof import('./graphql').AuditPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    sharingRequests(direction: INCOMING, status: PENDING) {\n      id recordType recordId purpose requestedFields grantableFields createdAt\n      requestingAgency { code name }\n      requestedBy { displayName email }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {\n    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) { id status grantedFields expiresAt use }\n  }\n"): typeof import('./graphql').ApproveShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyShare($id: ID!, $reason: String!) { denyShareRequest(id: $id, reason: $reason) { id status } }\n"): typeof import('./graphql').DenyShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment($email: String!, $password: String!) { startTotpEnrolment(email: $email, password: $password) { secret otpauthUri } }\n"): typeof import('./graphql').StartTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {\n    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) { accessToken refreshToken expiresAt }\n  }\n"): typeof import('./graphql').ConfirmTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken refreshToken expiresAt } }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuspectRecord($id: ID!) {\n    suspect(id: $id) {\n      id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth sex nationalities status\n      identifiers { kind value country }\n      memberships { role since organization { id name } }\n      redactedFields\n      handling { tlp releasableTo originatorControlled }\n      ownerAgency { id code name }\n      sharing { requestId use expiresAt sharedBy { code } }\n      warrants {\n        id number issuingCountry issuingAuthority charges status statusChangedAt redactedFields\n        handling { tlp releasableTo originatorControlled }\n        statusHistory { status changedAt sourceSystem note applied }\n      }\n    }\n  }\n"): typeof import('./graphql').SuspectRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationRecord($id: ID!) {\n    organization(id: $id) {\n      id name aliases kind activities baseOfOperations\n      routes { from to crossingPoint }\n      affiliations { kind organization { id name } }\n      members { role suspect { id fullName } }\n      redactedFields\n      handling { tlp releasableTo originatorControlled }\n      ownerAgency { id code name }\n      sharing { requestId use expiresAt sharedBy { code } }\n    }\n  }\n"): typeof import('./graphql').OrganizationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($search: String!) {\n    suspects(filter: { search: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { matchClass node { ...SearchPerson } } }\n    byIdentifier: suspects(filter: { identifier: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { node { ...SearchPerson } } }\n    organizations(filter: { search: $search }, first: 20) { totalCount edges { node { id name aliases handling { tlp } ownerAgency { code } } } }\n  }\n  fragment SearchPerson on Suspect { id fullName aliases identifiers { kind value } handling { tlp } ownerAgency { code } }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Discover($search: String!) {\n    suspects: discoverSuspects(search: $search) { recordType recordId ownerAgency { code name } }\n    organizations: discoverOrganizations(search: $search) { recordType recordId ownerAgency { code name } }\n  }\n"): typeof import('./graphql').DiscoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {\n    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) { id status }\n  }\n"): typeof import('./graphql').RequestShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shares {\n    given: sharingRequests(direction: INCOMING) {\n      id recordType recordId purpose status grantedFields expiresAt use requestingAgency { code name }\n    }\n    received: sharingRequests(direction: OUTGOING) {\n      id recordType recordId purpose status grantedFields expiresAt use decisionReason providingAgency { code name }\n    }\n  }\n"): typeof import('./graphql').SharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShare($requestId: ID!, $reason: String!) { revokeShare(requestId: $requestId, reason: $reason) { id status } }\n"): typeof import('./graphql').RevokeShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipQueue($status: TipStatus, $priority: TipPriority) {\n    tips(filter: { status: $status, priority: $priority }, first: 50) {\n      totalCount\n      edges { node { id receivedAt channel language status priority narrative sourceReliability informationCredibility handling { tlp } } }\n    }\n  }\n"): typeof import('./graphql').TipQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipDetail($id: ID!) {\n    tip(id: $id) {\n      id receivedAt channel language receivedIn narrative status priority sourceReliability informationCredibility redactedFields\n      handling { tlp releasableTo originatorControlled }\n      tipster { anonymous name phone email }\n      followUps { receivedAt narrative }\n      subjects { id fullName }\n    }\n    agreements { id endedAt recordTypes providerAgency { id } recipientAgency { id code name } }\n  }\n"): typeof import('./graphql').TipDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTip($input: SubmitTipInput!) { submitTip(input: $input) { id } }\n"): typeof import('./graphql').SubmitTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageTip($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { id status priority sourceReliability informationCredibility } }\n"): typeof import('./graphql').TriageTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) { referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) { id status } }\n"): typeof import('./graphql').ReferTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users { users(first: 100) { edges { node { id email displayName roles active lastLoginAt } } } }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { invitationToken expiresAt user { id email } } }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles } }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) { disableUser(id: $id) { id active } }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) { enableUser(id: $id) { id active } }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { invitationToken expiresAt user { id email } } }\n"): typeof import('./graphql').ResetUserPasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
