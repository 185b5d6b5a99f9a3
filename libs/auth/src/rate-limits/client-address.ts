import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { httpRequestOf } from '../context/request-context.decorator';

/** The HTTP request's client address (IPv6 by /64, as the throttler counts it). */
export function clientAddressOf(req: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return normalizeIp(req.ip ?? req.socket?.remoteAddress ?? 'unknown');
}

/** The client address, for services that limit per address (login). */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  clientAddressOf(httpRequestOf(context) as unknown as { ip?: string }),
);
