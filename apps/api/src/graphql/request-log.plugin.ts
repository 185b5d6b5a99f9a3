// The ESM typings: the ones @nestjs/apollo (an ES module) checks plugins against.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Kind } from 'graphql';
import { requestScopeOf } from '../http/request-scope';

/** Gives the request log line its GraphQL operation name, root fields (names only, never arguments) and the answer's error codes. */
export const requestLogPlugin: ApolloServerPlugin<{ req: unknown }> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName, operation, contextValue }) {
        const scope = requestScopeOf(contextValue.req);
        if (!scope || !operation) return;
        scope.operation = `${operation.operation} ${operationName ?? '(anonymous)'}`;
        scope.rootFields = [
          ...new Set(operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))),
        ];
      },
      async willSendResponse({ response, contextValue }) {
        const scope = requestScopeOf(contextValue.req);
        const errors =
          response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        if (scope && errors?.length)
          scope.errorCodes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
      },
    };
  },
};
