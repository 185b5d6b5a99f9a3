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
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        code\n        name\n        country\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Notifications {\n    notifications(unreadOnly: true, first: 20) {\n      edges {\n        node {\n          id\n          at\n          kind\n          message\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      at\n      kind\n      message\n      readAt\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query RecordLabel(\n    $id: ID!\n    $suspect: Boolean!\n    $organization: Boolean!\n    $warrant: Boolean!\n    $tip: Boolean!\n    $case: Boolean!\n  ) {\n    suspect(id: $id) @include(if: $suspect) {\n      fullName\n      aliases\n    }\n    organization(id: $id) @include(if: $organization) {\n      name\n    }\n    warrant(id: $id) @include(if: $warrant) {\n      number\n    }\n    tip(id: $id) @include(if: $tip) {\n      receivedAt\n      channel\n    }\n    case(id: $id) @include(if: $case) {\n      caseNumber\n      title\n    }\n  }\n": typeof types.RecordLabelDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      id\n      name\n      secret\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditTrail($recordType: RecordType!, $recordId: ID!) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          detail\n          actorAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AgencyAudit($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          outcome\n          detail\n          changedFields\n          recordType\n          recordId\n          actorId\n          actor {\n            displayName\n          }\n          actorAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyAuditDocument,
    "\n  query AuditPartners {\n    agreements {\n      providerAgency {\n        id\n        code\n        name\n      }\n      recipientAgency {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AuditPartnersDocument,
    "\n  query Inbox {\n    sharingRequests(direction: INCOMING, status: PENDING) {\n      id\n      recordType\n      recordId\n      purpose\n      requestedFields\n      grantableFields\n      createdAt\n      requestingAgency {\n        code\n        name\n      }\n      requestedBy {\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {\n    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) {\n      id\n      status\n      grantedFields\n      expiresAt\n      use\n    }\n  }\n": typeof types.ApproveShareDocument,
    "\n  mutation DenyShare($id: ID!, $reason: String!) {\n    denyShareRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DenyShareDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation StartTotpEnrolment($email: String!, $password: String!) {\n    startTotpEnrolment(email: $email, password: $password) {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {\n    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query SuspectRecord($id: ID!) {\n    suspect(id: $id) {\n      id\n      givenNames\n      paternalSurname\n      maternalSurname\n      fullName\n      aliases\n      dateOfBirth\n      sex\n      nationalities\n      status\n      identifiers {\n        kind\n        value\n        country\n      }\n      memberships {\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      ownerAgency {\n        id\n        code\n        name\n      }\n      sharing {\n        requestId\n        use\n        expiresAt\n        sharedBy {\n          code\n        }\n      }\n      warrants {\n        id\n        number\n        issuingCountry\n        issuingAuthority\n        charges\n        status\n        statusChangedAt\n        redactedFields\n        handling {\n          tlp\n          releasableTo\n          originatorControlled\n        }\n        statusHistory {\n          status\n          changedAt\n          sourceSystem\n          note\n          applied\n        }\n      }\n    }\n  }\n": typeof types.SuspectRecordDocument,
    "\n  query OrganizationRecord($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      aliases\n      kind\n      activities\n      baseOfOperations\n      routes {\n        from\n        to\n        crossingPoint\n      }\n      affiliations {\n        kind\n        organization {\n          id\n          name\n        }\n      }\n      members {\n        role\n        suspect {\n          id\n          fullName\n        }\n      }\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      ownerAgency {\n        id\n        code\n        name\n      }\n      sharing {\n        requestId\n        use\n        expiresAt\n        sharedBy {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OrganizationRecordDocument,
    "\n  query Search($search: String!) {\n    suspects(filter: { search: $search }, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        matchClass\n        node {\n          ...SearchPerson\n        }\n      }\n    }\n    byIdentifier: suspects(filter: { identifier: $search }, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SearchPerson\n        }\n      }\n    }\n    organizations(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          aliases\n          handling {\n            tlp\n          }\n          ownerAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n  fragment SearchPerson on Suspect {\n    id\n    fullName\n    aliases\n    identifiers {\n      kind\n      value\n    }\n    handling {\n      tlp\n    }\n    ownerAgency {\n      code\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Discover($search: String!) {\n    suspects: discoverSuspects(search: $search) {\n      recordType\n      recordId\n      ownerAgency {\n        code\n        name\n      }\n    }\n    organizations: discoverOrganizations(search: $search) {\n      recordType\n      recordId\n      ownerAgency {\n        code\n        name\n      }\n    }\n  }\n": typeof types.DiscoverDocument,
    "\n  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {\n    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) {\n      id\n      status\n    }\n  }\n": typeof types.RequestShareDocument,
    "\n  query Shares {\n    given: sharingRequests(direction: INCOMING) {\n      id\n      recordType\n      recordId\n      purpose\n      status\n      grantedFields\n      expiresAt\n      use\n      requestingAgency {\n        code\n        name\n      }\n    }\n    received: sharingRequests(direction: OUTGOING) {\n      id\n      recordType\n      recordId\n      purpose\n      status\n      grantedFields\n      expiresAt\n      use\n      decisionReason\n      providingAgency {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SharesDocument,
    "\n  mutation RevokeShare($requestId: ID!, $reason: String!) {\n    revokeShare(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeShareDocument,
    "\n  query TipQueue($status: TipStatus, $priority: TipPriority) {\n    tips(filter: { status: $status, priority: $priority }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedAt\n          channel\n          language\n          status\n          priority\n          narrative\n          sourceReliability\n          informationCredibility\n          handling {\n            tlp\n          }\n        }\n      }\n    }\n  }\n": typeof types.TipQueueDocument,
    "\n  query TipDetail($id: ID!) {\n    tip(id: $id) {\n      id\n      receivedAt\n      channel\n      language\n      receivedIn\n      narrative\n      status\n      priority\n      sourceReliability\n      informationCredibility\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      tipster {\n        anonymous\n        name\n        phone\n        email\n      }\n      followUps {\n        receivedAt\n        narrative\n      }\n      subjects {\n        id\n        fullName\n      }\n    }\n    agreements {\n      id\n      endedAt\n      recordTypes\n      providerAgency {\n        id\n      }\n      recipientAgency {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.TipDetailDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitTipDocument,
    "\n  mutation TriageTip($id: ID!, $input: TriageTipInput!) {\n    triageTip(id: $id, input: $input) {\n      id\n      status\n      priority\n      sourceReliability\n      informationCredibility\n    }\n  }\n": typeof types.TriageTipDocument,
    "\n  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) {\n    referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) {\n      id\n      status\n    }\n  }\n": typeof types.ReferTipDocument,
    "\n  query Users {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n          displayName\n          roles\n          active\n          lastLoginAt\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      invitationToken\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        code\n        name\n        country\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Notifications {\n    notifications(unreadOnly: true, first: 20) {\n      edges {\n        node {\n          id\n          at\n          kind\n          message\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      at\n      kind\n      message\n      readAt\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query RecordLabel(\n    $id: ID!\n    $suspect: Boolean!\n    $organization: Boolean!\n    $warrant: Boolean!\n    $tip: Boolean!\n    $case: Boolean!\n  ) {\n    suspect(id: $id) @include(if: $suspect) {\n      fullName\n      aliases\n    }\n    organization(id: $id) @include(if: $organization) {\n      name\n    }\n    warrant(id: $id) @include(if: $warrant) {\n      number\n    }\n    tip(id: $id) @include(if: $tip) {\n      receivedAt\n      channel\n    }\n    case(id: $id) @include(if: $case) {\n      caseNumber\n      title\n    }\n  }\n": types.RecordLabelDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      id\n      name\n      secret\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditTrail($recordType: RecordType!, $recordId: ID!) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          detail\n          actorAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AgencyAudit($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          outcome\n          detail\n          changedFields\n          recordType\n          recordId\n          actorId\n          actor {\n            displayName\n          }\n          actorAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.AgencyAuditDocument,
    "\n  query AuditPartners {\n    agreements {\n      providerAgency {\n        id\n        code\n        name\n      }\n      recipientAgency {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AuditPartnersDocument,
    "\n  query Inbox {\n    sharingRequests(direction: INCOMING, status: PENDING) {\n      id\n      recordType\n      recordId\n      purpose\n      requestedFields\n      grantableFields\n      createdAt\n      requestingAgency {\n        code\n        name\n      }\n      requestedBy {\n        displayName\n        email\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {\n    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) {\n      id\n      status\n      grantedFields\n      expiresAt\n      use\n    }\n  }\n": types.ApproveShareDocument,
    "\n  mutation DenyShare($id: ID!, $reason: String!) {\n    denyShareRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DenyShareDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation StartTotpEnrolment($email: String!, $password: String!) {\n    startTotpEnrolment(email: $email, password: $password) {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {\n    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query SuspectRecord($id: ID!) {\n    suspect(id: $id) {\n      id\n      givenNames\n      paternalSurname\n      maternalSurname\n      fullName\n      aliases\n      dateOfBirth\n      sex\n      nationalities\n      status\n      identifiers {\n        kind\n        value\n        country\n      }\n      memberships {\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      ownerAgency {\n        id\n        code\n        name\n      }\n      sharing {\n        requestId\n        use\n        expiresAt\n        sharedBy {\n          code\n        }\n      }\n      warrants {\n        id\n        number\n        issuingCountry\n        issuingAuthority\n        charges\n        status\n        statusChangedAt\n        redactedFields\n        handling {\n          tlp\n          releasableTo\n          originatorControlled\n        }\n        statusHistory {\n          status\n          changedAt\n          sourceSystem\n          note\n          applied\n        }\n      }\n    }\n  }\n": types.SuspectRecordDocument,
    "\n  query OrganizationRecord($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      aliases\n      kind\n      activities\n      baseOfOperations\n      routes {\n        from\n        to\n        crossingPoint\n      }\n      affiliations {\n        kind\n        organization {\n          id\n          name\n        }\n      }\n      members {\n        role\n        suspect {\n          id\n          fullName\n        }\n      }\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      ownerAgency {\n        id\n        code\n        name\n      }\n      sharing {\n        requestId\n        use\n        expiresAt\n        sharedBy {\n          code\n        }\n      }\n    }\n  }\n": types.OrganizationRecordDocument,
    "\n  query Search($search: String!) {\n    suspects(filter: { search: $search }, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        matchClass\n        node {\n          ...SearchPerson\n        }\n      }\n    }\n    byIdentifier: suspects(filter: { identifier: $search }, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SearchPerson\n        }\n      }\n    }\n    organizations(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          aliases\n          handling {\n            tlp\n          }\n          ownerAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n  fragment SearchPerson on Suspect {\n    id\n    fullName\n    aliases\n    identifiers {\n      kind\n      value\n    }\n    handling {\n      tlp\n    }\n    ownerAgency {\n      code\n    }\n  }\n": types.SearchDocument,
    "\n  query Discover($search: String!) {\n    suspects: discoverSuspects(search: $search) {\n      recordType\n      recordId\n      ownerAgency {\n        code\n        name\n      }\n    }\n    organizations: discoverOrganizations(search: $search) {\n      recordType\n      recordId\n      ownerAgency {\n        code\n        name\n      }\n    }\n  }\n": types.DiscoverDocument,
    "\n  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {\n    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) {\n      id\n      status\n    }\n  }\n": types.RequestShareDocument,
    "\n  query Shares {\n    given: sharingRequests(direction: INCOMING) {\n      id\n      recordType\n      recordId\n      purpose\n      status\n      grantedFields\n      expiresAt\n      use\n      requestingAgency {\n        code\n        name\n      }\n    }\n    received: sharingRequests(direction: OUTGOING) {\n      id\n      recordType\n      recordId\n      purpose\n      status\n      grantedFields\n      expiresAt\n      use\n      decisionReason\n      providingAgency {\n        code\n        name\n      }\n    }\n  }\n": types.SharesDocument,
    "\n  mutation RevokeShare($requestId: ID!, $reason: String!) {\n    revokeShare(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RevokeShareDocument,
    "\n  query TipQueue($status: TipStatus, $priority: TipPriority) {\n    tips(filter: { status: $status, priority: $priority }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedAt\n          channel\n          language\n          status\n          priority\n          narrative\n          sourceReliability\n          informationCredibility\n          handling {\n            tlp\n          }\n        }\n      }\n    }\n  }\n": types.TipQueueDocument,
    "\n  query TipDetail($id: ID!) {\n    tip(id: $id) {\n      id\n      receivedAt\n      channel\n      language\n      receivedIn\n      narrative\n      status\n      priority\n      sourceReliability\n      informationCredibility\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      tipster {\n        anonymous\n        name\n        phone\n        email\n      }\n      followUps {\n        receivedAt\n        narrative\n      }\n      subjects {\n        id\n        fullName\n      }\n    }\n    agreements {\n      id\n      endedAt\n      recordTypes\n      providerAgency {\n        id\n      }\n      recipientAgency {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.TipDetailDocument,
    "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      id\n    }\n  }\n": types.SubmitTipDocument,
    "\n  mutation TriageTip($id: ID!, $input: TriageTipInput!) {\n    triageTip(id: $id, input: $input) {\n      id\n      status\n      priority\n      sourceReliability\n      informationCredibility\n    }\n  }\n": types.TriageTipDocument,
    "\n  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) {\n    referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) {\n      id\n      status\n    }\n  }\n": types.ReferTipDocument,
    "\n  query Users {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n          displayName\n          roles\n          active\n          lastLoginAt\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      roles\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      invitationToken\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        code\n        name\n        country\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(unreadOnly: true, first: 20) {\n      edges {\n        node {\n          id\n          at\n          kind\n          message\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      at\n      kind\n      message\n      readAt\n    }\n  }\n"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordLabel(\n    $id: ID!\n    $suspect: Boolean!\n    $organization: Boolean!\n    $warrant: Boolean!\n    $tip: Boolean!\n    $case: Boolean!\n  ) {\n    suspect(id: $id) @include(if: $suspect) {\n      fullName\n      aliases\n    }\n    organization(id: $id) @include(if: $organization) {\n      name\n    }\n    warrant(id: $id) @include(if: $warrant) {\n      number\n    }\n    tip(id: $id) @include(if: $tip) {\n      receivedAt\n      channel\n    }\n    case(id: $id) @include(if: $case) {\n      caseNumber\n      title\n    }\n  }\n"): typeof import('./graphql').RecordLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      id\n      name\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($recordType: RecordType!, $recordId: ID!) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          detail\n          actorAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyAudit($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          outcome\n          detail\n          changedFields\n          recordType\n          recordId\n          actorId\n          actor {\n            displayName\n          }\n          actorAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPartners {\n    agreements {\n      providerAgency {\n        id\n        code\n        name\n      }\n      recipientAgency {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AuditPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    sharingRequests(direction: INCOMING, status: PENDING) {\n      id\n      recordType\n      recordId\n      purpose\n      requestedFields\n      grantableFields\n      createdAt\n      requestingAgency {\n        code\n        name\n      }\n      requestedBy {\n        displayName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {\n    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) {\n      id\n      status\n      grantedFields\n      expiresAt\n      use\n    }\n  }\n"): typeof import('./graphql').ApproveShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyShare($id: ID!, $reason: String!) {\n    denyShareRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DenyShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment($email: String!, $password: String!) {\n    startTotpEnrolment(email: $email, password: $password) {\n      secret\n      otpauthUri\n    }\n  }\n"): typeof import('./graphql').StartTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($email: String!, $password: String!, $totpCode: String!) {\n    confirmTotpEnrolment(email: $email, password: $password, totpCode: $totpCode) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ConfirmTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuspectRecord($id: ID!) {\n    suspect(id: $id) {\n      id\n      givenNames\n      paternalSurname\n      maternalSurname\n      fullName\n      aliases\n      dateOfBirth\n      sex\n      nationalities\n      status\n      identifiers {\n        kind\n        value\n        country\n      }\n      memberships {\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      ownerAgency {\n        id\n        code\n        name\n      }\n      sharing {\n        requestId\n        use\n        expiresAt\n        sharedBy {\n          code\n        }\n      }\n      warrants {\n        id\n        number\n        issuingCountry\n        issuingAuthority\n        charges\n        status\n        statusChangedAt\n        redactedFields\n        handling {\n          tlp\n          releasableTo\n          originatorControlled\n        }\n        statusHistory {\n          status\n          changedAt\n          sourceSystem\n          note\n          applied\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SuspectRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationRecord($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      aliases\n      kind\n      activities\n      baseOfOperations\n      routes {\n        from\n        to\n        crossingPoint\n      }\n      affiliations {\n        kind\n        organization {\n          id\n          name\n        }\n      }\n      members {\n        role\n        suspect {\n          id\n          fullName\n        }\n      }\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      ownerAgency {\n        id\n        code\n        name\n      }\n      sharing {\n        requestId\n        use\n        expiresAt\n        sharedBy {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($search: String!) {\n    suspects(filter: { search: $search }, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        matchClass\n        node {\n          ...SearchPerson\n        }\n      }\n    }\n    byIdentifier: suspects(filter: { identifier: $search }, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SearchPerson\n        }\n      }\n    }\n    organizations(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          aliases\n          handling {\n            tlp\n          }\n          ownerAgency {\n            code\n          }\n        }\n      }\n    }\n  }\n  fragment SearchPerson on Suspect {\n    id\n    fullName\n    aliases\n    identifiers {\n      kind\n      value\n    }\n    handling {\n      tlp\n    }\n    ownerAgency {\n      code\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Discover($search: String!) {\n    suspects: discoverSuspects(search: $search) {\n      recordType\n      recordId\n      ownerAgency {\n        code\n        name\n      }\n    }\n    organizations: discoverOrganizations(search: $search) {\n      recordType\n      recordId\n      ownerAgency {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DiscoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {\n    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shares {\n    given: sharingRequests(direction: INCOMING) {\n      id\n      recordType\n      recordId\n      purpose\n      status\n      grantedFields\n      expiresAt\n      use\n      requestingAgency {\n        code\n        name\n      }\n    }\n    received: sharingRequests(direction: OUTGOING) {\n      id\n      recordType\n      recordId\n      purpose\n      status\n      grantedFields\n      expiresAt\n      use\n      decisionReason\n      providingAgency {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShare($requestId: ID!, $reason: String!) {\n    revokeShare(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RevokeShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipQueue($status: TipStatus, $priority: TipPriority) {\n    tips(filter: { status: $status, priority: $priority }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedAt\n          channel\n          language\n          status\n          priority\n          narrative\n          sourceReliability\n          informationCredibility\n          handling {\n            tlp\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TipQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TipDetail($id: ID!) {\n    tip(id: $id) {\n      id\n      receivedAt\n      channel\n      language\n      receivedIn\n      narrative\n      status\n      priority\n      sourceReliability\n      informationCredibility\n      redactedFields\n      handling {\n        tlp\n        releasableTo\n        originatorControlled\n      }\n      tipster {\n        anonymous\n        name\n        phone\n        email\n      }\n      followUps {\n        receivedAt\n        narrative\n      }\n      subjects {\n        id\n        fullName\n      }\n    }\n    agreements {\n      id\n      endedAt\n      recordTypes\n      providerAgency {\n        id\n      }\n      recipientAgency {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TipDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageTip($id: ID!, $input: TriageTipInput!) {\n    triageTip(id: $id, input: $input) {\n      id\n      status\n      priority\n      sourceReliability\n      informationCredibility\n    }\n  }\n"): typeof import('./graphql').TriageTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) {\n    referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReferTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          email\n          displayName\n          roles\n          active\n          lastLoginAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      invitationToken\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      roles\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      invitationToken\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
