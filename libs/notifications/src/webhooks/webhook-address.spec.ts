import { internalRangeOf, refusedWebhookHost, webhookAddresses, WebhookResolver } from './webhook-address';

const resolverOf =
  (answers: Record<string, string[]>): WebhookResolver =>
  (hostname) =>
    Promise.resolve((answers[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));

describe('internal addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00::1', 'private'],
    ['fc00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    // IPv4-mapped IPv6, in both spellings
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:a00:5', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
  ])('%s is %s', (address, range) => {
    expect(internalRangeOf(address)).toBe(range);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(internalRangeOf(address)).toBeNull();
    },
  );
});

describe('refusedWebhookHost (registration)', () => {
  const refused = (url: string, production = true) => refusedWebhookHost(new URL(url), production);

  it('refuses IP literals in internal ranges, however the URL spells them', () => {
    expect(refused('https://10.0.0.5/hook')).toBe('10.0.0.5 is a private address');
    expect(refused('https://169.254.169.254/latest/meta-data/')).toBe('169.254.169.254 is a link-local address');
    expect(refused('https://[::ffff:10.0.0.5]/')).toBe('::ffff:a00:5 is a private address');
    expect(refused('https://[fd12:3456::1]:8443/')).toBe('fd12:3456::1 is a private address');
    expect(refused('https://100.64.1.2/')).toBe('100.64.1.2 is a carrier-grade NAT address');
    // the URL parser reads 0x0a.5 and 167772165 as 10.0.0.5; a trailing dot changes nothing
    expect(refused('https://0x0a.0.0.5/')).toBe('10.0.0.5 is a private address');
    expect(refused('https://167772165/')).toBe('10.0.0.5 is a private address');
    expect(refused('https://10.0.0.5./')).toBe('10.0.0.5 is a private address');
    expect(refused('https://10.0.0.5/', false)).toBe('10.0.0.5 is a private address');
  });

  it('refuses loopback in production only', () => {
    expect(refused('https://127.0.0.1/')).toBe('127.0.0.1 is a loopback address');
    expect(refused('https://[::1]/')).toBe('::1 is a loopback address');
    expect(refused('https://localhost/')).toBe('localhost is a loopback name');
    expect(refused('https://api.localhost./')).toBe('api.localhost is a loopback name');
    expect(refused('http://127.0.0.1:4000/hook', false)).toBeNull();
    expect(refused('http://localhost:4000/hook', false)).toBeNull();
  });

  it('leaves public addresses and names (checked again at delivery)', () => {
    expect(refused('https://hooks.example.org/frontera')).toBeNull();
    expect(refused('https://8.8.8.8/')).toBeNull();
    expect(refused('https://[2606:4700::1111]/')).toBeNull();
  });
});

describe('webhookAddresses (delivery)', () => {
  const resolve = resolverOf({
    'hooks.example.org': ['203.0.113.7', '2001:db8::7'],
    'inside.example.org': ['10.0.0.5'],
    'mixed.example.org': ['203.0.113.7', '::ffff:192.168.0.9'],
    'loop.example.org': ['127.0.0.1'],
  });
  const check = (url: string, production = true) => webhookAddresses(new URL(url), production, resolve);

  it('answers every address of a public name, and a literal as itself without resolving', async () => {
    expect(await check('https://hooks.example.org/x')).toEqual({
      addresses: [
        { address: '203.0.113.7', family: 4 },
        { address: '2001:db8::7', family: 6 },
      ],
    });
    const never: WebhookResolver = () => Promise.reject(new Error('resolved'));
    expect(await webhookAddresses(new URL('https://203.0.113.9/'), true, never)).toEqual({
      addresses: [{ address: '203.0.113.9', family: 4 }],
    });
  });

  it('refuses a name when any of its addresses is internal', async () => {
    expect(await check('https://inside.example.org/x')).toEqual({
      refused: 'inside.example.org resolves to 10.0.0.5, a private address',
    });
    expect(await check('https://mixed.example.org/x')).toEqual({
      refused: 'mixed.example.org resolves to ::ffff:192.168.0.9, a private address',
    });
    expect(await check('https://loop.example.org/x')).toEqual({
      refused: 'loop.example.org resolves to 127.0.0.1, a loopback address',
    });
    expect(await check('https://loop.example.org/x', false)).toEqual({
      addresses: [{ address: '127.0.0.1', family: 4 }],
    });
    expect(await check('https://nothing.example.org/x')).toEqual({
      refused: 'nothing.example.org resolves to no address',
    });
  });
});
