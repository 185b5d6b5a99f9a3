import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';
import { BACKGROUND_SQL, Logger } from '@app/core';

/** Sees every statement with its parameters (the query-plan CLI explains them); never logs them. */
export type SqlObserver = (sql: string, parameters: unknown[]) => void;

/** TypeORM's SQL log into the structured log: each query at `debug`, failures at `warn`. */
export class QueryLogger extends AbstractLogger {
  constructor(
    private readonly logger: Logger,
    private readonly observer?: SqlObserver,
  ) {
    super(['query', 'error']);
  }

  protected override writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    for (const entry of Array.isArray(message) ? message : [message]) {
      if (entry.type === 'query') this.observer?.(String(entry.message), (entry.parameters as unknown[] | undefined) ?? []);
      if (entry.type === 'query' && this.logger.isLevelEnabled('debug')) {
        const sql = String(entry.message);
        this.logger.debug({ sql }, sql.startsWith(BACKGROUND_SQL) ? 'background sql query' : 'sql query');
      } else if (entry.type === 'query-error' || entry.type === 'error' || level === 'error') {
        this.logger.warn({ sql: entry.message }, 'sql error');
      }
    }
  }
}
