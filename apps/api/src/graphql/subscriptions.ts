import { IncomingMessage } from 'node:http';

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
 * A connection without a bearer token is refused at once (graphql-ws closes it 4403 Forbidden);
 * the token itself is checked, like any request's, when a subscription starts (the guards).
 */
export function wsConnectionHasToken(ctx: Pick<WsContext, 'connectionParams'>): boolean {
  return bearerOf(ctx.connectionParams) !== null;
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
