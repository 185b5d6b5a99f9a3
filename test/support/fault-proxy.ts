import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';

/** What the proxy does to one request: forward it, or instead refuse, hold or fail it. */
export type Fault = 'forward' | { rateLimitedFor: number } | 'hang' | 'http500';

export interface FaultProxy {
  /** The proxy's GraphQL endpoint. */
  url: string;
  /** Requests received so far, faulted ones included. */
  received: number;
  /** The next requests get these, one each, in order; the ones after are forwarded. */
  inject(...faults: Fault[]): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A loopback proxy in front of a test app's /graphql that forwards every request unchanged,
 * except those given a fault: refused as RATE_LIMITED (as the API refuses them), held without
 * an answer, or answered 500.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults: Fault[] = [];
  const proxy: FaultProxy = {
    url: '',
    received: 0,
    inject: (...more) => void faults.push(...more),
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
  const server = createServer((request, response) => {
    proxy.received += 1;
    const fault = faults.shift();
    void bodyOf(request).then(async (body) => {
      if (fault === 'hang') return;
      if (fault === 'http500') return void response.writeHead(500).end();
      if (fault && fault !== 'forward') {
        const answer = {
          errors: [
            {
              message: 'Too many requests: slow down',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: fault.rateLimitedFor },
            },
          ],
        };
        return void response
          .writeHead(200, { 'content-type': 'application/json', 'retry-after': String(fault.rateLimitedFor) })
          .end(JSON.stringify(answer));
      }
      const headers = Object.fromEntries(
        ['content-type', 'x-api-key', 'authorization'].flatMap((name) =>
          request.headers[name] ? [[name, String(request.headers[name])]] : [],
        ),
      );
      const forwarded = await fetch(target, { method: 'POST', headers, body });
      response
        .writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' })
        .end(Buffer.from(await forwarded.arrayBuffer()));
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return proxy;
}
