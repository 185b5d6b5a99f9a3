import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-frontera-signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`: the receiver recomputes it
 * over the raw body and refuses a stale `t` (a replayed POST).
 */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex')}`;
}
