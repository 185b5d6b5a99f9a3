import { AnyAbility } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';

/** A ucast condition node, as `rulesToAST` builds it. */
interface ConditionNode {
  operator: string;
  field?: string;
  value: unknown;
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
 * maps a rule's field to a column expression. Returns null when nothing is allowed, so the
 * caller can answer an empty list without asking the database. An operator it does not know
 * throws: skipping a condition could only widen what a viewer sees.
 */
export function accessibleSql(
  ability: AnyAbility,
  action: string,
  subjectType: string,
  columnOf: (field: string) => string,
): SqlPredicate | null {
  const ast = rulesToAST(ability, action, subjectType) as ConditionNode | null;
  if (!ast) return null;
  const params: Record<string, unknown> = {};
  const param = (value: unknown): string => {
    parameterSequence = (parameterSequence + 1) % Number.MAX_SAFE_INTEGER;
    const name = `casl_${parameterSequence}`;
    params[name] = value;
    return `:${name}`;
  };

  const toSql = (node: ConditionNode): string => {
    switch (node.operator) {
      case 'and':
      case 'or': {
        const parts = (node.value as ConditionNode[]).map(toSql);
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
        const list = `(:...${param(values).slice(1)})`;
        return `${columnOf(node.field!)} ${node.operator === 'in' ? 'IN' : 'NOT IN'} ${list}`;
      }
      case 'eq':
      case 'ne':
        if (node.value === null) return `${columnOf(node.field!)} IS ${node.operator === 'eq' ? '' : 'NOT '}NULL`;
        return `${columnOf(node.field!)} ${COMPARISONS[node.operator]} ${param(node.value)}`;
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        return `${columnOf(node.field!)} ${COMPARISONS[node.operator]} ${param(node.value)}`;
      default:
        throw new Error(`accessibleSql: unsupported rule operator "${node.operator}"`);
    }
  };

  return { sql: toSql(ast), params };
}
