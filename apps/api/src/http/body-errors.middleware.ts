import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { ErrorCode, Logger } from '@app/core';
import { requestScopeOf } from './request-scope';

interface HttpError extends Error {
  status?: number;
  type?: string;
}

/**
 * Errors raised before GraphQL runs (body parsing, size limit) answered in the GraphQL error
 * shape as JSON: never Express's HTML page or a stack trace.
 */
export function bodyErrors(logger: Logger, maxBodyBytes: number) {
  return (error: HttpError, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === 'number' ? error.status : 500;
    let body: { message: string; extensions: Record<string, unknown> };
    if (error.type === 'entity.too.large') {
      body = {
        message: `Request body is larger than the limit of ${maxBodyBytes} bytes`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'PAYLOAD_TOO_LARGE', limit: 'bodySize' },
      };
    } else if (error.type === 'entity.parse.failed') {
      body = {
        message: 'Request body is not valid JSON',
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_JSON' },
      };
    } else if (status >= 400 && status < 500) {
      body = {
        message: 'Request could not be read',
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: error.type ?? 'BAD_REQUEST' },
      };
    } else {
      const correlationId = randomUUID();
      logger.error(
        { err: error, correlationId, requestId: requestScopeOf(req)?.requestId },
        'unhandled error before GraphQL',
      );
      res.status(500).json({
        errors: [
          { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId } },
        ],
      });
      return;
    }
    res.status(status).json({ errors: [body] });
  };
}
