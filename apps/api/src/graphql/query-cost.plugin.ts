// The ESM typings: the ones @nestjs/apollo (an ES module) checks plugins against.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { DocumentNode, Kind, visit } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/core';
import { limitError } from './query-limits';

/**
 * Every field costs 1; a field with a `first` argument (a page) multiplies the cost of its
 * selection by `first` (the default page size when omitted). A `first` outside 1..100 is
 * counted as 100 and then refused by the page itself with its own message.
 */
const pageAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? Math.min(Math.max(Math.trunc(args.first), 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return 1 + first * childComplexity;
};

/** Whether variables can change the cost: one sets some `first`, or an @include/@skip. */
function costDependsOnVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) found = true;
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
              cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators: [pageAwareEstimator] });
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
