import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** A hostname's addresses (dns.promises.lookup with `all: true`). */
export type WebhookResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: WebhookResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

function ranges(name: string, ipv4: [string, number][], ipv6: [string, number][]): [string, BlockList] {
  const list = new BlockList();
  for (const [network, prefix] of ipv4) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of ipv6) list.addSubnet(network, prefix, 'ipv6');
  return [name, list];
}

const LOOPBACK = 'loopback';

/**
 * Addresses a webhook must never reach: the API's own host, the private networks around it and
 * the cloud metadata service. A BlockList's IPv4 ranges also match the IPv4-mapped IPv6 forms
 * (`::ffff:10.0.0.5`).
 */
const INTERNAL: [string, BlockList][] = [
  ranges(LOOPBACK, [['127.0.0.0', 8]], [['::1', 128]]),
  ranges('unspecified', [['0.0.0.0', 8]], [['::', 128]]),
  ranges(
    'private',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
    ],
    [['fc00::', 7]],
  ),
  ranges(
    'link-local',
    [['169.254.0.0', 16]],
    [
      ['fe80::', 10],
      ['fec0::', 10],
    ],
  ),
  ranges('carrier-grade NAT', [['100.64.0.0', 10]], []),
  ranges('multicast', [['224.0.0.0', 4]], [['ff00::', 8]]),
  ranges('reserved', [['240.0.0.0', 4]], []),
];

/** The internal range an IP address is in (`private`, `loopback`, ...), or null for a public one. */
export function internalRangeOf(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return INTERNAL.find(([, list]) => list.check(address, type))?.[0] ?? null;
}

/** The internal range that keeps a webhook from this address, or null. Loopback is allowed outside production (local test receivers). */
export function refusedRangeOf(address: string, production: boolean): string | null {
  const range = internalRangeOf(address);
  return range === null || (range === LOOPBACK && !production) ? null : range;
}

/** `a private address`, `an unspecified address`. */
function anAddress(range: string): string {
  return `${/^[aeiou]/.test(range) ? 'an' : 'a'} ${range} address`;
}

/** A URL's host without IPv6 brackets or a trailing dot, lower case. */
function hostOf(url: URL): string {
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

/**
 * At registration: why this URL's host may never receive webhooks (an IP literal in an internal
 * range, or `localhost` in production), or null. A hostname is checked again at every delivery,
 * against what it resolves to then.
 */
export function refusedWebhookHost(url: URL, production: boolean): string | null {
  const host = hostOf(url);
  if (isIP(host)) {
    const range = refusedRangeOf(host, production);
    return range && `${host} is ${anAddress(range)}`;
  }
  if (production && (host === 'localhost' || host.endsWith('.localhost'))) return `${host} is a loopback name`;
  return null;
}

/**
 * At delivery: the addresses to connect to (every one the host resolves to, each allowed), or why
 * none may be used. An IP literal is its own address; a name that resolves to any internal
 * address is refused as a whole, whatever else it resolves to.
 */
export async function webhookAddresses(
  url: URL,
  production: boolean,
  resolve: WebhookResolver,
): Promise<{ addresses: { address: string; family: number }[] } | { refused: string }> {
  const host = hostOf(url);
  const family = isIP(host);
  const addresses = family ? [{ address: host, family }] : await resolve(host);
  if (addresses.length === 0) return { refused: `${host} resolves to no address` };
  for (const { address } of addresses) {
    const range = refusedRangeOf(address, production);
    if (range)
      return {
        refused: family ? `${host} is ${anAddress(range)}` : `${host} resolves to ${address}, ${anAddress(range)}`,
      };
  }
  return { addresses };
}
