import { RecordSubject, RequestContext } from '@app/auth';
import { RecordEntity } from './record.entity';
import { RecordNode } from './record.interface';

/** A content field's value, or null where the viewer may not read it. */
export type Withheld<T> = { [K in keyof T]: T[K] | null };

/**
 * The one place a record becomes what a viewer sees: every content field the ability does
 * not let the viewer read is nulled and named in `redactedFields`. (Which rows a viewer
 * sees at all is decided in SQL, by whereAccessible.)
 */
export function recordView<C extends object>(
  ctx: RequestContext,
  type: RecordSubject,
  row: RecordEntity,
  content: C,
  /** Fields computed from others (a full name from its parts): readable exactly when every source is. */
  derivedFrom: Partial<Record<keyof C & string, readonly string[]>> = {},
): RecordNode & Withheld<C> {
  const derived = derivedFrom as Record<string, readonly string[] | undefined>;
  const readable = ctx.readableFields(type, row, Object.keys(content).filter((field) => !derived[field]));
  for (const [field, sources] of Object.entries(derived)) {
    if (sources?.every((source) => readable.has(source))) readable.add(field);
  }
  const redactedFields: string[] = [];
  const visible: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(content)) {
    if (readable.has(field)) visible[field] = value;
    else {
      visible[field] = null;
      redactedFields.push(field);
    }
  }
  if (ctx.actor && row.ownerAgencyId !== ctx.actor.agencyId) {
    // A read of another agency's record: its owner will see who read what.
    ctx.audit({
      action: 'READ_SHARED',
      recordType: type.toUpperCase(),
      recordId: row.id,
      recordOwnerAgencyId: row.ownerAgencyId,
      detail: { fields: Object.keys(content).filter((field) => !redactedFields.includes(field)) },
    });
  }
  return {
    __typename: type,
    id: row.id,
    ownerAgencyId: row.ownerAgencyId,
    handling: { tlp: row.tlp, releasableTo: row.releasableTo, originatorControlled: row.originatorControlled },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    redactedFields,
    sharing: row.sharing ?? null,
    ...(visible as Withheld<C>),
  };
}
