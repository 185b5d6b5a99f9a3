import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { REQUEST_CONTEXT_KEY, RequestWithContext } from './request-context.decorator';
import { endRequestReads } from './request-context.factory';

/**
 * Ends a GraphQL request's reads (connection back to the pool, after its last statement) before
 * its answer leaves, so that no statement of a finished request is still under way on it.
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
