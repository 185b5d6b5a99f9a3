import { InputType, registerEnumType } from '@nestjs/graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '@app/auth';
import { Order, OrderInput, readableSortKeys, SortKey } from '@app/core';
import { TipPriority } from './record-enums';
import { RecordEntity } from './record.entity';
import type { RecordQueries } from './record-queries';

/**
 * A key a list offers to `orderBy`: its value's SQL over the record (alias `r`) and the field
 * of the record it shows, whose read rule gates it row by row (null: the record's own metadata,
 * readable wherever the record is). Only readable keys: where the viewer may not read the
 * field, the row sorts as if it had no value (readableSortKeys), so the order cannot tell it.
 */
interface OrderKey {
  field: string | null;
  key: SortKey;
}

/** The sort keys of `order` over `keys` for the viewer of `records`' rows in `qb`. */
export function orderSortKeys<E extends RecordEntity, F extends string>(
  ctx: RequestContext,
  records: RecordQueries<E>,
  qb: SelectQueryBuilder<ObjectLiteral>,
  order: Order<F>,
  keys: Readonly<Record<F, OrderKey>>,
): SortKey[] {
  const { field, key } = keys[order.field];
  return readableSortKeys(key, field === null ? 'TRUE' : records.fieldAllowedSql(ctx, qb, field), order.direction);
}

/** Timestamps to the millisecond, as cursors carry them (a JavaScript Date's precision); ties go by id. */
const millis = (column: string): SortKey => ({ sql: `date_trunc('milliseconds', ${column})`, type: 'timestamptz' });
const text = (sql: string): SortKey => ({ sql, type: 'text' });
const CREATED_AT: OrderKey = { field: null, key: millis('r.created_at') };

/** A tip's priority as a rank: LIFE_THREATENING 2, URGENT 1, ROUTINE 0. */
export const PRIORITY_RANK_SQL = `(CASE r.priority WHEN '${TipPriority.LIFE_THREATENING}' THEN 2 WHEN '${TipPriority.URGENT}' THEN 1 ELSE 0 END)`;

const CREATED_AT_DESCRIPTION = { description: 'When the record was created.' };

export enum SuspectOrderField {
  CREATED_AT = 'CREATED_AT',
  PATERNAL_SURNAME = 'PATERNAL_SURNAME',
  GIVEN_NAMES = 'GIVEN_NAMES',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
}
registerEnumType(SuspectOrderField, {
  name: 'SuspectOrderField',
  description: 'Keys to order suspects by.',
  valuesMap: {
    CREATED_AT: CREATED_AT_DESCRIPTION,
    PATERNAL_SURNAME: { description: 'The paternal surname.' },
    GIVEN_NAMES: { description: 'The given names.' },
    DATE_OF_BIRTH: { description: 'The date of birth.' },
  },
});
export const SUSPECT_ORDER_KEYS: Readonly<Record<SuspectOrderField, OrderKey>> = {
  CREATED_AT,
  PATERNAL_SURNAME: { field: 'paternalSurname', key: text('r.paternal_surname') },
  GIVEN_NAMES: { field: 'givenNames', key: text('r.given_names') },
  DATE_OF_BIRTH: { field: 'dateOfBirth', key: text('r.date_of_birth::text') },
};
@InputType('SuspectOrder', {
  description:
    'How to order suspects (within each match class of a search): by a key, then by id. A value withheld from you sorts as none: last, either way.',
})
export class SuspectOrder extends OrderInput(SuspectOrderField) {}

export enum OrganizationOrderField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'Keys to order organizations by.',
  valuesMap: { CREATED_AT: CREATED_AT_DESCRIPTION, NAME: { description: 'The name.' } },
});
export const ORGANIZATION_ORDER_KEYS: Readonly<Record<OrganizationOrderField, OrderKey>> = {
  CREATED_AT,
  NAME: { field: 'name', key: text('r.name') },
};
@InputType('OrganizationOrder', {
  description:
    'How to order organizations: by a key, then by id. A value withheld from you sorts as none: last, either way.',
})
export class OrganizationOrder extends OrderInput(OrganizationOrderField) {}

export enum CaseOrderField {
  CREATED_AT = 'CREATED_AT',
  CASE_NUMBER = 'CASE_NUMBER',
  TITLE = 'TITLE',
}
registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description: 'Keys to order cases by.',
  valuesMap: {
    CREATED_AT: CREATED_AT_DESCRIPTION,
    CASE_NUMBER: { description: "The owner's case number (as text)." },
    TITLE: { description: 'The title.' },
  },
});
export const CASE_ORDER_KEYS: Readonly<Record<CaseOrderField, OrderKey>> = {
  CREATED_AT,
  CASE_NUMBER: { field: 'caseNumber', key: text('r.case_number') },
  TITLE: { field: 'title', key: text('r.title') },
};
@InputType('CaseOrder', {
  description: 'How to order cases: by a key, then by id. A value withheld from you sorts as none: last, either way.',
})
export class CaseOrder extends OrderInput(CaseOrderField) {}

export enum WarrantOrderField {
  CREATED_AT = 'CREATED_AT',
  NUMBER = 'NUMBER',
  ISSUE_DATE = 'ISSUE_DATE',
  STATUS_CHANGED_AT = 'STATUS_CHANGED_AT',
}
registerEnumType(WarrantOrderField, {
  name: 'WarrantOrderField',
  description: 'Keys to order warrants by.',
  valuesMap: {
    CREATED_AT: CREATED_AT_DESCRIPTION,
    NUMBER: { description: 'The warrant number (as text).' },
    ISSUE_DATE: { description: 'The date of issue.' },
    STATUS_CHANGED_AT: { description: 'When its status last changed.' },
  },
});
export const WARRANT_ORDER_KEYS: Readonly<Record<WarrantOrderField, OrderKey>> = {
  CREATED_AT,
  NUMBER: { field: 'number', key: text('r.number') },
  ISSUE_DATE: { field: 'issueDate', key: text('r.issue_date::text') },
  STATUS_CHANGED_AT: { field: 'statusChangedAt', key: millis('r.status_changed_at') },
};
@InputType('WarrantOrder', {
  description:
    'How to order warrants: by a key, then by id. A value withheld from you sorts as none: last, either way.',
})
export class WarrantOrder extends OrderInput(WarrantOrderField) {}

export enum TipOrderField {
  CREATED_AT = 'CREATED_AT',
  RECEIVED_AT = 'RECEIVED_AT',
  PRIORITY = 'PRIORITY',
}
registerEnumType(TipOrderField, {
  name: 'TipOrderField',
  description: 'Keys to order tips by.',
  valuesMap: {
    CREATED_AT: { description: 'When the tip was recorded.' },
    RECEIVED_AT: { description: 'When the tip was received.' },
    PRIORITY: { description: 'The priority (ROUTINE < URGENT < LIFE_THREATENING).' },
  },
});
export const TIP_ORDER_KEYS: Readonly<Record<TipOrderField, OrderKey>> = {
  CREATED_AT,
  RECEIVED_AT: { field: 'receivedAt', key: millis('r.received_at') },
  PRIORITY: { field: 'priority', key: { sql: PRIORITY_RANK_SQL, type: 'bigint' } },
};
@InputType('TipOrder', {
  description: 'How to order tips: by a key, then by id. A value withheld from you sorts as none: last, either way.',
})
export class TipOrder extends OrderInput(TipOrderField) {}
