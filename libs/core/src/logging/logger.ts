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
