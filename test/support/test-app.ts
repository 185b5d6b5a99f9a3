import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { freeLoopbackPort } from './ports';

/** The repository root, whether this file runs from test/ (jest) or dist-bench/ (benchmarks). */
function repositoryRoot(dir: string = __dirname): string {
  return existsSync(join(dir, 'nest-cli.json')) ? dir : repositoryRoot(dirname(dir));
}
const MAIN = resolve(repositoryRoot(), 'dist/apps/api/src/main.js');
// Generous: on a loaded machine a cluster's workers alone can take half a minute to load.
const STARTUP_TIMEOUT_MS = 120_000;

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResult<T = any> {
  data?: T | null;
  errors?: GqlError[];
}

export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly token?: string,
    /** Sent with every request, e.g. `x-api-key` for an integration script. */
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async gql<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.defaultHeaders,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<T>;
  }
}

/** The first error's `extensions.code`, for asserting on error answers. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Runs one statement on the app's database from outside the app (as another process would). */
export async function sqlOn(
  app: { databaseUrl: string },
  text: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

export interface TestApp {
  /** http://127.0.0.1:<port> */
  url: string;
  databaseUrl: string;
  anonymous: GraphQLClient;
  /** A client logged in as a demo user (password DEMO_PASSWORD). */
  as(email: string): Promise<GraphQLClient>;
  /** The app's structured log lines so far (stdout, parsed JSON). */
  logs: Record<string, unknown>[];
  /** Everything the app wrote on stdout and stderr, raw (for scanning for secrets). */
  output: string[];
  /** How many SQL statements the app ran while `run` was going (the app logs each at debug). */
  countQueries(run: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
  /** The app's DATA_DIR (the embedded cluster lives in `pg/` when `embedded`). */
  dataDir: string;
  /** Sends the app process a signal (SIGTERM, SIGKILL) without waiting or cleaning up. */
  kill(signal: NodeJS.Signals): void;
  /** The app process's exit code once it has exited (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The app process's id (benchmarks read its memory from /proc). */
  pid: number;
}

export interface StartAppOptions {
  /** Create the test database on this server instead of TEST_PG_SERVER_URL. */
  serverUrl?: string;
  /** Run on this existing database (e.g. after a crash): not created, not dropped on stop. */
  databaseUrl?: string;
  /** Leave the database in place on stop (to restart an app on it). */
  keepDatabase?: boolean;
  /** No DATABASE_URL: the app starts (and on SIGTERM stops) its own embedded PostgreSQL in DATA_DIR. */
  embedded?: boolean;
  /** Options for node itself, before the script (those NODE_OPTIONS refuses, e.g. `--cpu-prof`). */
  nodeArgs?: string[];
}

export const DEMO_PASSWORD = 'frontera-demo-test';

function adminUrl(database: string, serverUrl: string = process.env.TEST_PG_SERVER_URL ?? ''): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(sql: string, serverUrl?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl('postgres', serverUrl) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts the built API as a child process, on its own new database (seeded with the demo
 * data), exactly as a client meets it: over HTTP.
 */
export async function startApp(env: Record<string, string> = {}, options: StartAppOptions = {}): Promise<TestApp> {
  const serverUrl = options.serverUrl ?? process.env.TEST_PG_SERVER_URL;
  if (!serverUrl) throw new Error('no test PostgreSQL: run through jest (global setup)');
  // Only a database this call created is dropped again.
  const ownsDatabase = !options.databaseUrl && !options.embedded;
  const database = `frontera_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (ownsDatabase) await onServer(`CREATE DATABASE ${database}`, serverUrl);
  const databaseUrl = options.databaseUrl ?? (options.embedded ? '' : adminUrl(database, serverUrl));
  const dropDatabase = async () => {
    if (ownsDatabase && !options.keepDatabase)
      await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, serverUrl);
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'frontera-test-data-'));
  // As root the embedded server runs as the `postgres` user, which must reach its directory.
  if (options.embedded) chmodSync(dataDir, 0o755);
  // Where NODE_ENV=test would generate them too; production starts need them set.
  const auditSigningKeyFile = join(dataDir, 'audit-signing-key.pem');
  writeFileSync(
    auditSigningKeyFile,
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
    { mode: 0o600 },
  );
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      ...(options.embedded ? {} : { DATABASE_URL: databaseUrl }),
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      AUDIT_SIGNING_KEY_FILE: auditSigningKeyFile,
      AUDIT_CHECKPOINT_DIR: join(dataDir, 'audit-checkpoints'),
      DEMO_PASSWORD,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'debug',
      // Every spec talks from 127.0.0.1 and logs in often: generous limits here; the
      // rate-limit tests (auth-hardening) override them.
      RATE_LIMIT_PER_MINUTE: '100000',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_FAILURES_PER_ADDRESS: '100000',
      ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  const output: string[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    output.push(chunk);
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    output.push(chunk);
  });

  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const started = Date.now();
  while (!logs.some((line) => String(line.msg).startsWith('GraphQL listening'))) {
    if (child.exitCode !== null || Date.now() - started > STARTUP_TIMEOUT_MS) {
      child.kill('SIGKILL');
      await dropDatabase();
      throw new Error(`API did not start:\n${stderr.join('')}\n${logs.map((l) => JSON.stringify(l)).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const url = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();
  const anonymous = new GraphQLClient(url);
  return {
    url,
    databaseUrl,
    anonymous,
    logs,
    output,
    dataDir,
    exited,
    pid: child.pid!,
    kill(signal) {
      child.kill(signal);
    },
    async as(email: string) {
      let token = tokens.get(email);
      if (!token) {
        const result = await anonymous.gql<{ login: { accessToken: string } }>(
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
          { email, password: DEMO_PASSWORD },
        );
        if (!result.data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
        token = result.data.login.accessToken;
        tokens.set(email, token);
      }
      return new GraphQLClient(url, token);
    },
    async countQueries(run) {
      const isQuery = (line: Record<string, unknown>) => line.msg === 'sql query';
      // Log lines arrive asynchronously: count only once the log has been quiet for a while.
      const settled = async () => {
        let length = -1;
        while (length !== logs.length) {
          length = logs.length;
          await new Promise((r) => setTimeout(r, 150));
        }
      };
      await settled();
      const before = logs.filter(isQuery).length;
      await run();
      await settled();
      return logs.filter(isQuery).length - before;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      await dropDatabase();
    },
  };
}
