import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { Public } from '@app/auth';
import { Metrics } from './metrics';

export const METRICS_TOKEN = Symbol('METRICS_TOKEN');

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The Prometheus exposition, for `Authorization: Bearer <METRICS_TOKEN>` only (no session, no API key, no rate limit). */
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer;

  constructor(
    private readonly metrics: Metrics,
    @Inject(METRICS_TOKEN) token: string,
  ) {
    this.token = digest(token);
  }

  @Public()
  @SkipThrottle()
  @Get()
  async exposition(@Req() request: Request, @Res() response: Response): Promise<void> {
    const presented = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    // compared as digests: equal lengths, and nothing to learn from the time taken
    if (!presented || !timingSafeEqual(digest(presented), this.token)) {
      response
        .status(401)
        .setHeader('www-authenticate', 'Bearer')
        .json({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Bearer METRICS_TOKEN required' });
      return;
    }
    response.setHeader('content-type', this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }
}
