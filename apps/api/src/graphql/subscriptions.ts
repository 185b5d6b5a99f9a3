import { IncomingMessage } from 'node:http';
import { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';

/** What graphql-ws hands the context function and onConnect (its Context, with the ws server's `extra`). */
interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: unknown;
}

function bearerOf(params: WsContext['connectionParams']): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' && /^Bearer \S+$/.test(value) ? value : null;
}

/**
 * graphql-ws on /graphql. A connection without a bearer token is refused at once (closed 4403
 * Forbidden); the token itself is checked, like any request's, when a subscription starts (the
 * guards). Errors get the same `extensions.code` as over HTTP (`format`, Apollo's formatError).
 */
export function graphqlWsOptions(format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return {
    path: '/graphql',
    onConnect: (ctx: Pick<WsContext, 'connectionParams'>) => bearerOf(ctx.connectionParams) !== null,
    onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: ExecutionResult) =>
      result.errors
        ? ({
            ...result,
            errors: result.errors.map((error: GraphQLError) => format(error.toJSON(), error)),
          } as unknown as ExecutionResult)
        : result,
  };
}

/**
 * The GraphQL context: over HTTP, `{ req }`; over graphql-ws, a request per subscription that
 * carries the connection's `authorization` as its header (so the same guards authenticate it)
 * and the socket's address (rate limits), and nothing else of the upgrade request.
 */
export function subscriptionContext(input: { req?: unknown } & WsContext): { req: unknown } {
  if (input.req) return { req: input.req };
  const authorization = bearerOf(input.connectionParams);
  const upgrade = (input.extra as { request?: IncomingMessage } | undefined)?.request;
  return { req: { headers: authorization ? { authorization } : {}, socket: upgrade?.socket } };
}
