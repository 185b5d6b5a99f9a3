import { errorCode, GqlResult, GraphQLClient } from './test-app';

export const SHARING_REQUEST_FIELDS = `id createdAt decidedAt recordType recordId status purpose requestedFields grantedFields use expiresAt decisionReason origin parentRequestId
  requestingAgency { code } owningAgency { code } providingAgency { code }`;

export const REQUEST_SHARE = `mutation ($type: RecordType!, $id: ID!, $purpose: String!, $fields: [String!]) {
  requestShare(recordType: $type, recordId: $id, purpose: $purpose, fields: $fields) { ${SHARING_REQUEST_FIELDS} } }`;
export const APPROVE = `mutation ($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {
  approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) { ${SHARING_REQUEST_FIELDS} } }`;
export const DENY = `mutation ($id: ID!, $reason: String!) { denyShareRequest(id: $id, reason: $reason) { ${SHARING_REQUEST_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawShareRequest(id: $id) { ${SHARING_REQUEST_FIELDS} } }`;
export const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeShare(requestId: $id, reason: $reason) { ${SHARING_REQUEST_FIELDS} } }`;
export const OFFER = `mutation ($type: RecordType!, $id: ID!, $to: ID!, $purpose: String!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {
  offerShare(recordType: $type, recordId: $id, recipientAgencyId: $to, purpose: $purpose, fields: $fields, expiresAt: $expiresAt, use: $use) { ${SHARING_REQUEST_FIELDS} } }`;
export const SHARING_REQUESTS = `query ($direction: SharingDirection!, $status: SharingRequestStatus) {
  sharingRequests(direction: $direction, status: $status) { ${SHARING_REQUEST_FIELDS} } }`;

export const SUSPECT_VIEW = `query ($id: ID!) { suspect(id: $id) {
  id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth identifiers { kind value } status
  redactedFields ownerAgency { code } sharing { requestId use expiresAt sharedBy { code } } } }`;
export const CREATE_SUSPECT = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id } }`;
export const UPDATE_SUSPECT = `mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { id } }`;

export interface Handling {
  tlp: string;
  releasableTo?: string[];
  originatorControlled?: boolean;
}

/** The data of a result that must have succeeded (fails the test with the errors otherwise). */
export function ok<T = any>(result: GqlResult, key: string): T {
  if (result.errors) throw new Error(`${key}: ${JSON.stringify(result.errors)}`);
  return result.data[key] as T;
}

export async function createSuspect(
  client: GraphQLClient,
  givenNames: string,
  paternalSurname: string,
  handling: Handling,
  extra: object = {},
): Promise<string> {
  return ok<{ id: string }>(
    await client.gql(CREATE_SUSPECT, { input: { givenNames, paternalSurname, handling, ...extra } }),
    'createSuspect',
  ).id;
}

export { errorCode };
