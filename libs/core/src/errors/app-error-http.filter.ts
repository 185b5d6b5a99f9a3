import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from './app-error';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * AppErrors of plain HTTP routes (posters), guards' included: the status that matches the
 * code, and the same `code` and message GraphQL clients get in `extensions`.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): void {
    const status = STATUS[error.code];
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(status)
      .json({ statusCode: status, code: error.code, message: error.message, ...error.details });
  }
}
