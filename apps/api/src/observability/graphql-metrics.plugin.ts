// The ESM typings: the ones @nestjs/apollo (an ES module) checks plugins against.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Plugin } from '@nestjs/apollo';
import { Kind, OperationDefinitionNode } from 'graphql';
import { Metrics } from './metrics';

/** The one root field an operation asks for; several: `(multiple)`, none known (it did not parse or validate): `(invalid)`. */
function rootFieldOf(operation: OperationDefinitionNode | undefined): string {
  const selections = operation?.selectionSet.selections ?? [];
  if (selections.length === 0) return '(invalid)';
  const [first] = selections;
  return selections.length === 1 && first.kind === Kind.FIELD ? first.name.value : '(multiple)';
}

/** Counts and times every GraphQL operation by root field and outcome, and its RATE_LIMITED refusals. */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    return {
      async willSendResponse({ operation, response }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const code = errors[0]?.extensions?.code;
        const outcome = errors.length === 0 ? 'ok' : typeof code === 'string' ? code : 'error';
        const rootField = rootFieldOf(operation);
        metrics.operationAnswered(
          operation?.operation ?? 'unknown',
          rootField,
          outcome,
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        if (errors.some((error) => error.extensions?.code === 'RATE_LIMITED')) metrics.refused(rootField);
      },
    };
  }
}
