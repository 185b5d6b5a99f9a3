import { NextFunction, Request, Response } from 'express';
import { ErrorCode, RequestLimits } from '@app/core';
import { countOperations } from '../graphql/operation-count';
import { requestScopeOf } from './request-scope';

/**
 * Refuses a document with more than GRAPHQL_MAX_OPERATIONS operations before GraphQL parses
 * or validates it: a request runs one operation, and validating thousands of others (30,000
 * in an 830 KB document) is work no answer needs.
 */
export function operationLimit(limits: Pick<RequestLimits, 'maxOperations' | 'maxTokens'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const query = req.method === 'GET' ? req.query.query : body?.query;
    if (typeof query !== 'string') return next();
    const operations = countOperations(query, limits.maxTokens);
    if (operations <= limits.maxOperations) return next();
    const scope = requestScopeOf(req);
    if (scope) scope.errorCodes = [ErrorCode.BAD_USER_INPUT];
    res.status(400).json({
      errors: [
        {
          message: `Operations per document limit of ${limits.maxOperations} exceeded, found ${operations}.`,
          extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'operations' },
        },
      ],
    });
  };
}
