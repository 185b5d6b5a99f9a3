import type { AuditEventFilter, RecordType } from './gql/graphql';

/** The agency audit page's filter as typed: days are the reader's calendar days (YYYY-MM-DD). */
export interface AuditFilterDraft {
  action: string;
  outcome: string;
  recordType: RecordType | '';
  actorAgencyId: string;
  fromDay: string;
  toDay: string;
}

export const NO_AUDIT_FILTER: AuditFilterDraft = { action: '', outcome: '', recordType: '', actorAgencyId: '', fromDay: '', toDay: '' };

/** The start of a calendar day where the reader is, as an instant. */
function startOfDay(day: string, addDays = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + addDays).toISOString();
}

/**
 * `auditEvents`' filter for a draft: only what was chosen; the action in its code's form
 * ("share approved" is SHARE_APPROVED); "to" a day includes that whole day (the API's `to` is exclusive).
 */
export function auditFilter(draft: AuditFilterDraft): AuditEventFilter {
  const action = draft.action.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return {
    ...(action ? { action } : {}),
    ...(draft.outcome ? { outcome: draft.outcome } : {}),
    ...(draft.recordType ? { recordType: draft.recordType } : {}),
    ...(draft.actorAgencyId ? { actorAgencyId: draft.actorAgencyId } : {}),
    ...(draft.fromDay ? { from: startOfDay(draft.fromDay) } : {}),
    ...(draft.toDay ? { to: startOfDay(draft.toDay, 1) } : {}),
  };
}
