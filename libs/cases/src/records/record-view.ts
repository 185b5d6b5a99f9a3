import { RecordSubject, RequestContext } from '@app/auth';
import { RecordEntity } from './record.entity';
import { RecordNode } from './record.interface';

/** A content field's value, or null where the viewer may not read it. */
export type Withheld<T> = { [K in keyof T]: T[K] | null };

/** The columns whose change is visible to whoever sees the record at all: its markings. */
export const HANDLING_COLUMNS = ['tlp', 'releasable_to', 'originator_controlled'];

const columns = new Map<string, string>();
const columnOf = (field: string) => {
  let column = columns.get(field);
  if (column === undefined) columns.set(field, (column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return column;
};

/**
 * When `fields` (those the viewer reads) or the markings last changed: what `updatedAt` tells a
 * viewer who reads only part of a record, so a change to a field withheld from it does not
 * show. A field's column is its name in snake case, or that with `_id` for a link (subject).
 */
function lastChangeOf(row: RecordEntity, fields: string[]): Date {
  const columns = [...HANDLING_COLUMNS, ...fields.flatMap((field) => [columnOf(field), `${columnOf(field)}_id`])];
  const times = columns
    .map((column) => row.fieldChangedAt[column])
    .filter((time): time is string => time !== undefined)
    .map((time) => Date.parse(time));
  return new Date(Math.max(row.createdAt.getTime(), ...times));
}

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
  const readable = ctx.readableFields(
    type,
    row,
    Object.keys(content).filter((field) => !derived[field]),
  );
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
  const own = ctx.actor?.agencyId === row.ownerAgencyId;
  if (ctx.actor && !own) {
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
    // worked out only when asked for (a page of 50 rarely is)
    get updatedAt() {
      return own ? row.updatedAt : lastChangeOf(row, [...readable]);
    },
    redactedFields,
    sharing: row.sharing ?? null,
    ...(visible as Withheld<C>),
  };
}
