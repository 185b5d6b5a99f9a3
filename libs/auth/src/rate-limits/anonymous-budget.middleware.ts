import { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@app/core';
import { clientAddressOf } from './client-address';
import { RateLimitStore } from './rate-limit-store';

const MINUTE_MS = 60_000;

/**
 * GraphQL requests that carry no credentials (no `authorization`, no `x-api-key`) count
 * against their client address before the body is even parsed: an anonymous client gets at
 * most `limitPerMinute` parses and validations a minute, however it fills its documents.
 * Over it: 429 RATE_LIMITED with Retry-After, in the GraphQL error shape.
 */
export function anonymousRequestBudget(
  store: RateLimitStore,
  limitPerMinute: number,
  onRefused?: (req: Request) => void,
) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'OPTIONS' || req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined)
      return next();
    store
      .increment(`anonymous:${clientAddressOf(req)}`, MINUTE_MS, limitPerMinute, MINUTE_MS, 'anonymous')
      .then((record) => {
        if (!record.isBlocked) return next();
        onRefused?.(req);
        const retryAfterSeconds = Math.max(1, record.timeToBlockExpire);
        res.setHeader('Retry-After', String(retryAfterSeconds));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests without credentials: at most ${limitPerMinute} a minute`,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
            },
          ],
        });
      }, next);
  };
}
