import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { sqlOn, startApp, TestApp } from './support/test-app';

const UPDATE_SUSPECT =
  'mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { id } }';

/**
 * A write and its audit entry are one transaction: the API killed between the two (the entry's
 * INSERT held up by a lock the test takes, the write already done) leaves neither after a restart.
 */
describe('audit entry of a write, across a crash', () => {
  const suspectId = DEMO_IDS.suspects.hsiNunezPena;
  let app: TestApp;
  let databaseUrl: string;

  const aliasesOf = async () =>
    (await sqlOn({ databaseUrl }, 'SELECT aliases FROM suspects WHERE id = $1', [suspectId]))[0].aliases as string[];
  const entriesOf = (requestId: string) =>
    sqlOn({ databaseUrl }, 'SELECT action, outcome FROM audit_events WHERE request_id = $1', [requestId]);
  const update = (aliases: string[], requestId: string) =>
    app
      .as('analyst@hsi.example')
      .then((client) =>
        client.gql(UPDATE_SUSPECT, { id: suspectId, input: { aliases } }, { 'x-request-id': requestId }),
      );

  beforeAll(async () => {
    app = await startApp({}, { keepDatabase: true });
    databaseUrl = app.databaseUrl;
  });
  afterAll(async () => {
    await app?.stop();
    const server = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);
    await server.end();
  });

  it('keeps both when the write commits', async () => {
    expect((await update(['Chepe'], 'crash-both')).errors).toBeUndefined();
    expect(await entriesOf('crash-both')).toEqual([{ action: 'SUSPECT_UPDATED', outcome: 'SUCCESS' }]);
    expect(await aliasesOf()).toEqual(['Chepe']);
  });

  it('keeps neither when the process dies after the write, before its entry is in', async () => {
    const before = await aliasesOf();
    await app.as('analyst@hsi.example'); // logged in before the table is locked (a login is audited too)
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      // INSERTs wait for this lock; reads do not
      await blocker.query('LOCK TABLE audit_events IN SHARE MODE');
      void update(['El Chepe muerto'], 'crash-neither').catch(() => undefined);
      let writer: number | null = null;
      for (let i = 0; i < 200 && writer === null; i++) {
        // from a connection of its own: within a transaction pg_stat_activity stays as first read
        const rows = await sqlOn(
          { databaseUrl },
          `SELECT a.pid FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND a.query LIKE '%INSERT INTO audit_events%'
              AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                           WHERE l.pid = a.pid AND c.relname = 'suspects' AND l.mode = 'RowExclusiveLock' AND l.granted)`,
        );
        writer = (rows[0]?.pid as number | undefined) ?? null;
        if (writer === null) await new Promise((r) => setTimeout(r, 50));
      }
      // the suspect is written (its row lock held), its entry waits
      expect(writer).not.toBeNull();
      app.kill('SIGKILL');
      await app.exited;
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    // the orphaned backend finishes its INSERT, cannot answer a client that is gone, and rolls back
    for (let i = 0; i < 100; i++) {
      const { length } = await sqlOn(
        { databaseUrl },
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%INSERT INTO audit_events%' AND state <> 'idle'",
      );
      if (length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    app = await startApp({}, { databaseUrl });
    expect(await aliasesOf()).toEqual(before);
    expect(await entriesOf('crash-neither')).toEqual([]);
    // and the API carries on
    expect((await update(['Chepe', 'El Chepe'], 'crash-after')).errors).toBeUndefined();
    expect(await entriesOf('crash-after')).toEqual([{ action: 'SUSPECT_UPDATED', outcome: 'SUCCESS' }]);
  });
});
