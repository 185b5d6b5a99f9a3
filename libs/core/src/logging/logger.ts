import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs on stdout. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'frontera-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'accessToken', '*.accessToken', 'secret', '*.secret', 'tipster', '*.tipster'], censor: '[redacted]' },
  });
}

export const LOGGER = Symbol('LOGGER');

/** Prefix of SQL run by background work (not by any request), so logs can tell it apart. */
export const BACKGROUND_SQL = '/* background */';
