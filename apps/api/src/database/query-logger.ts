import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';
import { actingSettingsSql, BACKGROUND_SQL, Logger } from '@app/core';

/**
 * Sees every statement with its parameters and the settings it runs with (the statement that
 * makes a session act as its runner's holder does: the query-plan CLI explains them); never logs them.
 */
export type SqlObserver = (sql: string, parameters: unknown[], settingsSql: string) => void;

/**
 * TypeORM's SQL log into the structured log: each statement at `debug` (its text only: the
 * tests count these lines), a failure at `warn` with the statement and the error. Bound
 * parameters are never logged: they hold what users searched and wrote.
 */
export class QueryLogger extends AbstractLogger {
  constructor(
    private readonly logger: Logger,
    private readonly observer?: SqlObserver,
  ) {
    super(['query', 'error']);
  }

  protected override writeLog(level: LogLevel, message: LogMessage | LogMessage[], queryRunner?: QueryRunner): void {
    const entries = Array.isArray(message) ? message : [message];
    for (const entry of entries) {
      if (entry.type === 'query') {
        this.observer?.(
          String(entry.message),
          (entry.parameters as unknown[] | undefined) ?? [],
          actingSettingsSql(queryRunner),
        );
        if (this.logger.isLevelEnabled('debug')) {
          const sql = String(entry.message);
          this.logger.debug({ sql }, sql.startsWith(BACKGROUND_SQL) ? 'background sql query' : 'sql query');
        }
      }
    }
    // A failure comes as two entries: the statement, then the error.
    const failed = entries.filter(
      (entry) =>
        entry.type === 'query-error' || entry.type === 'error' || (level === 'error' && entry.type !== 'query'),
    );
    if (failed.length > 0) {
      const statement = failed.find((entry) => typeof entry.message === 'string');
      // TypeORM types the message as text, but the error entry carries the Error itself.
      const error = failed.map((entry) => entry.message as unknown).find((value) => value instanceof Error);
      this.logger.warn({ sql: statement?.message, ...(error ? { err: error } : {}) }, 'sql error');
    }
  }
}
