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

export const NO_AUDIT_FILTER: AuditFilterDraft = {
  action: '',
  outcome: '',
  recordType: '',
  actorAgencyId: '',
  fromDay: '',
  toDay: '',
};

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
  const action = draft.action
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return {
    ...(action ? { action } : {}),
    ...(draft.outcome ? { outcome: draft.outcome } : {}),
    ...(draft.recordType ? { recordType: draft.recordType } : {}),
    ...(draft.actorAgencyId ? { actorAgencyId: draft.actorAgencyId } : {}),
    ...(draft.fromDay ? { from: startOfDay(draft.fromDay) } : {}),
    ...(draft.toDay ? { to: startOfDay(draft.toDay, 1) } : {}),
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One part of an audit event's detail, as a reader sees it. */
export type DetailPart =
  { key: string; text: string } | { key: string; instant: string } | { key: string; fields: string[] };

/**
 * An event's detail (a JSON object) as parts to show: ids left out (the record links to its
 * trail, the agency and person have their own columns), lists of field names and instants apart
 * so they can be said in the reader's language.
 */
export function detailParts(detail: string | null | undefined): DetailPart[] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [{ key: '', text: detail }];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [{ key: '', text: detail }];
  return Object.entries(parsed as Record<string, unknown>).flatMap(([key, value]): DetailPart[] => {
    if (/Ids?$/.test(key) || value === null || value === undefined) return [];
    if (key === 'fields' && Array.isArray(value)) return [{ key, fields: value.map(String) }];
    if (typeof value === 'string' && INSTANT.test(value)) return [{ key, instant: value }];
    if (Array.isArray(value))
      return [
        { key, text: value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ') },
      ];
    return [{ key, text: typeof value === 'object' ? JSON.stringify(value) : String(value) }];
  });
}
