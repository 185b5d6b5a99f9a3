import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * The acting agency, for the record tables' row-level security (migration RowLevelSecurity).
 * Always transaction-local (`set_config(…, true)`): it ends with its transaction, so a pooled
 * connection never carries one request's agency into the next.
 */
const AGENCY_SETTING = 'frontera.agency_id';
/** What a query is for, when it may see rows the agency cannot read (see `forPurpose`). */
const PURPOSE_SETTING = 'frontera.purpose';
/** Exactly what TypeORM's PostgresQueryRunner sends to open a transaction (not a savepoint). */
const START_TRANSACTION = 'START TRANSACTION';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Scope {
  agencyId: string | null;
  /** The lazily opened transaction of a request's reads; null until its first statement. */
  opened: Promise<void> | null;
  /** Whether a statement other than a plain SELECT ran: then the commit matters to the answer. */
  wrote: boolean;
}

/** A statement that reads only (a WITH may hold a data-modifying CTE: it counts as a write). */
const PLAIN_SELECT = /^\s*SELECT\b/i;

const scopes = new WeakMap<QueryRunner, Scope>();

function settingSql(agencyId: string | null): string {
  // Inlined, not bound: it shares one simple-protocol message with START TRANSACTION, which
  // takes no parameters. Only a UUID (or nothing) gets here.
  if (agencyId !== null && !UUID.test(agencyId)) throw new Error(`not an agency id: ${agencyId}`);
  return `SELECT set_config('${AGENCY_SETTING}', '${agencyId ?? ''}', true)`;
}

/** The pg client under a TypeORM query runner, for the statements TypeORM need not wrap. */
interface PgClient {
  query(sql: string): Promise<unknown>;
}

/**
 * Every transaction `runner` opens acts for the scope's agency: the setting rides on TypeORM's
 * START TRANSACTION (one message, one round trip). `lazy`: the first statement opens the
 * transaction itself (a request's reads); statements issued meanwhile wait for it, so none runs
 * before the setting. Statements go one after the other: a request's loaders ask at once, and pg
 * no longer wants a client to queue them itself.
 */
function scoped(runner: QueryRunner, agencyId: string | null, lazy: boolean): QueryRunner {
  const scope: Scope = { agencyId, opened: null, wrote: false };
  scopes.set(runner, scope);
  // one signature for TypeORM's overloads (plain rows, or a structured result)
  const query = runner.query.bind(runner) as (
    sql: string,
    parameters?: unknown[],
    structured?: boolean,
  ) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = (sql: string, parameters?: unknown[], structured?: boolean): Promise<unknown> => {
    const run = tail.then(() => query(sql, parameters, structured));
    tail = run.catch(() => undefined);
    return run;
  };
  // A request's reads open their transaction on the pg client itself: nothing here needs TypeORM's
  // transaction events and state, and every lookup would pay for them. The statement is still
  // logged: the query-plan CLI replays it.
  const openReads = async () => {
    const sql = `${START_TRANSACTION}; ${settingSql(scope.agencyId)}`;
    runner.connection.logger.logQuery(sql, [], runner);
    await ((await runner.connect()) as PgClient).query(sql);
  };
  runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
    if (sql === START_TRANSACTION)
      return inTurn(`${START_TRANSACTION}; ${settingSql(scope.agencyId)}`, parameters, structured);
    if (!lazy) return inTurn(sql, parameters, structured);
    if (!PLAIN_SELECT.test(sql)) scope.wrote = true;
    scope.opened ??= openReads();
    return scope.opened.then(() => inTurn(sql, parameters, structured));
  }) as QueryRunner['query'];
  return runner;
}

/** Runs `work` in a transaction of its own acting for `agencyId` (null: no agency, no record row). */
export async function agencyTransaction<T>(
  dataSource: DataSource,
  agencyId: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = scoped(dataSource.createQueryRunner(), agencyId, false);
  try {
    return await runner.manager.transaction(work);
  } finally {
    await runner.release();
  }
}

/** A request's reads: one connection and one transaction acting for the agency, opened by the first statement. */
export interface AgencyReads {
  manager: EntityManager;
  /**
   * Commits (a request outside a transaction may still write, e.g. a login's session) and returns
   * the connection. Resolves once committed when the reads wrote; at once when they only read
   * (nothing of the answer depends on that commit, and the connection returns to the pool after it).
   */
  end(): Promise<void>;
}

export function agencyReads(dataSource: DataSource, agencyId: string | null): AgencyReads {
  const runner = scoped(dataSource.createQueryRunner(), agencyId, true);
  const scope = scopes.get(runner)!;
  let ended: Promise<void> | null = null;
  const finish = async () => {
    try {
      if (scope.opened) {
        await scope.opened;
        // after the request's last statement (they run in turn)
        await runner.query('COMMIT');
      }
    } catch (error) {
      // never back into the pool inside a transaction (and its setting)
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  };
  return {
    manager: runner.manager,
    end: () => {
      ended ??= finish();
      if (scope.wrote) return ended;
      // a read-only commit that fails changes no answer; the connection is released either way
      ended.catch(() => undefined);
      return Promise.resolve();
    },
  };
}

function scopeOf(manager: EntityManager): Scope {
  const scope = manager.queryRunner && scopes.get(manager.queryRunner);
  if (!scope) throw new Error('not the manager of an agency-scoped connection');
  return scope;
}

/**
 * From here on, the connection acts for `agencyId`: for the public, who act for the agency whose
 * campaign they read or tip (nobody is logged in). Costs a statement only once the transaction is open.
 */
export async function actForAgency(manager: EntityManager, agencyId: string): Promise<void> {
  const scope = scopeOf(manager);
  if (scope.agencyId === agencyId) return;
  scope.agencyId = agencyId;
  if (scope.opened || manager.queryRunner!.isTransactionActive) await manager.query(settingSql(agencyId));
}

/**
 * Queries that find rows the agency may not read: `discover` (hit/no-hit: a partner's record
 * exists, and whose) and `request` (the record a share request asks for).
 */
export type QueryPurpose = 'discover' | 'request';

/**
 * Runs `run`, and for it alone the database also shows the rows the agency may find for
 * `purpose`. Set and reset inside the transaction, so no other query sees them.
 */
export async function forPurpose<T>(manager: EntityManager, purpose: QueryPurpose, run: () => Promise<T>): Promise<T> {
  scopeOf(manager);
  await manager.query(`SELECT set_config('${PURPOSE_SETTING}', '${purpose}', true)`);
  try {
    return await run();
  } finally {
    await manager.query(`SELECT set_config('${PURPOSE_SETTING}', '', true)`);
  }
}
