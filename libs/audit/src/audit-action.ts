/**
 * Every action the audit log records. To add one: a line here (UPPER_SNAKE, past tense for a
 * change: what happened to what), and, for a new mutation, its line in OPERATION_ACTIONS below;
 * then record it with `ctx.audit({ action: AuditAction.X, ... })` (or the same name as a string).
 */
export const AuditAction = {
  // what someone saw (group-committed after the answer, see AuditLogService)
  READ_SHARED: 'READ_SHARED',
  DISCOVERED: 'DISCOVERED',
  /** A query refused (FORBIDDEN, UNAUTHENTICATED): which one is in the detail. */
  QUERY: 'QUERY',

  // sessions and API keys
  LOGIN: 'LOGIN',
  SESSION_REFRESHED: 'SESSION_REFRESHED',
  LOGOUT: 'LOGOUT',
  TOTP_ENROLMENT_STARTED: 'TOTP_ENROLMENT_STARTED',
  TOTP_ENROLMENT_CONFIRMED: 'TOTP_ENROLMENT_CONFIRMED',
  API_KEY_CREATED: 'API_KEY_CREATED',
  API_KEY_REVOKED: 'API_KEY_REVOKED',

  // accounts: each under the agency, naming whom (detail.userId) and what changed
  USER_CREATED: 'USER_CREATED',
  USER_UPDATED: 'USER_UPDATED',
  USER_DISABLED: 'USER_DISABLED',
  USER_ENABLED: 'USER_ENABLED',
  /** The password and every session ended; a new invitation was issued. */
  USER_PASSWORD_RESET: 'USER_PASSWORD_RESET',
  /** The person set their password from an invitation (and logged in). */
  INVITATION_ACCEPTED: 'INVITATION_ACCEPTED',
  PASSWORD_CHANGED: 'PASSWORD_CHANGED',
  AGENCY_UPDATED: 'AGENCY_UPDATED',

  // notifications and webhooks
  NOTIFICATIONS_READ: 'NOTIFICATIONS_READ',
  WEBHOOK_CREATED: 'WEBHOOK_CREATED',
  WEBHOOK_DELETED: 'WEBHOOK_DELETED',

  // records
  SUSPECT_CREATED: 'SUSPECT_CREATED',
  SUSPECT_UPDATED: 'SUSPECT_UPDATED',
  ORGANIZATION_CREATED: 'ORGANIZATION_CREATED',
  ORGANIZATION_UPDATED: 'ORGANIZATION_UPDATED',
  WARRANT_CREATED: 'WARRANT_CREATED',
  WARRANT_UPDATED: 'WARRANT_UPDATED',
  /** One entry per batch, with its counts (each warrant's change is in its status history). */
  WARRANT_STATUSES_SYNCED: 'WARRANT_STATUSES_SYNCED',
  TIP_SUBMITTED: 'TIP_SUBMITTED',
  TIP_TRIAGED: 'TIP_TRIAGED',
  // a case's timeline events, each also audited under the case (CASE_<CaseEventKind>)
  CASE_CREATED: 'CASE_CREATED',
  CASE_UPDATED: 'CASE_UPDATED',
  CASE_PARTICIPANT_ADDED: 'CASE_PARTICIPANT_ADDED',
  CASE_PARTICIPANT_REMOVED: 'CASE_PARTICIPANT_REMOVED',
  CASE_LINK_ADDED: 'CASE_LINK_ADDED',
  CASE_LINK_REMOVED: 'CASE_LINK_REMOVED',
  CASE_NOTE_ADDED: 'CASE_NOTE_ADDED',
  CASE_NOTE_EDITED: 'CASE_NOTE_EDITED',
  CASE_TASK_CREATED: 'CASE_TASK_CREATED',
  /** Any change to a task; a change of status is also CASE_TASK_DONE or CASE_TASK_REOPENED. */
  CASE_TASK_UPDATED: 'CASE_TASK_UPDATED',
  CASE_TASK_DONE: 'CASE_TASK_DONE',
  CASE_TASK_REOPENED: 'CASE_TASK_REOPENED',

  // sharing
  AGREEMENT_CREATED: 'AGREEMENT_CREATED',
  AGREEMENT_ENDED: 'AGREEMENT_ENDED',
  SHARE_REQUESTED: 'SHARE_REQUESTED',
  SHARE_WITHDRAWN: 'SHARE_WITHDRAWN',
  SHARE_APPROVED: 'SHARE_APPROVED',
  SHARE_DENIED: 'SHARE_DENIED',
  SHARE_REVOKED: 'SHARE_REVOKED',
  SHARE_OFFERED: 'SHARE_OFFERED',
  TIP_REFERRED: 'TIP_REFERRED',
  /** The recipient of a referred tip reports what came of it. */
  REFERRAL_FEEDBACK: 'REFERRAL_FEEDBACK',

  // Se Busca
  CAMPAIGN_CREATED: 'CAMPAIGN_CREATED',
  CAMPAIGN_UPDATED: 'CAMPAIGN_UPDATED',
  CAMPAIGN_PUBLISHED: 'CAMPAIGN_PUBLISHED',
  CAMPAIGN_CLOSED: 'CAMPAIGN_CLOSED',
  CAMPAIGN_ENTRY_ADDED: 'CAMPAIGN_ENTRY_ADDED',
  CAMPAIGN_ENTRY_UPDATED: 'CAMPAIGN_ENTRY_UPDATED',
  CAMPAIGN_ENTRY_REMOVED: 'CAMPAIGN_ENTRY_REMOVED',
  CAMPAIGN_ENTRIES_REORDERED: 'CAMPAIGN_ENTRIES_REORDERED',
  /** A suspect's record put before the public (on the record: its owner sees it in the record's trail). */
  SUSPECT_PUBLISHED: 'SUSPECT_PUBLISHED',
  /** Taken off the public list: entry removed or changed, campaign closed, or the record's markings raised. */
  SUSPECT_UNPUBLISHED: 'SUSPECT_UNPUBLISHED',
  /** PUT /campaigns/<id>/entries/<rank>/photo */
  CAMPAIGN_ENTRY_PHOTO_UPLOADED: 'CAMPAIGN_ENTRY_PHOTO_UPLOADED',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

const ACTIONS = new Set<string>(Object.values(AuditAction));

export function isAuditAction(name: string): name is AuditAction {
  return ACTIONS.has(name);
}

export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;

/** Entries that record what someone saw, not what someone changed. */
export const READ_ACTIONS: ReadonlySet<string> = new Set([AuditAction.READ_SHARED, AuditAction.DISCOVERED]);

/**
 * The action of every mutation, by its GraphQL name: the entry of a refused or failed call says
 * what was attempted (a guard may refuse before any service runs). The API does not start while
 * a mutation is missing here (AuditModule). `null`: never audited, as nobody is known: the
 * public's anonymous tips (the tip itself records what came in, and when).
 */
export const OPERATION_ACTIONS: Readonly<Record<string, AuditAction | null>> = {
  login: AuditAction.LOGIN,
  refreshSession: AuditAction.SESSION_REFRESHED,
  logout: AuditAction.LOGOUT,
  startTotpEnrolment: AuditAction.TOTP_ENROLMENT_STARTED,
  confirmTotpEnrolment: AuditAction.TOTP_ENROLMENT_CONFIRMED,
  createApiKey: AuditAction.API_KEY_CREATED,
  revokeApiKey: AuditAction.API_KEY_REVOKED,
  createUser: AuditAction.USER_CREATED,
  updateUser: AuditAction.USER_UPDATED,
  disableUser: AuditAction.USER_DISABLED,
  enableUser: AuditAction.USER_ENABLED,
  resetUserPassword: AuditAction.USER_PASSWORD_RESET,
  acceptInvitation: AuditAction.INVITATION_ACCEPTED,
  changePassword: AuditAction.PASSWORD_CHANGED,
  updateAgency: AuditAction.AGENCY_UPDATED,
  markNotificationsRead: AuditAction.NOTIFICATIONS_READ,
  createWebhook: AuditAction.WEBHOOK_CREATED,
  deleteWebhook: AuditAction.WEBHOOK_DELETED,
  createSuspect: AuditAction.SUSPECT_CREATED,
  updateSuspect: AuditAction.SUSPECT_UPDATED,
  createOrganization: AuditAction.ORGANIZATION_CREATED,
  updateOrganization: AuditAction.ORGANIZATION_UPDATED,
  createWarrant: AuditAction.WARRANT_CREATED,
  updateWarrant: AuditAction.WARRANT_UPDATED,
  syncWarrantStatuses: AuditAction.WARRANT_STATUSES_SYNCED,
  submitTip: AuditAction.TIP_SUBMITTED,
  triageTip: AuditAction.TIP_TRIAGED,
  createCase: AuditAction.CASE_CREATED,
  updateCase: AuditAction.CASE_UPDATED,
  addCaseParticipant: AuditAction.CASE_PARTICIPANT_ADDED,
  removeCaseParticipant: AuditAction.CASE_PARTICIPANT_REMOVED,
  linkCaseRecord: AuditAction.CASE_LINK_ADDED,
  unlinkCaseRecord: AuditAction.CASE_LINK_REMOVED,
  addCaseNote: AuditAction.CASE_NOTE_ADDED,
  editCaseNote: AuditAction.CASE_NOTE_EDITED,
  addCaseTask: AuditAction.CASE_TASK_CREATED,
  updateCaseTask: AuditAction.CASE_TASK_UPDATED,
  createAgreement: AuditAction.AGREEMENT_CREATED,
  endAgreement: AuditAction.AGREEMENT_ENDED,
  requestShare: AuditAction.SHARE_REQUESTED,
  withdrawShareRequest: AuditAction.SHARE_WITHDRAWN,
  approveShareRequest: AuditAction.SHARE_APPROVED,
  denyShareRequest: AuditAction.SHARE_DENIED,
  revokeShare: AuditAction.SHARE_REVOKED,
  offerShare: AuditAction.SHARE_OFFERED,
  referTip: AuditAction.TIP_REFERRED,
  addReferralFeedback: AuditAction.REFERRAL_FEEDBACK,
  createCampaign: AuditAction.CAMPAIGN_CREATED,
  updateCampaign: AuditAction.CAMPAIGN_UPDATED,
  publishCampaign: AuditAction.CAMPAIGN_PUBLISHED,
  closeCampaign: AuditAction.CAMPAIGN_CLOSED,
  addCampaignEntry: AuditAction.CAMPAIGN_ENTRY_ADDED,
  updateCampaignEntry: AuditAction.CAMPAIGN_ENTRY_UPDATED,
  removeCampaignEntry: AuditAction.CAMPAIGN_ENTRY_REMOVED,
  reorderCampaignEntries: AuditAction.CAMPAIGN_ENTRIES_REORDERED,
  submitPublicTip: null,
  addToPublicTip: null,
};
