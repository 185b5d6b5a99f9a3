import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { CursorCodec } from '../libs/core/src/pagination/cursor-codec';
import { pickScenarioRecords, Scenario, scaleScenarios } from '../test/support/scale-scenarios';
import { startApp, TestApp } from '../test/support/test-app';
import { ApiRequest, measureApi, measureRaw, residentMemory, Stats } from './measure';
import { Peer, startPeer } from './peer';
import { ScaleReport, ScenarioResult, sharesComparisonRows, writeReport } from './scale-report';
import { benchSync } from './sync-bench';

/**
 * `DATABASE_URL=postgres://…/frontera_scale npm run bench`: the read scenarios of the scale
 * issue against the built API on a database seeded by `seed:scale`, each at concurrency 1 and
 * 16 over loopback (autocannon) next to the same rows read by hand-written SQL through `pg`;
 * then the reads through shares again with only 10,000 approved shares (the rest parked in a
 * side table and put back after); then the warrant sync benchmark; then EXPLAIN ANALYZE of
 * every statement the API issues per scenario. Writes bench/results.md.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** A regular expression: only the read scenarios it matches, printed and not written (while tuning). */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONCURRENCY = [1, 16];
const FEW_SHARES = 10_000;
const PARKED = 'bench_parked_shares';
const ROOT = resolve(__dirname, '../..');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** The secrets seed:scale used (DATA_DIR's generated ones), so the API can open what it sealed. */
function encryptionKey(): string | undefined {
  if (process.env.ENCRYPTION_KEY) return process.env.ENCRYPTION_KEY;
  const file = resolve(ROOT, process.env.DATA_DIR ?? '.data', 'secrets.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { ENCRYPTION_KEY?: string }).ENCRYPTION_KEY
    : undefined;
}

async function login(app: TestApp, email: string, password: string): Promise<string> {
  const result = await app.anonymous.gql<{ login: { accessToken: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  if (!result.data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

/** Ids a GraphQL answer and a raw result list at the top level, to check both read the same rows. */
function answerIds(body: string): string[] {
  const data = (JSON.parse(body) as { data: Record<string, unknown> }).data;
  const value = Object.values(data)[0] as
    { edges?: { node: { id: string } }[] } | { id: string }[] | { id: string } | null;
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.map((row) => row.id);
  if ('edges' in value && value.edges) return value.edges.map((edge) => edge.node.id);
  return [(value as { id: string }).id];
}

async function answer(request: ApiRequest): Promise<string> {
  const response = await fetch(`${request.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = await response.text();
  if (!response.ok || body.includes('"errors"')) throw new Error(`scenario failed: ${body.slice(0, 500)}`);
  return body;
}

/**
 * Waits until the API's audit sealer has chained every audit row: a scenario that reads many
 * shared records (a page of 50 writes ~100 rows a request) leaves seconds of sealing behind,
 * which would otherwise be measured as the next scenario's cost.
 */
async function auditSealed(db: Client): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 250) {
    const { rows } = await db.query<{ pending: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM audit_events WHERE hash IS NULL) AS pending',
    );
    if (!rows[0].pending) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  log('WARNING the audit sealer did not catch up within 2 minutes');
}

/**
 * One scenario at each concurrency: the API, the raw SQL and (where the scenario has a peer
 * read and the peer runs) PostGraphile, in turn, so drift of the machine hits all three alike.
 */
async function runScenario(
  app: TestApp,
  databaseUrl: string,
  db: Client,
  scenario: Scenario,
  request: ApiRequest,
  peak: { mb: number },
  peer?: Peer,
): Promise<ScenarioResult> {
  const body = await answer(request);
  const peerRequest = peer && scenario.peer ? { url: peer.url, token: 'none', ...scenario.peer } : undefined;
  if (peerRequest) log(`${scenario.name}: the peer answers ${answerIds(await answer(peerRequest)).length} rows`);
  const { rows } = await db.query<{ id: string }>(scenario.raw.sql, scenario.raw.params);
  const apiIds = answerIds(body);
  const rawIds = rows.map((row) => row.id).slice(0, apiIds.length === 50 ? 50 : rows.length);
  const sameRows = JSON.stringify(apiIds) === JSON.stringify(rawIds);
  if (!sameRows)
    log(`WARNING ${scenario.name}: API and raw SQL read different rows (${apiIds.length} vs ${rawIds.length})`);
  const result: ScenarioResult = { name: scenario.name, rows: apiIds.length, sameRows, api: {}, raw: {}, body };
  for (const connections of CONCURRENCY) {
    await auditSealed(db);
    await measureApi(request, connections, WARMUP_SECONDS);
    result.api[connections] = await measureApi(request, connections, SECONDS, app.pid);
    peak.mb = Math.max(peak.mb, residentMemory(app.pid).peakMb);
    await measureRaw(databaseUrl, scenario.raw, connections, WARMUP_SECONDS);
    result.raw[connections] = await measureRaw(databaseUrl, scenario.raw, connections, SECONDS);
    if (peer && peerRequest) {
      await measureApi(peerRequest, connections, WARMUP_SECONDS);
      (result.peer ??= {})[connections] = await measureApi(peerRequest, connections, SECONDS, peer.pid);
    }
    const peerStats = result.peer?.[connections];
    log(
      `${scenario.name} c=${connections}: API p50 ${fmt(result.api[connections])}, raw p50 ${fmt(result.raw[connections])}${peerStats ? `, PostGraphile p50 ${fmt(peerStats)}` : ''}`,
    );
  }
  return result;
}

const fmt = (s: Stats) =>
  `${s.p50.toFixed(2)} ms p95 ${s.p95.toFixed(2)} ms ${Math.round(s.rps)} req/s${s.cpuMs ? ` ${s.cpuMs.toFixed(2)} ms CPU/req` : ''}${s.errors ? ` ${s.errors} ERRORS` : ''}`;

/** What any authenticated operation costs the API before it reads anything (no resolver, no SQL). */
const FRAMEWORK_FLOOR: Scenario = {
  name: 'floor: `{ __typename }` (FGR analyst, no SQL)',
  email: 'analyst@fgr.example',
  query: '{ __typename }',
  variables: {},
  raw: { sql: 'SELECT 1 AS one WHERE false', params: [] },
  recipient: false,
};

/** Puts back shares parked by an earlier, interrupted run. */
async function restoreShares(db: Client): Promise<void> {
  const { rows } = await db.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [PARKED]);
  if (!rows[0].exists) return;
  await db.query('BEGIN');
  await db.query(`INSERT INTO shares SELECT * FROM ${PARKED} ON CONFLICT (id) DO NOTHING`);
  await db.query(`DROP TABLE ${PARKED}`);
  await db.query('COMMIT');
  await db.query('ANALYZE shares');
}

/** Parks every approved share but `FEW_SHARES`, keeping those of the records the scenarios read. */
async function parkShares(db: Client, keepRecords: string[]): Promise<number> {
  await db.query('BEGIN');
  await db.query(
    `CREATE TABLE ${PARKED} AS SELECT * FROM shares WHERE status = 'APPROVED' AND id NOT IN (
       SELECT id FROM (SELECT id, record_id = ANY($1::uuid[]) AS needed FROM shares WHERE status = 'APPROVED') s
        ORDER BY needed DESC, id LIMIT $2)`,
    [keepRecords, FEW_SHARES],
  );
  await db.query(`DELETE FROM shares WHERE id IN (SELECT id FROM ${PARKED})`);
  await db.query('COMMIT');
  await db.query('ANALYZE shares');
  const { rows } = await db.query<{ count: string }>(`SELECT count(*) FROM shares WHERE status = 'APPROVED'`);
  return Number(rows[0].count);
}

/** EXPLAIN ANALYZE of every SELECT the API issues for each scenario (the explain-queries CLI). */
function explainAll(databaseUrl: string, scenarios: Scenario[], password: string, key: string | undefined): string[] {
  const run = spawnSync(process.execPath, [resolve(ROOT, 'dist/apps/api/src/cli/explain-queries.js'), '--analyze'], {
    input: JSON.stringify(
      scenarios.map((s) => ({ label: s.name, email: s.email, query: s.query, variables: s.variables })),
    ),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEMO_PASSWORD: password,
      LOG_LEVEL: 'warn',
      ...(key ? { ENCRYPTION_KEY: key } : {}),
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`explain-queries failed: ${run.stderr}`);
  return run.stdout.split('\n').filter((line) => line.startsWith('{"explain"'));
}

async function dataSize(db: Client): Promise<Record<string, number>> {
  const { rows } = await db.query<{ name: string; count: string }>(
    `SELECT 'suspects' AS name, count(*) FROM suspects UNION ALL SELECT 'organizations', count(*) FROM organizations
     UNION ALL SELECT 'memberships', count(*) FROM memberships UNION ALL SELECT 'warrants', count(*) FROM warrants
     UNION ALL SELECT 'tips', count(*) FROM tips UNION ALL SELECT 'cases', count(*) FROM cases
     UNION ALL SELECT 'approved shares', count(*) FROM shares WHERE status = 'APPROVED'
     UNION ALL SELECT 'pending requests', count(*) FROM shares WHERE status = 'PENDING'`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL must name a database seeded by `npm run seed:scale`');
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  process.env.TEST_PG_SERVER_URL = server.toString();
  const password = process.env.DEMO_PASSWORD ?? 'frontera-demo';
  // the API must open the deep cursor the scenarios seal: it gets the same key
  const key = encryptionKey() ?? randomBytes(32).toString('base64');

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await restoreShares(db);
  const size = await dataSize(db);
  if (size.suspects < 1000)
    throw new Error('the database holds no generated data set: run `npm run seed:scale -- --suspects N` on it first');
  const {
    rows: [{ server_version: version }],
  } = await db.query<{ server_version: string }>('SHOW server_version');
  const records = await pickScenarioRecords(db, new CursorCodec(Buffer.from(key, 'base64')));
  const scenarios = (await scaleScenarios(db, records)).filter((scenario) => !ONLY || ONLY.test(scenario.name));
  log(
    `${size.suspects} suspects, ${size['approved shares']} approved shares; ${scenarios.length} scenarios, ${SECONDS}s each at c=${CONCURRENCY.join(', ')}`,
  );

  const app = await startApp(
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DEMO_PASSWORD: password,
      SEED_DEMO: 'false',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      SESSION_MAX_SECONDS: '86400',
      RATE_LIMIT_PER_MINUTE: '100000000',
      // the heap settings `npm start` runs the API with (package.json)
      NODE_OPTIONS: '--max-old-space-size=256 --max-semi-space-size=32',
      ...(key ? { ENCRYPTION_KEY: key } : {}),
    },
    // BENCH_API_NODE_ARGS: options for the API's node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`)
    { databaseUrl, nodeArgs: process.env.BENCH_API_NODE_ARGS?.split(/\s+/).filter(Boolean) },
  );
  // BENCH_PEER=0 leaves PostGraphile out (a quicker run while tuning)
  const peer = process.env.BENCH_PEER === '0' ? undefined : await startPeer(databaseUrl);
  const peak = { mb: 0 };
  const results: ScenarioResult[] = [];
  const fewShares: ScenarioResult[] = [];
  const allSharesAgain: ScenarioResult[] = [];
  let keptShares: number;
  try {
    const tokens = new Map<string, string>();
    const requestOf = async (scenario: Scenario): Promise<ApiRequest> => {
      if (!tokens.has(scenario.email)) tokens.set(scenario.email, await login(app, scenario.email, password));
      return { url: app.url, token: tokens.get(scenario.email)!, query: scenario.query, variables: scenario.variables };
    };
    for (const scenario of [...scenarios, ...(ONLY ? [] : [FRAMEWORK_FLOOR])])
      results.push(await runScenario(app, databaseUrl, db, scenario, await requestOf(scenario), peak, peer));

    // Authorization must not cost more with more shares: the reads through shares again, with
    // 10,000 approved shares left (those of the records these reads return among them).
    const recipient = ONLY ? [] : scenarios.filter((s) => s.recipient);
    const keep = [
      ...new Set(
        results.filter((r) => recipient.some((s) => s.name === r.name)).flatMap((r) => r.body.match(UUID) ?? []),
      ),
    ];
    keptShares = recipient.length > 0 ? await parkShares(db, keep) : 0;
    if (recipient.length > 0) log(`parked all but ${keptShares} approved shares`);
    try {
      for (const scenario of recipient) {
        const result = await runScenario(app, databaseUrl, db, scenario, await requestOf(scenario), peak);
        const before = results.find((r) => r.name === scenario.name)!;
        result.sameAnswer = result.body === before.body;
        if (!result.sameAnswer) log(`WARNING ${scenario.name}: the answer changed with fewer shares`);
        fewShares.push(result);
      }
    } finally {
      await restoreShares(db);
    }
    // ...and with all shares once more: the two passes with all of them bracket the one with
    // few, so the comparison does not favour whichever ran later on a warmer process.
    for (const scenario of recipient)
      allSharesAgain.push(await runScenario(app, databaseUrl, db, scenario, await requestOf(scenario), peak));
  } finally {
    peak.mb = Math.max(peak.mb, residentMemory(app.pid).peakMb);
    await app.stop();
    await peer?.stop();
  }
  if (ONLY) {
    log(`BENCH_ONLY: nothing written; peak resident memory ${peak.mb} MB`);
    await db.end();
    return;
  }

  log('warrant sync (its own database of 100,000 warrants)');
  const sync = await benchSync();
  log('explaining the statements of every scenario');
  const plans = explainAll(databaseUrl, scenarios, password, key);
  await db.end();

  const report: ScaleReport = {
    date: new Date().toISOString(),
    postgres: version,
    size,
    seconds: SECONDS,
    results,
    fewShares,
    allSharesAgain,
    keptShares,
    peakMemoryMb: peak.mb,
    sync,
    plans,
  };
  const file = resolve(ROOT, 'bench/results.md');
  writeFileSync(file, writeReport(report));
  for (const line of sharesComparisonRows(report)) log(line);
  log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
