import { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { skipsVisibility } from '@app/core';
import { Action, AppAbility, SubjectName } from './app-ability';
import { accessibleSql, SqlPredicate } from './accessible-sql';
import { virtualRuleField } from './authorization-extensions';

/**
 * Predicates already built from an ability, which is immutable and reused across requests
 * (AuthStateCache): every query of the same kind by the same actor would build the same SQL.
 * Parameter names stay unique per predicate, so two of them combine in one query.
 */
const builtPredicates = new WeakMap<AppAbility, Map<string, SqlPredicate | null>>();

/**
 * The rows of `metadata`'s entity, aliased `alias` in `qb`, that `ability` allows `action`
 * on (with `field`: whose `field` it allows), as a predicate; null when nothing is allowed.
 */
export function accessiblePredicate<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ability: AppAbility,
  action: Action,
  subjectType: SubjectName,
  on: { alias: string; metadata: EntityMetadata; field?: string },
): SqlPredicate | null {
  const { alias, metadata, field } = on;
  let built = builtPredicates.get(ability);
  if (!built) builtPredicates.set(ability, (built = new Map()));
  const key = `${action}\0${subjectType}\0${field ?? ''}\0${metadata.name}\0${alias}`;
  let predicate = built.get(key);
  if (predicate === undefined) {
    const recordSql = qb.escape(alias);
    predicate = accessibleSql(
      ability,
      action,
      subjectType,
      (ruleField) => {
        const virtual = virtualRuleField(ruleField);
        if (virtual) return virtual.column(recordSql);
        const column = metadata.findColumnWithPropertyPath(ruleField);
        if (!column)
          throw new Error(`accessiblePredicate: ${metadata.name} has no column for rule field "${ruleField}"`);
        return { sql: `${recordSql}.${qb.escape(column.databaseName)}`, array: column.isArray };
      },
      field,
    );
    built.set(key, predicate);
  }
  return predicate;
}

/**
 * Restricts `qb` to the rows of its main entity that `ability` allows `action` on: the one
 * place where authorization becomes SQL for lists, lookups and loaders. When nothing is
 * allowed the query gets `FALSE`: it can never read a row it was not allowed, whatever the
 * caller does next. Returns whether anything is allowed, so a caller may skip the query.
 */
export function whereAccessible<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ability: AppAbility,
  action: Action,
  subjectType: SubjectName,
  field?: string,
): boolean {
  const mainAlias = qb.expressionMap.mainAlias!;
  const predicate = accessiblePredicate(qb, ability, action, subjectType, {
    alias: mainAlias.name,
    metadata: mainAlias.metadata,
    field,
  });
  if (!predicate) {
    qb.andWhere('FALSE');
    return false;
  }
  // Test-only (never in production): the row-level-security and property specs show what then leaks or holds.
  if (skipsVisibility(`${action}:${subjectType}`)) return true;
  qb.andWhere(predicate.sql, predicate.params);
  return true;
}
