import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig, Logger } from '@app/core';
import { bodyErrors } from './body-errors.middleware';
import { requestLogging } from './request-logging.middleware';

/**
 * Everything in front of GraphQL, in order: the request log (so even refused requests are
 * logged), security headers, CORS, the JSON body parser with its size limit, and clean JSON
 * answers for bodies that cannot be read.
 */
export function applyHttpHardening(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(
    helmet({
      // An API serves JSON only; development relaxes it so the Apollo sandbox page can load its scripts.
      contentSecurityPolicy: config.nodeEnv === 'production' ? { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Unset CORS_ORIGINS: no Access-Control-* headers at all, so browsers refuse cross-origin calls.
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
  app.useBodyParser('json', { limit: config.limits.maxBodyBytes });
  app.use(bodyErrors(logger, config.limits.maxBodyBytes));
}
