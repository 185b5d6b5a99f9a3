import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { AuditOutcomes1796128468812 } from '../migrations/1796128468812-audit-outcomes';
import { DEMO_IDS } from './support/demo';
import { sqlOn, startApp, TestApp } from './support/test-app';

/**
 * The hash chain and its signed checkpoints, checked by `audit:verify` as an operator runs it:
 * whatever the session's TimeZone, against a checkpoint that was forged, after the newest rows
 * are deleted behind the triggers' back, and after the chain migration re-links old rows.
 */
describe('audit chain and checkpoints', () => {
  let app: TestApp;
  let databaseUrl: string;
  const database = () => new URL(databaseUrl).pathname.slice(1);
  const checkpointDir = () => join(app.dataDir, 'audit-checkpoints');

  const verify = () =>
    spawnSync(process.execPath, ['--no-deprecation', resolve(__dirname, '../dist/apps/api/src/cli/audit-verify.js')], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: databaseUrl,
        NODE_ENV: 'test',
        DATA_DIR: app.dataDir,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      },
      encoding: 'utf8',
    });
  const onServer = async (sql: string) => {
    const server = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
    await server.connect();
    try {
      await server.query(sql);
    } finally {
      await server.end();
    }
  };
  const checkpointLines = () =>
    readdirSync(checkpointDir())
      .filter((name) => name.endsWith('.jsonl'))
      .flatMap((name) => readFileSync(join(checkpointDir(), name), 'utf8').split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as { position: number; rowId: string; hash: string; signature: string });
  /** Runs the chain migration's `down` or `up` in a transaction of its own, as the migration runner would. */
  const migrate = async (direction: 'up' | 'down') => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await new AuditOutcomes1796128468812()[direction]({
        query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows,
      } as never);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    app = await startApp({ AUDIT_CHECKPOINT_SECONDS: '1' }, { keepDatabase: true });
    databaseUrl = app.databaseUrl;
    const usbp = await app.as('analyst@usbp.example');
    for (const id of [DEMO_IDS.suspects.hsiNunezPena, DEMO_IDS.suspects.hsiSalcidoBarron])
      await usbp.gql('query ($id: ID!) { suspect(id: $id) { fullName } }', { id });
    const hsi = await app.as('analyst@hsi.example');
    await hsi.gql('mutation ($id: ID!) { updateSuspect(id: $id, input: { aliases: ["El Chepe"] }) { id } }', {
      id: DEMO_IDS.suspects.hsiNunezPena,
    });
    // every row sealed, and the head in a signed checkpoint
    for (let i = 0; i < 150; i++) {
      const [{ unsealed, head }] = (await sqlOn(
        app,
        'SELECT count(*) FILTER (WHERE hash IS NULL)::int AS unsealed, max(chain_position)::int AS head FROM audit_events',
      )) as { unsealed: number; head: number }[];
      if (unsealed === 0 && head > 0 && checkpointLines().some((c) => c.position === head)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(async () => {
    await app?.stop();
    if (databaseUrl) await onServer(`DROP DATABASE IF EXISTS ${database()} WITH (FORCE)`);
  });

  it('verifies against the signed checkpoints whatever the session time zone and date style', async () => {
    const [{ head }] = (await sqlOn(app, 'SELECT max(chain_position)::int AS head FROM audit_events')) as {
      head: number;
    }[];
    expect(head).toBeGreaterThan(3);
    for (const [timeZone, dateStyle] of [
      ['UTC', 'ISO, MDY'],
      ['America/Chihuahua', 'SQL, DMY'],
      ['Asia/Kathmandu', 'German'],
      ['Pacific/Chatham', 'Postgres, YMD'],
    ]) {
      // new sessions of the database (the verifier's) start with these settings
      await onServer(`ALTER DATABASE ${database()} SET TimeZone = '${timeZone}'`);
      await onServer(`ALTER DATABASE ${database()} SET DateStyle = '${dateStyle}'`);
      const run = verify();
      expect(run.stdout).toMatch(
        /Audit chain intact: \d+ sealed rows, 0 awaiting sealing; \d+ signed checkpoints, the latest at position \d+/,
      );
      expect(run.status).toBe(0);
    }
    await onServer(`ALTER DATABASE ${database()} RESET TimeZone`);
    await onServer(`ALTER DATABASE ${database()} RESET DateStyle`);
  }, 240_000); // four runs of the verifier, each a Node process of its own

  it('refuses a checkpoint it did not sign', async () => {
    const file = join(
      checkpointDir(),
      readdirSync(checkpointDir()).find((name) => name.endsWith('.jsonl'))!,
    );
    const original = readFileSync(file, 'utf8');
    const latest = checkpointLines().at(-1)!;
    appendFileSync(file, `${JSON.stringify({ ...latest, position: latest.position + 1000 })}\n`);
    const forged = verify();
    expect(forged.status).toBe(2);
    expect(forged.stdout).toContain('Audit checkpoints not to be trusted');
    expect(forged.stdout).toContain('the signature does not match');
    writeFileSync(file, original);
    expect(verify().status).toBe(0);
  });

  it('finds the newest rows deleted behind the triggers, which the chain alone cannot show', async () => {
    await app.stop(); // the database stays (keepDatabase); its last rows are sealed and checkpointed at shutdown
    const [{ head }] = (await sqlOn({ databaseUrl }, 'SELECT max(chain_position)::int AS head FROM audit_events')) as {
      head: number;
    }[];
    expect(checkpointLines().some((c) => c.position === head)).toBe(true);
    await sqlOn(
      { databaseUrl },
      `ALTER TABLE audit_events DISABLE TRIGGER USER;
       DELETE FROM audit_events WHERE chain_position > ${head - 2};
       ALTER TABLE audit_events ENABLE TRIGGER USER`,
    );
    const run = verify();
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`Audit rows missing from the end: the chain ends at position ${head - 2}`);
    expect(run.stdout).toContain(`reaches position ${head}`);
  });
  it('re-links a chain of the previous form after checking it, and refuses one broken before', async () => {
    // the checkpoints were signed over the new form's columns, which `down` drops: set them aside
    renameSync(checkpointDir(), `${checkpointDir()}-before-down`);
    await migrate('down');
    await migrate('up');
    const relinked = verify();
    expect(relinked.stdout).toContain('Audit chain intact');
    expect(relinked.status).toBe(0);

    await migrate('down');
    const [row] = await sqlOn(
      { databaseUrl },
      'SELECT id, detail FROM audit_events ORDER BY chain_position LIMIT 1 OFFSET 1',
    );
    const tamper = (detail: unknown) =>
      sqlOn(
        { databaseUrl },
        `ALTER TABLE audit_events DISABLE TRIGGER USER; UPDATE audit_events SET detail = '${JSON.stringify(detail)}' WHERE id = '${String(row.id)}'; ALTER TABLE audit_events ENABLE TRIGGER USER`,
      );
    await tamper({ forged: true });
    await expect(migrate('up')).rejects.toThrow(`The audit chain is broken at row ${String(row.id)}`);
    await tamper(row.detail);
    await migrate('up');
    expect(verify().stdout).toMatch(/Audit chain intact: \d+ sealed rows, 0 awaiting sealing; no signed checkpoint/);
  });
});
