import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { Metrics } from './metrics';

/** Counts the 429 answers of plain HTTP routes (posters): GraphQL's refusals are 200s with an error, counted by its plugin. */
@Injectable()
export class RateLimitRefusalsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    response.once('finish', () => {
      // the route's pattern (`/posters/:slug/:file`), never the path itself: bounded label values
      if (response.statusCode === 429)
        this.metrics.refused(
          `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? '(unrouted)'}`,
        );
    });
    next();
  }
}
