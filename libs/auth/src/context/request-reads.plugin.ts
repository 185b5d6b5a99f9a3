import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { REQUEST_CONTEXT_KEY, RequestWithContext } from './request-context.decorator';
import { endRequestReads } from './request-context.factory';

/**
 * Ends a GraphQL request's reads (commit, connection back to the pool) before its answer leaves:
 * what a request wrote outside a transaction (a login's session) is in before the client can use it.
 */
@Plugin()
export class RequestReadsPlugin implements ApolloServerPlugin<{ req: RequestWithContext }> {
  async requestDidStart(): Promise<GraphQLRequestListener<{ req: RequestWithContext }>> {
    return {
      willSendResponse: async ({ contextValue }) => {
        const ctx = contextValue.req[REQUEST_CONTEXT_KEY];
        if (ctx) await endRequestReads(ctx);
      },
    };
  }
}
