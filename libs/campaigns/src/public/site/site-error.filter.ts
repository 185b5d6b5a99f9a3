import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, ErrorCode, Logger, LOGGER } from '@app/core';
import { problemPage, SiteProblem } from './site-pages';
import { preparePage } from './site-response';
import { siteLanguage } from './site-text';

const PROBLEMS: Partial<Record<ErrorCode, [number, SiteProblem]>> = {
  [ErrorCode.NOT_FOUND]: [404, 'notFound'],
  [ErrorCode.RATE_LIMITED]: [429, 'rateLimited'],
  [ErrorCode.FORBIDDEN]: [403, 'refused'],
  [ErrorCode.BAD_USER_INPUT]: [400, 'unreadable'],
};

/** Whatever goes wrong on the public site is a page in the visitor's language, never JSON or a stack trace. */
@Catch()
export class SiteErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    let [status, problem]: [number, SiteProblem] = [500, 'failed'];
    if (error instanceof AppError) [status, problem] = PROBLEMS[error.code] ?? [status, problem];
    else if (error instanceof HttpException && error.getStatus() < 500)
      [status, problem] = [error.getStatus(), error.getStatus() === 404 ? 'notFound' : 'unreadable'];
    if (status === 500) this.logger.error({ err: error, path: req.path }, 'public site page failed');
    res.send(preparePage(res, status, problemPage(siteLanguage(req.query.lang), problem), false));
  }
}
