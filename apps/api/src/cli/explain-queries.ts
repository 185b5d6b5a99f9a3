import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { BACKGROUND_SQL, createLogger, loadConfig } from '@app/core';
import { apiDatabaseUrl, resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { createApp } from '../http/create-app';
import { runCli } from './run-cli';

/** One GraphQL operation to run as a demo user, named for the report. */
export interface ExplainOperation {
  label: string;
  email: string;
  query: string;
  variables?: Record<string, unknown>;
}

interface Statement {
  sql: string;
  parameters: unknown[];
  /** How the API's connection was set when it ran (agency-scope): the EXPLAIN replays it. */
  settingsSql: string;
}

const EXPLAINABLE = /^\s*(SELECT|WITH)\b/i;
/** How the API's connections change their settings (agency-scope): not explained. */
const SETTING = /^SELECT set_config\('frontera\./;

/** A statement parameter as a SQL literal, for EXECUTE (which takes no bound parameters). */
function sqlLiteral(db: Client, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return db.escapeLiteral(value.toISOString());
  if (Array.isArray(value)) {
    const element = (item: unknown) =>
      item === null ? 'NULL' : `"${String(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return db.escapeLiteral(`{${value.map(element).join(',')}}`);
  }
  if (typeof value === 'object') return db.escapeLiteral(JSON.stringify(value));
  return db.escapeLiteral(String(value as string | number | boolean));
}

/**
 * `explain-queries [--analyze] < operations.json`: starts the API in this process, runs each
 * GraphQL operation of the JSON array on stdin over HTTP as its user (password DEMO_PASSWORD),
 * records every SQL statement the API issues for it, with its parameters, and prints one JSON
 * line per SELECT: `{"explain": {label, sql, parameters, plan}}`, the plan from EXPLAIN
 * (FORMAT JSON), with `--analyze` EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT), with `--generic` the
 * generic plan a prepared statement may settle on (PreparingClient): planned without the
 * parameters' values (`plan_cache_mode = force_generic_plan`). Each operation's
 * answer is summarized as `{"operation": {label, errors, bytes}}`. The query-plan test and the
 * benchmark report use it: the plans are those of the real queries, not of copies.
 */
async function main(): Promise<number> {
  const analyze = process.argv.includes('--analyze');
  const generic = process.argv.includes('--generic');
  const operations = JSON.parse(readFileSync(0, 'utf8')) as ExplainOperation[];
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  await runMigrations(database.url);
  const urls = { api: await apiDatabaseUrl(config, database.url), owner: database.url };
  let capturing: Statement[] | null = null;
  const app = await createApp(config, urls, logger, (sql, parameters, settingsSql) => {
    if (capturing && !sql.startsWith(BACKGROUND_SQL)) capturing.push({ sql, parameters, settingsSql });
  });
  // As the API's role, without JIT or parallel plans (data-source-options), and acting for the
  // agency the statement did (row-level security): the plans are the API's.
  const db = new Client({ connectionString: urls.api, options: '-c jit=off -c max_parallel_workers_per_gather=0' });
  try {
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await db.connect();
    const tokens = new Map<string, string>();
    const post = async (body: object, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return await response.text();
    };
    for (const operation of operations) {
      let token = tokens.get(operation.email);
      if (!token) {
        const login = JSON.parse(
          await post({
            query:
              'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
            variables: { email: operation.email, password: config.demoPassword },
          }),
        ) as { data?: { login: { accessToken: string } }; errors?: unknown };
        if (!login.data) throw new Error(`login as ${operation.email} failed: ${JSON.stringify(login.errors)}`);
        token = login.data.login.accessToken;
        tokens.set(operation.email, token);
      }
      const statements: Statement[] = [];
      capturing = statements;
      const answer = await post({ query: operation.query, variables: operation.variables ?? {} }, token);
      capturing = null;
      const errors = (JSON.parse(answer) as { errors?: unknown[] }).errors ?? null;
      console.log(JSON.stringify({ operation: { label: operation.label, errors, bytes: answer.length } }));
      for (const { settingsSql, ...statement } of statements) {
        if (!EXPLAINABLE.test(statement.sql) || SETTING.test(statement.sql)) continue;
        const setup = ['START TRANSACTION', settingsSql];
        const options = analyze ? 'ANALYZE, BUFFERS, FORMAT TEXT' : 'FORMAT JSON';
        await db.query(setup.join('; '));
        const explain = async () => {
          if (!generic)
            return db.query<Record<string, unknown>>(`EXPLAIN (${options}) ${statement.sql}`, statement.parameters);
          await db.query(`SET LOCAL plan_cache_mode = force_generic_plan; PREPARE explained AS ${statement.sql}`);
          const values = statement.parameters.map((value) => sqlLiteral(db, value));
          return db.query<Record<string, unknown>>(
            `EXPLAIN (${options}) EXECUTE explained${values.length > 0 ? `(${values.join(', ')})` : ''}`,
          );
        };
        // a prepared statement outlives its transaction: DEALLOCATE it with the ROLLBACK
        const { rows } = await explain().finally(() => db.query(generic ? 'ROLLBACK; DEALLOCATE ALL' : 'ROLLBACK'));
        const plan = analyze
          ? rows.map((row) => row['QUERY PLAN']).join('\n')
          : (rows[0]['QUERY PLAN'] as unknown[])[0];
        console.log(JSON.stringify({ explain: { label: operation.label, ...statement, plan } }));
      }
    }
    return 0;
  } finally {
    await db.end().catch(() => undefined);
    await app.close();
    await database.embedded?.stop();
  }
}

runCli(main);
