import { AppError, ErrorCode } from '@app/core';

/** RATE_LIMITED with the retry hint clients use: `extensions.retryAfterSeconds`. */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds: Math.max(1, retryAfterSeconds) });
}
