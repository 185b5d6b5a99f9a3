// The ESM typings: the ones @nestjs/apollo (an ES module) checks plugins against.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
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

/** Refuses operations whose estimated cost is over `maxCost` before anything runs. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators: [pageAwareEstimator] });
          } catch (error) {
            // A document too large to even estimate is over the limit; bad variables are reported by execution.
            if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
              throw limitError('cost', `Query cost limit of ${maxCost} exceeded.`);
            }
            return;
          }
          if (cost > maxCost) throw limitError('cost', `Query cost limit of ${maxCost} exceeded, found ${cost}.`);
        },
      };
    },
  };
}
