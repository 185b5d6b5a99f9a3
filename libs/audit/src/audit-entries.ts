import { RequestContext } from '@app/auth';
import { AuditAction } from './audit-action';

/**
 * The fields to which `changes` gives a value other than `before`'s (compared as JSON, so
 * arrays, dates and markings compare by value). Names only: an audit entry never holds values.
 */
export function changedFields(before: object, changes: object): string[] {
  const old = before as Record<string, unknown>;
  return Object.entries(changes)
    .filter(([field, value]) => JSON.stringify(value ?? null) !== JSON.stringify(old[field] ?? null))
    .map(([field]) => field);
}

/** A record as services return it (its view). */
interface RecordLike {
  __typename: string;
  id: string;
  ownerAgencyId: string;
}

/** Records the operation's entry about the record it wrote, and returns that record. */
export function audited<R extends RecordLike>(
  ctx: RequestContext,
  action: AuditAction,
  record: R,
  changed?: string[],
  detail?: Record<string, unknown>,
): R {
  ctx.audit({
    action,
    recordType: record.__typename.toUpperCase(),
    recordId: record.id,
    recordOwnerAgencyId: record.ownerAgencyId,
    ...(changed ? { changedFields: changed } : {}),
    ...(detail ? { detail } : {}),
  });
  return record;
}
