import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs on stdout. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'frontera-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A second line of defence: the request log never writes headers or bodies in the first place.
    redact: {
      paths: [
        'password', '*.password', 'accessToken', '*.accessToken', 'refreshToken', '*.refreshToken', 'token', '*.token',
        'secret', '*.secret', 'tipster', '*.tipster', 'authorization', '*.authorization', '*.headers.authorization',
        '*.headers["x-api-key"]', '*.headers.cookie', 'variables', '*.variables',
      ],
      censor: '[redacted]',
    },
  });
}

export const LOGGER = Symbol('LOGGER');

/** Prefix of SQL run by background work (not by any request), so logs can tell it apart. */
export const BACKGROUND_SQL = '/* background */';
