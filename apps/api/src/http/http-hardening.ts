import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { anonymousRequestBudget, RateLimitStore } from '@app/auth';
import { AppConfig, ErrorCode, Logger } from '@app/core';
import { bodyErrors } from './body-errors.middleware';
import { operationLimit } from './operation-limit.middleware';
import { requestLogging } from './request-logging.middleware';
import { requestScopeOf } from './request-scope';

/**
 * Everything in front of GraphQL, in order: the proxies trusted to name the client
 * (TRUST_PROXY), the request log (so even refused requests are logged), security headers,
 * CORS, the budget of requests without credentials (before their bodies are read), the JSON
 * body parser with its size limit, clean JSON answers for bodies that cannot be read, and the
 * count of operations in a document (before GraphQL parses it).
 */
export function applyHttpHardening(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.disable('x-powered-by');
  // req.ip (every per-address limit) is the peer, or the client a trusted proxy names in X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogging(logger));
  app.use(
    helmet({
      // An API serves JSON only; development relaxes it so the Apollo sandbox page can load its scripts.
      contentSecurityPolicy:
        config.nodeEnv === 'production'
          ? { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }
          : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Unset CORS_ORIGINS: no Access-Control-* headers at all, so browsers refuse cross-origin calls.
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'x-request-id',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
  app.use(
    '/graphql',
    anonymousRequestBudget(app.get(RateLimitStore), config.anonymousRateLimitPerMinute, (req) => {
      const scope = requestScopeOf(req);
      if (scope) scope.errorCodes = [ErrorCode.RATE_LIMITED];
    }),
  );
  app.useBodyParser('json', { limit: config.limits.maxBodyBytes });
  app.use(bodyErrors(logger, config.limits.maxBodyBytes));
  app.use('/graphql', operationLimit(config.limits));
}
