import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { skipsVisibility } from '@app/core';
import { Action, AppAbility, SubjectName } from './app-ability';
import { accessibleSql, SqlPredicate } from './accessible-sql';
import { SHARE_GRANTS_FIELD, shareGrantsColumn } from './share-grants-sql';

/**
 * Predicates already built from an ability, which is immutable and reused across requests
 * (AuthStateCache): every query of the same kind by the same actor would build the same SQL.
 * Parameter names stay unique per predicate, so two of them combine in one query.
 */
const builtPredicates = new WeakMap<AppAbility, Map<string, SqlPredicate | null>>();

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
  let built = builtPredicates.get(ability);
  if (!built) builtPredicates.set(ability, (built = new Map()));
  const key = `${action}\0${subjectType}\0${field ?? ''}\0${metadata.name}\0${mainAlias.name}`;
  let predicate = built.get(key);
  if (predicate === undefined) {
    predicate = accessibleSql(ability, action, subjectType, (ruleField) => {
      if (ruleField === SHARE_GRANTS_FIELD) return shareGrantsColumn(qb.escape(mainAlias.name));
      const column = metadata.findColumnWithPropertyPath(ruleField);
      if (!column) throw new Error(`whereAccessible: ${metadata.name} has no column for rule field "${ruleField}"`);
      return { sql: `${qb.escape(mainAlias.name)}.${qb.escape(column.databaseName)}`, array: column.isArray };
    }, field);
    built.set(key, predicate);
  }
  if (!predicate) return false;
  // Test-only (never in production): the row-level-security spec shows the database alone holds.
  if (skipsVisibility(`${action}:${subjectType}`)) return true;
  qb.andWhere(predicate.sql, predicate.params);
  return true;
}
