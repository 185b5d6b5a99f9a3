import { IncomingHttpHeaders, request } from 'node:http';
import { GqlResult } from './test-app';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * An HTTP request to the app sent from `localAddress`, any address of the loopback range
 * (127.0.0.0/8): the app counts public rate limits per client address, and this is how a
 * test plays several members of the public.
 */
export function httpFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export type PublicClient = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;

/**
 * A GraphQL POST from `localAddress` on a connection of its own (`connection: close`: a cluster's
 * primary hands each new connection to the next worker), with extra `headers`.
 */

export async function gqlFrom<T = any>(
  localAddress: string,
  appUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; result: GqlResult<T> }> {
  const answer = await httpFrom(localAddress, `${appUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: answer.status, result: JSON.parse(answer.body.toString('utf8')) as GqlResult<T> };
}

/** A GraphQL client without a login, calling from `localAddress`. */
export function publicClientFrom(appUrl: string, localAddress: string): PublicClient {
  return async (query, variables = {}) => (await gqlFrom(localAddress, appUrl, query, variables)).result;
}
