import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { CursorCodec } from '../libs/core/src/pagination/cursor-codec';
import { pickScenarioRecords, Scenario, scaleScenarios } from './support/scale-scenarios';

/*
 * Plans stay right: on a generated data set of 50,000 suspects (seed:scale), the queries the
 * API issues for the benchmark's reads (visibility-filtered search, pages with their warrants
 * and memberships, lookups, the liaison's inbox), captured with their parameters by the
 * explain-queries CLI, must not scan a large table sequentially.
 */

const SUSPECTS = 50_000;
/** A table this big is "large": a sequential scan of it is a plan gone wrong. */
const LARGE_TABLE_ROWS = 10_000;
const CLI = (name: string) => resolve(__dirname, `../dist/apps/api/src/cli/${name}.js`);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
interface Explained {
  label: string;
  sql: string;
  parameters: unknown[];
  plan: { Plan: PlanNode };
}

function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--no-deprecation', script, ...args], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function seqScans(node: PlanNode): string[] {
  const here = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...here, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe('query plans on 50,000 generated suspects', () => {
  const database = `frontera_plans_${randomBytes(4).toString('hex')}`;
  const serverUrl = () => process.env.TEST_PG_SERVER_URL!;
  const databaseUrl = () => {
    const url = new URL(serverUrl());
    url.pathname = `/${database}`;
    return url.toString();
  };
  // one key for the seed, the explained operations and the deep cursor they page from
  const encryptionKey = randomBytes(32);
  const env = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'frontera-plans-')),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ENCRYPTION_KEY: encryptionKey.toString('base64'),
    DEMO_PASSWORD: 'frontera-plans',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
  });
  let scenarios: Scenario[];
  let explained: Explained[];
  let generic: Explained[];
  /** EXPLAIN ANALYZE (text) of the statements of the searches that read keys in order, the single common word included. */
  let analyzed: { label: string; sql: string; plan: string }[];
  let commonWordMatches: number;
  let answers: { label: string; errors: unknown[] | null; bytes: number }[];
  let largeTables: Set<string>;

  beforeAll(async () => {
    const server = new Client({ connectionString: serverUrl() });
    await server.connect();
    await server.query(`CREATE DATABASE ${database}`);
    await server.end();

    const seeded = await run(CLI('seed-scale'), ['--suspects', String(SUSPECTS), '--seed', '1'], env());
    if (seeded.code !== 0) throw new Error(`seed:scale failed (${seeded.code}):\n${seeded.stderr}\n${seeded.stdout}`);

    const db = new Client({ connectionString: databaseUrl() });
    await db.connect();
    try {
      scenarios = await scaleScenarios(db, await pickScenarioRecords(db, new CursorCodec(encryptionKey)));
      const { rows } = await db.query<{ relname: string }>(
        `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples >= $1`,
        [LARGE_TABLE_ROWS],
      );
      largeTables = new Set(rows.map((row) => row.relname));
      const { rows: counted } = await db.query<{ count: string }>(
        `SELECT count(*) FROM suspect_search_keys WHERE key = 'el'`,
      );
      commonWordMatches = Number(counted[0].count);
    } finally {
      await db.end();
    }

    const operations = scenarios.map((s) => ({
      label: s.name,
      email: s.email,
      query: s.query,
      variables: s.variables,
    }));
    const result = await run(CLI('explain-queries'), [], env(), JSON.stringify(operations));
    if (result.code !== 0)
      throw new Error(`explain-queries failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
    const lines = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { explain?: Explained; operation?: (typeof answers)[number] });
    explained = lines.flatMap((line) => (line.explain ? [line.explain] : []));
    answers = lines.flatMap((line) => (line.operation ? [line.operation] : []));

    const genericRun = await run(CLI('explain-queries'), ['--generic'], env(), JSON.stringify(operations));
    if (genericRun.code !== 0)
      throw new Error(`explain-queries --generic failed (${genericRun.code}):\n${genericRun.stderr}`);
    generic = genericRun.stdout
      .split('\n')
      .filter((line) => line.startsWith('{"explain"'))
      .map((line) => (JSON.parse(line) as { explain: Explained }).explain);

    const searches = [
      ...operations.filter((operation) => /maria|hernandez|alias/.test(operation.label)),
      {
        label: 'search a single very common word "el"',
        email: 'analyst@fgr.example',
        query: scenarios[0].query,
        variables: { filter: { search: 'el' } },
      },
    ];
    const analysis = await run(CLI('explain-queries'), ['--analyze'], env(), JSON.stringify(searches));
    if (analysis.code !== 0)
      throw new Error(`explain-queries --analyze failed (${analysis.code}):\n${analysis.stderr}`);
    analyzed = analysis.stdout
      .split('\n')
      .filter((line) => line.startsWith('{"explain"'))
      .map((line) => (JSON.parse(line) as { explain: { label: string; sql: string; plan: string } }).explain)
      .filter((e) => e.sql.includes('suspect_search_keys'));
  }, 300_000);

  afterAll(async () => {
    const server = new Client({ connectionString: serverUrl() });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await server.end();
  });

  it('the data set has large tables to get wrong', () => {
    for (const table of ['suspects', 'warrants', 'memberships', 'tips', 'shares']) expect(largeTables).toContain(table);
  });

  it('every operation answers without errors', () => {
    expect(answers.map((answer) => answer.label)).toEqual(scenarios.map((s) => s.name));
    expect(answers.filter((answer) => answer.errors !== null)).toEqual([]);
  });

  it('explains the statements of every operation', () => {
    for (const scenario of scenarios)
      expect(explained.filter((e) => e.label === scenario.name).length).toBeGreaterThan(0);
  });

  it('a search by a common word reads a page of keys, not every match', () => {
    // "el" (an alias article) is in ~39% of the generated suspects
    expect(commonWordMatches).toBeGreaterThan(10_000);
    expect(analyzed.map((e) => e.label)).toContain('search a single very common word "el"');
    const PAGE_BOUND = 2_000;
    // every plan node's output (rows times loops) stays within a few pages of the 51 rows asked for
    const most = analyzed.map((e) => ({
      label: e.label,
      rows: Math.max(
        ...[...e.plan.matchAll(/actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/g)].map(
          ([, rows, loops]) => Number(rows) * Number(loops),
        ),
      ),
      seqScan: /Seq Scan on (suspects|suspect_search_keys)\b/.test(e.plan),
    }));
    expect(most.filter((e) => e.rows > PAGE_BOUND || e.seqScan)).toEqual([]);
  });

  it('no plan scans a large table sequentially', () => {
    expect(offendingScans(explained)).toEqual([]);
  });

  // The API sends its reads as prepared statements (PreparingClient): after five executions
  // PostgreSQL may run a plan made without the parameters' values. That one must hold too.
  it('no generic plan of a prepared read scans a large table sequentially', () => {
    expect(generic.length).toBe(explained.length);
    // planned without the values: the conditions name the parameters, which custom plans do not
    const namesParameters = (e: Explained) => /\$1\b/.test(JSON.stringify(e.plan));
    expect(generic.filter(namesParameters).length).toBeGreaterThan(generic.length / 2);
    expect(explained.filter(namesParameters)).toEqual([]);
    expect(offendingScans(generic)).toEqual([]);
  });

  function offendingScans(plans: Explained[]) {
    return plans.flatMap((e) =>
      seqScans(e.plan.Plan)
        .filter((table) => largeTables.has(table))
        .map((table) => ({ scenario: e.label, table, sql: e.sql, parameters: e.parameters })),
    );
  }
});
