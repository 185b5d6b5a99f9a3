import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode, RequestLimits } from '@app/core';

export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'cost' | 'bodySize' | 'tokens' | 'operations';

/** A refused request: BAD_USER_INPUT naming the limit (the formatter keeps `limit`). */
export function limitError(limit: LimitName, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, limit, http: { status: 400 } } });
}

/** Reports an armor rejection with our message and `limit` instead of throwing out of validation. */
function armorOptions(limit: LimitName, n: number, describe: (found: string) => string) {
  return {
    n,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1] ?? 'more';
        context?.reportError(limitError(limit, describe(found)));
      },
    ],
  };
}

/** Root fields of each operation, fragments at the root included; `__typename` is free. */
function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number =>
      selectionSet.selections.reduce((total, selection) => {
        if (selection.kind === Kind.FIELD) return total + (selection.name.value === '__typename' ? 0 : 1);
        if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, seen);
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || seen.has(name)) return total;
        seen.add(name);
        return total + count(fragment.selectionSet, seen);
      }, 0);
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet, new Set());
        if (found > max)
          context.reportError(limitError('rootFields', `Query root field limit of ${max} exceeded, found ${found}.`));
      },
    };
  };
}

/** The validation rules that bound the shape of a document (the cost needs variables: see the cost plugin). */
export function queryLimitRules(limits: RequestLimits): ValidationRule[] {
  return [
    // flattened: fields count, a fragment spread adds no level (unflattened, each spread counted as two,
    // and the typed client's nested fragments, RecordFields inside SuspectFields, passed the limit)
    maxDepthRule({
      ...armorOptions(
        'depth',
        limits.maxDepth,
        (found) => `Query depth limit of ${limits.maxDepth} exceeded, found ${found}.`,
      ),
      flattenFragments: true,
    }),
    maxAliasesRule(
      armorOptions(
        'aliases',
        limits.maxAliases,
        (found) => `Query alias limit of ${limits.maxAliases} exceeded, found ${found}.`,
      ),
    ),
    maxRootFieldsRule(limits.maxRootFields),
  ];
}
