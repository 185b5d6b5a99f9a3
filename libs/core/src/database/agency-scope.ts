import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * The acting agency, for the record tables' row-level security (migration RowLevelSecurity),
 * and what a query is for when it may see rows the agency cannot read (see `forPurpose`).
 * Both are session settings of the connection, kept in step with whoever holds it by the API's
 * pg client (ApiPgClient): before each statement it compares what the connection has with what
 * its holder wants, and only a difference costs a statement. A request of an agency that finds
 * a connection last used by the same agency sends nothing more than its own statements.
 */
const AGENCY_SETTING = 'frontera.agency_id';
const PURPOSE_SETTING = 'frontera.purpose';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The tables row-level security guards: a holder that acts for nobody (the API's own work:
 * authorization state, the audit log, jobs) sends no statement naming one of them on a
 * connection still set for an agency. (Every read of them goes through the record door, which
 * acts for the request's agency; this keeps the rule also for a path that forgets to.)
 */
const GUARDED_TABLES = /\b(suspects|organizations|warrants|warrant_external_refs|tips|cases)\b/i;
/** Statements after which the connection's settings are not known (a rollback undoes the settings made since its start). */
const UNDOES_SETTINGS = /^\s*ROLLBACK\b/i;
/** Statements that end a transaction, which may have failed: nothing may run before them (it would fail too). */
const ENDS_TRANSACTION = /^\s*(ROLLBACK|COMMIT|RELEASE)\b/i;

/**
 * Queries that find rows the agency may not read: `discover` (hit/no-hit: a partner's record
 * exists, and whose) and `request` (the record a share request asks for).
 */
export type QueryPurpose = 'discover' | 'request';

interface Settings {
  agencyId: string | null;
  purpose: QueryPurpose | '';
}

/** What a scoped query runner's holder wants of its connection; changed in place by actForAgency and forPurpose. */
interface Scope extends Settings {
  /** Statements of the runner run one after the other (a request's loaders ask at once; pg no longer wants to queue them itself). */
  tail: Promise<unknown>;
  /** Logs a settings statement like the runner's own (the query-plan CLI replays them). */
  log(sql: string): void;
}

const NONE: Settings = { agencyId: null, purpose: '' };
/** The scope of the runner holding each connection (none: the API's own work). */
const holders = new WeakMap<object, Scope>();
/** The settings each connection's session has; absent: a new connection (none); null: unknown. */
const applied = new WeakMap<object, Settings | null>();
const scopes = new WeakMap<QueryRunner, Scope>();

function settingsSql(settings: Settings): string {
  // Inlined, not bound: a simple-protocol statement, and only a UUID (or nothing) and a purpose get here.
  if (settings.agencyId !== null && !UUID.test(settings.agencyId))
    throw new Error(`not an agency id: ${settings.agencyId}`);
  return `SELECT set_config('${AGENCY_SETTING}', '${settings.agencyId ?? ''}', false), set_config('${PURPOSE_SETTING}', '${settings.purpose}', false)`;
}

const same = (a: Settings, b: Settings) => a.agencyId === b.agencyId && a.purpose === b.purpose;

/**
 * The statement that brings `connection`'s settings to what its holder wants before it runs
 * `text`, or null when they are right already. Called by the API's pg client for every statement.
 */
export function settingsBefore(connection: object, text: string): { sql: string; log?: (sql: string) => void } | null {
  if (ENDS_TRANSACTION.test(text)) return null;
  const holder = holders.get(connection);
  const current = applied.has(connection) ? applied.get(connection)! : NONE;
  const wanted: Settings = holder ?? NONE;
  if (current !== null && same(current, wanted)) return null;
  // the API's own work needs no agency, only none where one could show rows
  if (!holder && !GUARDED_TABLES.test(text)) return null;
  applied.set(connection, { agencyId: wanted.agencyId, purpose: wanted.purpose });
  return { sql: settingsSql(wanted), log: holder?.log };
}

/** After a statement on `connection` ended: a failure or a rollback leaves its settings unknown (set again before the next). */
export function settingsAfter(connection: object, text: string, failed: boolean): void {
  if (failed || UNDOES_SETTINGS.test(text)) applied.set(connection, null);
}

/** The runner's statements act for `agencyId` on whatever connection it holds, and run one after the other. */
function scoped(runner: QueryRunner, agencyId: string | null): QueryRunner {
  const scope: Scope = {
    agencyId,
    purpose: '',
    tail: Promise.resolve(),
    log: (sql) => runner.connection.logger.logQuery(sql, [], runner),
  };
  scopes.set(runner, scope);
  const connect = runner.connect.bind(runner);
  let connection: object | null = null;
  runner.connect = async () => {
    connection = (await connect()) as object;
    holders.set(connection, scope);
    return connection;
  };
  const release = runner.release.bind(runner);
  runner.release = () => {
    if (connection) holders.delete(connection);
    return release();
  };
  // one signature for TypeORM's overloads (plain rows, or a structured result)
  const query = runner.query.bind(runner) as (
    sql: string,
    parameters?: unknown[],
    structured?: boolean,
  ) => Promise<unknown>;
  runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
    const run = scope.tail.then(() => query(sql, parameters, structured));
    scope.tail = run.catch(() => undefined);
    return run;
  }) as QueryRunner['query'];
  return runner;
}

/** Runs `work` in a transaction of its own acting for `agencyId` (null: no agency, no record row). */
export async function agencyTransaction<T>(
  dataSource: DataSource,
  agencyId: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = scoped(dataSource.createQueryRunner(), agencyId);
  try {
    return await runner.manager.transaction(work);
  } finally {
    await runner.release();
  }
}

/** A request's reads: one connection acting for the agency, taken by the first statement. */
export interface AgencyReads {
  manager: EntityManager;
  /** Returns the connection, after the request's last statement. Its reads (and a login's writes) committed as they ran. */
  end(): Promise<void>;
}

export function agencyReads(dataSource: DataSource, agencyId: string | null): AgencyReads {
  const runner = scoped(dataSource.createQueryRunner(), agencyId);
  const scope = scopes.get(runner)!;
  let ended: Promise<void> | null = null;
  const finish = async () => {
    await scope.tail;
    await runner.release();
  };
  return { manager: runner.manager, end: () => (ended ??= finish()) };
}

/** The statement that makes a session act as `runner`'s holder does right now (for a replay: the query-plan CLI). */
export function actingSettingsSql(runner: QueryRunner | undefined): string {
  return settingsSql((runner && scopes.get(runner)) || NONE);
}

function scopeOf(manager: EntityManager): Scope {
  const scope = manager.queryRunner && scopes.get(manager.queryRunner);
  if (!scope) throw new Error('not the manager of an agency-scoped connection');
  return scope;
}

/**
 * From here on, the connection acts for `agencyId`: for the public, who act for the agency whose
 * campaign they read or tip (nobody is logged in). Its next statement carries the change.
 */
export function actForAgency(manager: EntityManager, agencyId: string): void {
  scopeOf(manager).agencyId = agencyId;
}

/**
 * Runs `run`, and for it alone the database also shows the rows the agency may find for
 * `purpose`: the statements `run` issues carry it, the next one after it no longer does.
 */
export async function forPurpose<T>(manager: EntityManager, purpose: QueryPurpose, run: () => Promise<T>): Promise<T> {
  const scope = scopeOf(manager);
  scope.purpose = purpose;
  try {
    return await run();
  } finally {
    scope.purpose = '';
  }
}
