import { Client } from 'pg';
import { gqlFrom } from './support/from-address';
import { sqlOn, startApp, TestApp } from './support/test-app';

jest.setTimeout(180_000);

const SUSPECTS = '{ suspects(first: 1) { totalCount } }';

/** A lookup on a connection of its own: the primary hands each new connection to the next worker. */
async function onNewConnection(app: TestApp, token: string, query: string, requestId: string) {
  const { status, result } = await gqlFrom(
    '127.0.0.1',
    app.url,
    query,
    {},
    { authorization: `Bearer ${token}`, 'x-request-id': requestId },
  );
  return { status, body: result };
}

describe('cluster mode (WEB_CONCURRENCY=2)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ WEB_CONCURRENCY: '2', LOG_LEVEL: 'info' });
  }, 150_000);
  afterAll(() => app?.stop());

  it('migrates and seeds once in the primary, then serves from both workers', async () => {
    expect(app.logs.filter((line) => String(line.msg).startsWith('Applied ')).map((line) => line.worker)).toEqual([
      undefined,
    ]);
    expect(
      app.logs.filter((line) => line.msg === 'Seeded the demo data set (SEED_DEMO)').map((line) => line.worker),
    ).toEqual([undefined]);
    expect(app.logs.find((line) => String(line.msg).startsWith('GraphQL listening'))?.msg).toMatch(/\(2 workers\)$/);
    expect((await sqlOn(app, 'SELECT count(*)::int AS n FROM agencies'))[0].n).toBe(10);

    const analyst = await app.as('analyst@hsi.example');
    for (let i = 0; i < 6; i++)
      expect((await onNewConnection(app, analyst.token!, SUSPECTS, `spread-${i}`)).status).toBe(200);
    const workers = new Set(
      app.logs
        .filter((line) => line.msg === 'request' && String(line.requestId).startsWith('spread-'))
        .map((line) => line.worker),
    );
    expect([...workers].sort()).toEqual([1, 2]);
  });

  it('drains every worker on SIGTERM: in-flight requests finish, then the primary exits 0', async () => {
    const analyst = await app.as('analyst@hsi.example');
    // Warm both workers' session cache, so the held requests wait only on the table below.
    for (let i = 0; i < 4; i++) await onNewConnection(app, analyst.token!, SUSPECTS, `warm-${i}`);
    const blocker = new Client({ connectionString: app.databaseUrl });
    await blocker.connect();
    blocker.on('error', () => undefined);
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE suspects IN ACCESS EXCLUSIVE MODE');
    const held = Array.from({ length: 4 }, (_, i) => onNewConnection(app, analyst.token!, SUSPECTS, `held-${i}`));
    try {
      // each worker has a request waiting on the lock
      const started = Date.now();
      for (;;) {
        // From another connection: inside the blocker's transaction pg_stat_activity stays as first read.
        // The statement's text is cut at 1 KB there, before its FROM: count the backends waiting on a lock.
        const [{ n }] = await sqlOn(
          app,
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock'",
        );
        if ((n as number) >= 2) break;
        if (Date.now() - started > 30_000) throw new Error('the held requests never reached the database');
        await new Promise((r) => setTimeout(r, 100));
      }
      app.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const answers = await Promise.all(held);
    for (const answer of answers)
      expect(answer).toMatchObject({ status: 200, body: { data: { suspects: { totalCount: expect.any(Number) } } } });
    const servedBy = new Set(
      app.logs
        .filter((line) => line.msg === 'request' && String(line.requestId).startsWith('held-'))
        .map((line) => line.worker),
    );
    expect(servedBy.size).toBe(2);
    expect(await app.exited).toBe(0);
    expect(
      app.logs
        .filter((line) => line.msg === 'Stopped')
        .map((line) => line.worker ?? 'primary')
        .sort(),
    ).toEqual([1, 2, 'primary']);
  });
});
