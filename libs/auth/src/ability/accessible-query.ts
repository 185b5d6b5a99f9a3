import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action, AppAbility, SubjectName } from './app-ability';
import { accessibleSql } from './accessible-sql';
import { SHARE_GRANTS_FIELD, shareGrantsColumn } from './share-grants-sql';

/**
 * Restricts `qb` to the rows of its main entity that `ability` allows `action` on: the one
 * place where authorization becomes SQL for lists, lookups and loaders. Returns false when
 * nothing is allowed; the caller then answers empty without running the query.
 */
export function whereAccessible<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ability: AppAbility,
  action: Action,
  subjectType: SubjectName,
  field?: string,
): boolean {
  const mainAlias = qb.expressionMap.mainAlias!;
  const metadata = mainAlias.metadata;
  const predicate = accessibleSql(ability, action, subjectType, (field) => {
    if (field === SHARE_GRANTS_FIELD) return shareGrantsColumn(qb.escape(mainAlias.name));
    const column = metadata.findColumnWithPropertyPath(field);
    if (!column) throw new Error(`whereAccessible: ${metadata.name} has no column for rule field "${field}"`);
    return { sql: `${qb.escape(mainAlias.name)}.${qb.escape(column.databaseName)}`, array: column.isArray };
  }, field);
  if (!predicate) return false;
  qb.andWhere(predicate.sql, predicate.params);
  return true;
}
