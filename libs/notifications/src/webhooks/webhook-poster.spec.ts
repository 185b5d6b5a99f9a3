import { once } from 'node:events';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookResolver } from './webhook-address';
import { WebhookPoster } from './webhook-poster';

/** Names under .test never resolve in real DNS: a POST that arrives went to the address the resolver gave. */
describe('WebhookPoster', () => {
  let receiver: Server;
  let port: number;
  const received: { headers: IncomingHttpHeaders; body: string; url: string }[] = [];
  let answer = 204;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body, url: req.url ?? '' });
        res.writeHead(answer, answer === 302 ? { location: 'http://10.0.0.5/' } : {}).end();
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => receiver.close(() => done())));
  beforeEach(() => {
    received.length = 0;
    answer = 204;
  });

  /** Answers `first` to the first lookup and `later` to every one after it (DNS rebinding). */
  function rebinding(first: string[], later: string[]): WebhookResolver & { calls: number } {
    const resolver = Object.assign(
      (hostname: string) => {
        const addresses = resolver.calls++ === 0 ? first : later;
        return Promise.resolve(
          hostname.endsWith('.frontera.test') ? addresses.map((address) => ({ address, family: 4 })) : [],
        );
      },
      { calls: 0 },
    );
    return resolver;
  }

  it('connects to the address it checked, never resolving again (a rebinding answer is not used)', async () => {
    const resolver = rebinding(['127.0.0.1'], ['10.0.0.5']);
    const poster = new WebhookPoster(false, resolver);
    const outcome = await poster.post(
      `http://receiver.frontera.test:${port}/hook?x=1`,
      { 'content-type': 'application/json' },
      '{"a":1}',
    );
    expect(outcome).toEqual({ status: 204 });
    expect(resolver.calls).toBe(1);
    expect(received).toEqual([
      {
        headers: expect.objectContaining({ host: `receiver.frontera.test:${port}`, 'content-length': '7' }),
        body: '{"a":1}',
        url: '/hook?x=1',
      },
    ]);
    // the next delivery checks again, and the new answer is refused
    expect(await poster.post(`http://receiver.frontera.test:${port}/hook`, {}, '{}')).toEqual({
      refused: 'receiver.frontera.test resolves to 10.0.0.5, a private address',
    });
    expect(received).toHaveLength(1);
  });

  it('refuses without connecting when any address is internal, and loopback in production', async () => {
    const mixed = new WebhookPoster(false, rebinding(['127.0.0.1', '169.254.169.254'], []));
    expect(await mixed.post(`http://both.frontera.test:${port}/hook`, {}, '{}')).toEqual({
      refused: 'both.frontera.test resolves to 169.254.169.254, a link-local address',
    });
    const production = new WebhookPoster(true, rebinding(['127.0.0.1'], []));
    expect(await production.post(`http://receiver.frontera.test:${port}/hook`, {}, '{}')).toEqual({
      refused: 'receiver.frontera.test resolves to 127.0.0.1, a loopback address',
    });
    expect(await production.post(`http://127.0.0.1:${port}/hook`, {}, '{}')).toEqual({
      refused: '127.0.0.1 is a loopback address',
    });
    expect(received).toEqual([]);
  });

  it('answers a redirect as its status, without following it', async () => {
    answer = 302;
    const poster = new WebhookPoster(false, rebinding(['127.0.0.1'], ['127.0.0.1']));
    expect(await poster.post(`http://receiver.frontera.test:${port}/hook`, {}, '{}')).toEqual({ status: 302 });
    expect(received).toHaveLength(1);
  });
});
