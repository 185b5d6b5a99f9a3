import { LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest, OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';
import { systemResolver, WebhookResolver, webhookAddresses } from './webhook-address';

export const WEBHOOK_TIMEOUT_MS = 10_000;

/** An answer (its HTTP status), or a refusal before any connection (an internal address: final, not retried). */
export type WebhookOutcome = { status: number } | { refused: string };

/**
 * Always these addresses, whatever the name: the connection goes to what was checked, so a
 * DNS answer that changes between the check and the connect (rebinding) is never used.
 */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const usable = family === 4 || family === 6 ? addresses.filter((entry) => entry.family === family) : addresses;
    if (usable.length === 0) {
      const error: NodeJS.ErrnoException = new Error(`no checked IPv${family} address for ${hostname}`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) callback(null, usable);
    else callback(null, usable[0].address, usable[0].family);
  };
}

/**
 * POSTs one webhook body: resolves the host, refuses internal addresses (webhook-address.ts),
 * connects only to the addresses it checked, follows no redirect, gives up after 10 s.
 */
export class WebhookPoster {
  constructor(
    private readonly production: boolean,
    private readonly resolve: WebhookResolver = systemResolver,
  ) {}

  async post(url: string, headers: OutgoingHttpHeaders, body: string): Promise<WebhookOutcome> {
    const target = new URL(url);
    const checked = await webhookAddresses(target, this.production, this.resolve);
    if ('refused' in checked) return checked;
    const signal = AbortSignal.timeout(WEBHOOK_TIMEOUT_MS);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<WebhookOutcome>((resolveOutcome, reject) => {
      const outgoing = send(target, {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        // a connection of its own: no pooled socket to an address checked for an earlier delivery
        agent: false,
        lookup: pinnedLookup(checked.addresses),
        signal,
      });
      outgoing.once('response', (response) => {
        resolveOutcome({ status: response.statusCode ?? 0 });
        // the answer's body is not read
        response.destroy();
      });
      outgoing.once('error', (error) =>
        reject(signal.aborted ? new Error(`no answer within ${WEBHOOK_TIMEOUT_MS} ms`) : error),
      );
      outgoing.end(body);
    });
  }
}
