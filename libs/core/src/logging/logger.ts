import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** PostgreSQL's data exceptions (class 22) quote the offending value in their message. */
const DATA_EXCEPTION = /^22/;
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/**
 * An error as the log shows it: type, message, stack, SQLSTATE and cause. Never a failed
 * statement's bound parameters (TypeORM's QueryFailedError carries them), PostgreSQL's
 * `detail` and `where` (which quote row values), nor the values quoted in a data exception.
 */
export function errorForLog(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const sqlState = typeof code === 'string' ? code : undefined;
  const message =
    sqlState && DATA_EXCEPTION.test(sqlState) ? error.message.replace(QUOTED, '"[redacted]"') : error.message;
  const stack = error.stack?.replace(error.message, message);
  const cause = (error as { cause?: unknown }).cause;
  return {
    type: error.constructor.name,
    message,
    stack,
    ...(sqlState ? { code: sqlState } : {}),
    ...(cause !== undefined && depth < 3 ? { cause: errorForLog(cause, depth + 1) } : {}),
  };
}

/** Structured JSON logs on stdout, one object a line; `bindings` are added to every line (a worker's id). */
export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'frontera-api', ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: errorForLog },
    // A second line of defence: the request log never writes headers or bodies in the first place.
    redact: {
      paths: [
        'password',
        '*.password',
        'accessToken',
        '*.accessToken',
        'refreshToken',
        '*.refreshToken',
        'token',
        '*.token',
        'secret',
        '*.secret',
        'tipster',
        '*.tipster',
        'authorization',
        '*.authorization',
        '*.headers.authorization',
        '*.headers["x-api-key"]',
        '*.headers.cookie',
        'variables',
        '*.variables',
        'parameters',
        '*.parameters',
      ],
      censor: '[redacted]',
    },
  });
}

export const LOGGER = Symbol('LOGGER');

/** Prefix of SQL run by background work (not by any request), so logs can tell it apart. */
export const BACKGROUND_SQL = '/* background */';
