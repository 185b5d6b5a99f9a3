import { AnyAbility } from '@casl/ability';
import { rulesToCondition } from '@casl/ability/extra';

/** A ucast condition node, as `rulesToAST` builds it. */
interface ConditionNode {
  operator: string;
  field?: string;
  value: unknown;
}

/**
 * How a rule field reads in SQL; array columns (REL TO countries) match by containment, as in
 * CASL. A virtual field (no column of its own, e.g. the grants of a record's shares) renders
 * "contains any of these values" itself through `anyOf`.
 */
export interface SqlColumn {
  sql: string;
  array: boolean;
  anyOf?: (values: unknown[], param: (value: unknown) => string) => string;
}

export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

let parameterSequence = 0;

/**
 * Turns the rules of `ability` for (action, subjectType) into one parameterized SQL predicate
 * (the role `accessibleBy` plays in @casl/prisma; CASL ships none for TypeORM). `columnOf`
 * maps a rule's field to its column. With `field`, only rows whose `field` the actor may read
 * (e.g. a name search must not match names an agreement withholds). Returns null when nothing
 * is allowed, so the caller can answer empty without asking the database. An operator it
 * does not know throws: skipping a condition could only widen what a viewer sees.
 */
export function accessibleSql(
  ability: AnyAbility,
  action: string,
  subjectType: string,
  columnOf: (field: string) => SqlColumn,
  field?: string,
): SqlPredicate | null {
  const ast = rulesToCondition<AnyAbility, ConditionNode, ConditionNode>(
    ability.rulesFor(action, subjectType, field),
    (rule) => {
      const node = (rule as unknown as { ast: ConditionNode }).ast;
      return rule.inverted ? { operator: 'not', value: [node] } : node;
    },
    {
      and: (value) => (value.length === 1 ? value[0] : { operator: 'and', value }),
      or: (value) => (value.length === 1 ? value[0] : { operator: 'or', value }),
      empty: () => ({ operator: 'and', value: [] }),
    },
  );
  if (!ast) return null;
  const params: Record<string, unknown> = {};
  const param = (value: unknown): string => {
    parameterSequence = (parameterSequence + 1) % Number.MAX_SAFE_INTEGER;
    const name = `casl_${parameterSequence}`;
    params[name] = value;
    return `:${name}`;
  };

  /**
   * Equalities on one virtual field under an OR (one rule per granted field) become a single
   * `anyOf`: one subquery, not one per rule.
   */
  const mergeVirtual = (nodes: ConditionNode[]): ConditionNode[] => {
    const merged = new Map<string, ConditionNode>();
    const rest: ConditionNode[] = [];
    for (const node of nodes) {
      const isMatch = (node.operator === 'eq' || node.operator === 'in') && node.field && columnOf(node.field).anyOf;
      if (!isMatch) {
        rest.push(node);
        continue;
      }
      const values = node.operator === 'in' ? (node.value as unknown[]) : [node.value];
      const existing = merged.get(node.field!);
      if (existing) (existing.value as unknown[]).push(...values);
      else merged.set(node.field!, { operator: 'in', field: node.field, value: [...values] });
    }
    return [...rest, ...merged.values()];
  };

  const toSql = (node: ConditionNode): string => {
    const virtual = node.field ? columnOf(node.field).anyOf : undefined;
    if (virtual) {
      if (node.operator === 'eq') return virtual([node.value], param);
      if (node.operator === 'in')
        return (node.value as unknown[]).length === 0 ? 'FALSE' : virtual(node.value as unknown[], param);
      throw new Error(`accessibleSql: unsupported operator "${node.operator}" on virtual field "${node.field}"`);
    }
    switch (node.operator) {
      case 'and':
      case 'or': {
        const children = node.value as ConditionNode[];
        const parts = (node.operator === 'or' ? mergeVirtual(children) : children).map(toSql);
        if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
        return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
      }
      case 'not': {
        const [inner] = node.value as ConditionNode[];
        return `NOT ${toSql(inner)}`;
      }
      case 'in':
      case 'nin': {
        const values = node.value as unknown[];
        if (values.length === 0) return node.operator === 'in' ? 'FALSE' : 'TRUE';
        const column = columnOf(node.field!);
        const list = `(:...${param(values).slice(1)})`;
        const matches = column.array ? `${column.sql} && ARRAY[${list.slice(1, -1)}]` : `${column.sql} IN ${list}`;
        return node.operator === 'in' ? matches : `NOT (${matches})`;
      }
      case 'eq':
      case 'ne': {
        const column = columnOf(node.field!);
        if (node.value === null) return `${column.sql} IS ${node.operator === 'eq' ? '' : 'NOT '}NULL`;
        if (column.array) return `${node.operator === 'eq' ? '' : 'NOT '}(${param(node.value)} = ANY(${column.sql}))`;
        return `${column.sql} ${COMPARISONS[node.operator]} ${param(node.value)}`;
      }
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        return `${columnOf(node.field!).sql} ${COMPARISONS[node.operator]} ${param(node.value)}`;
      default:
        throw new Error(`accessibleSql: unsupported rule operator "${node.operator}"`);
    }
  };

  return { sql: toSql(ast), params };
}
