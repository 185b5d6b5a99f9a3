import { LoggerService } from '@nestjs/common';
import { Logger } from 'pino';

/** A stack trace passed as text (Nest's `error(message, stack, context)`). */
const STACK = /\n\s+at /;

/**
 * Nest's own messages (start-up, exceptions it catches, TypeORM's reconnects) into the pino
 * log: one JSON line each, an error's stack as a field, instead of Nest's coloured multi-line
 * console output. Nest's chatty `log` level (modules initialised, routes mapped) is `debug`.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    // Nest appends its context (the class name) as the last string.
    const context =
      rest.length > 0 && typeof rest[rest.length - 1] === 'string' && !STACK.test(rest[rest.length - 1] as string)
        ? (rest.pop() as string)
        : undefined;
    const stack = rest.find((part): part is string => typeof part === 'string' && STACK.test(part));
    const error = [message, ...rest].find((part): part is Error => part instanceof Error);
    const fields = { context, ...(error ? { err: error } : {}), ...(stack && !error ? { stack } : {}) };
    const text =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.logger[level](fields, text);
  }
}
