// The ESM typings: the ones @nestjs/apollo (an ES module) checks plugins against.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { DocumentNode, Kind, visit } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/core';
import { limitError } from './query-limits';

/** The page size arguments: `first` forward, `last` backward. */
const PAGE_SIZE_ARGS = ['first', 'last'];

/**
 * Every field costs 1; a field with a `first` argument (a page) multiplies the cost of its
 * selection by its page size, `first` or `last` (the larger if both, the default page size when
 * neither). A size outside 1..100 is counted as 100 and then refused by the page itself with
 * its own message.
 */
const pageAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return 1 + childComplexity;
  const sizes = PAGE_SIZE_ARGS.flatMap((name) =>
    typeof args[name] === 'number' ? [Math.min(Math.max(Math.trunc(args[name]), 1), MAX_PAGE_SIZE)] : [],
  );
  return 1 + (sizes.length > 0 ? Math.max(...sizes) : DEFAULT_PAGE_SIZE) * childComplexity;
};

/** Whether variables can change the cost: one sets some `first` or `last`, or an @include/@skip. */
function costDependsOnVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (PAGE_SIZE_ARGS.includes(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
    },
    Directive(node) {
      if (node.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE)) found = true;
    },
  });
  return found;
}

/**
 * Refuses operations whose estimated cost is over `maxCost` before anything runs. Apollo keeps
 * one parsed document per query text, so the cost of one that no variable changes is computed
 * once per operation name and remembered with the document.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const fixedCosts = new WeakMap<DocumentNode, Map<string, number> | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          if (!fixedCosts.has(document)) fixedCosts.set(document, costDependsOnVariables(document) ? null : new Map());
          const fixed = fixedCosts.get(document);
          let cost = fixed?.get(operationName ?? '');
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: operationName ?? undefined,
                estimators: [pageAwareEstimator],
              });
            } catch (error) {
              // A document too large to even estimate is over the limit; bad variables are reported by execution.
              if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
                throw limitError('cost', `Query cost limit of ${maxCost} exceeded.`);
              }
              return;
            }
            fixed?.set(operationName ?? '', cost);
          }
          if (cost > maxCost) throw limitError('cost', `Query cost limit of ${maxCost} exceeded, found ${cost}.`);
        },
      };
    },
  };
}
