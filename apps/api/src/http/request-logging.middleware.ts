import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { REQUEST_CONTEXT_KEY, RequestWithContext } from '@app/auth';
import { Logger } from '@app/core';
import { RequestScope, setRequestScope } from './request-scope';

/** The same shape the RequestContext accepts; anything else is replaced by a fresh id. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One structured line per HTTP request: request id (x-request-id honoured or generated, and
 * echoed), actor, agency, GraphQL operation, the answer's error codes, status and duration. Never headers, query
 * strings or bodies: those carry tokens, passwords, API keys and tipsters.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    // The RequestContext reads the header, so GraphQL and the log share one id.
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const scope: RequestScope = { requestId };
    const started = process.hrtime.bigint();
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const actor = (req as unknown as RequestWithContext)[REQUEST_CONTEXT_KEY]?.actor ?? null;
      const status = res.headersSent ? res.statusCode : 499;
      const entry = {
        requestId,
        method: req.method,
        // originalUrl: mounted middleware (Apollo) rewrites req.path; the query string is dropped (GET variables).
        path: req.originalUrl.split('?')[0],
        status,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        operation: scope.operation,
        rootFields: scope.rootFields,
        errorCodes: scope.errorCodes,
        ...(actor ? { [actor.kind === 'apiKey' ? 'apiKeyId' : 'userId']: actor.id, agencyId: actor.agencyId } : {}),
      };
      if (status >= 500) logger.error(entry, 'request');
      else logger.info(entry, 'request');
    };
    res.once('finish', log);
    res.once('close', log);
    setRequestScope(req, scope);
    next();
  };
}
