import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';
import { Logger } from '@app/core';

/** TypeORM's SQL log into the structured log: each query at `debug`, failures at `warn`. */
export class QueryLogger extends AbstractLogger {
  constructor(private readonly logger: Logger) {
    super(['query', 'error']);
  }

  protected override writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    for (const entry of Array.isArray(message) ? message : [message]) {
      if (entry.type === 'query' && this.logger.isLevelEnabled('debug')) {
        this.logger.debug({ sql: entry.message }, 'sql query');
      } else if (entry.type === 'query-error' || entry.type === 'error' || level === 'error') {
        this.logger.warn({ sql: entry.message }, 'sql error');
      }
    }
  }
}
