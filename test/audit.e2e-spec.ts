import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

const TRAIL = `query ($type: RecordType!, $id: ID!) {
  auditTrail(recordType: $type, recordId: $id, first: 50) { edges { node { action actorAgency { code } recordType recordId detail } } pageInfo { hasNextPage } }
}`;

describe('audit trail', () => {
  let app: TestApp;
  let hsiLiaison: GraphQLClient;
  const suspectId = DEMO_IDS.suspects.hsiNunezPena;

  const verify = () =>
    spawnSync(process.execPath, ['--no-deprecation', resolve(__dirname, '../dist/apps/api/src/cli/audit-verify.js')], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: app.databaseUrl,
        NODE_ENV: 'test',
        JWT_SECRET: randomBytes(32).toString('hex'),
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      },
      encoding: 'utf8',
    });
  const trail = async (client: GraphQLClient) => (await client.gql(TRAIL, { type: 'SUSPECT', id: suspectId })).data?.auditTrail.edges.map((e: { node: unknown }) => e.node);

  beforeAll(async () => {
    app = await startApp();
    hsiLiaison = await app.as('liaison@hsi.example');
  });
  afterAll(() => app?.stop());

  it('records every read of a shared record, with the fields it received, for the owner to see', async () => {
    const usbp = await app.as('analyst@usbp.example');
    await usbp.gql('query ($id: ID!) { suspect(id: $id) { fullName } }', { id: suspectId });
    const events = await trail(hsiLiaison);
    const read = events.find((e: { action: string }) => e.action === 'READ_SHARED');
    expect(read).toMatchObject({ actorAgency: { code: 'USBP' }, recordType: 'SUSPECT', recordId: suspectId });
    const fields = JSON.parse(read.detail).fields as string[];
    expect(fields).toContain('givenNames');
    expect(fields).not.toContain('identifiers');
  });

  it('records each of many concurrent reads under its own actor and request, written together', async () => {
    const readers = await Promise.all(['analyst@usbp.example', 'investigator@usbp.example', 'liaison@usbp.example'].map((email) => app.as(email)));
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const before = Number((await db.query("SELECT count(*) FROM audit_events WHERE action = 'READ_SHARED'")).rows[0].count);
      const requestIds = Array.from({ length: 30 }, (_, i) => `concurrent-read-${i}`);
      const answers = await Promise.all(
        requestIds.map((requestId, i) =>
          fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${readers[i % 3].token}`, 'x-request-id': requestId },
            body: JSON.stringify({ query: 'query ($id: ID!) { suspect(id: $id) { fullName } }', variables: { id: suspectId } }),
          }).then((response) => response.json() as Promise<{ data: { suspect: { fullName: string } } }>),
        ),
      );
      expect(answers.every((answer) => answer.data.suspect.fullName === 'José Ángel Núñez Peña')).toBe(true);
      // every answer left after its entry was written: no waiting here
      const { rows } = await db.query<{ request_id: string; email: string }>(
        "SELECT e.request_id, u.email FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE e.action = 'READ_SHARED' AND e.request_id = ANY($1)",
        [requestIds],
      );
      expect(rows.map((row) => row.request_id).sort()).toEqual([...requestIds].sort());
      for (const row of rows) expect(row.email).toBe(['analyst@usbp.example', 'investigator@usbp.example', 'liaison@usbp.example'][Number(row.request_id.split('-').pop()) % 3]);
      expect(Number((await db.query("SELECT count(*) FROM audit_events WHERE action = 'READ_SHARED'")).rows[0].count)).toBe(before + 30);
    } finally {
      await db.end();
    }
  });

  it('records every write', async () => {
    const hsi = await app.as('analyst@hsi.example');
    await hsi.gql('mutation ($id: ID!) { updateSuspect(id: $id, input: { aliases: ["El Chepe", "Chepe"] }) { id } }', { id: suspectId });
    const events = await trail(hsiLiaison);
    expect(events.some((e: { action: string; actorAgency: { code: string } }) => e.action === 'SUSPECT_UPDATED' && e.actorAgency.code === 'HSI')).toBe(true);
  });

  it("is for the owning agency's liaison officers and admins; another agency's see only their own people's entries", async () => {
    expect(errorCode(await (await app.as('analyst@hsi.example')).gql(TRAIL, { type: 'SUSPECT', id: suspectId }))).toBe('FORBIDDEN');
    const usbp = await trail(await app.as('liaison@usbp.example'));
    expect(usbp.length).toBeGreaterThan(0);
    expect(usbp.every((e: { actorAgency: { code: string } }) => e.actorAgency.code === 'USBP')).toBe(true);
    const hsi = await trail(await app.as('admin@hsi.example'));
    expect(hsi.some((e: { actorAgency: { code: string } }) => e.actorAgency.code === 'HSI')).toBe(true);
    expect(hsi.some((e: { actorAgency: { code: string } }) => e.actorAgency.code === 'USBP')).toBe(true);
    expect(await trail(await app.as('liaison@fgr.example'))).toEqual([]);
  });

  it('cannot be altered through the database, and a change behind its back is found', async () => {
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(db.query("UPDATE audit_events SET action = 'nothing'")).rejects.toThrow(/append-only/);
      // wait for the sealer to link every row into the chain
      for (let i = 0; i < 50; i++) {
        const { rows } = await db.query('SELECT count(*)::int AS n FROM audit_events WHERE hash IS NULL');
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const intact = verify();
      expect(intact.stdout).toMatch(/Audit chain intact: [1-9]\d* sealed rows, 0 awaiting sealing/);
      expect(intact.status).toBe(0);

      const { rows } = await db.query("SELECT id FROM audit_events WHERE action = 'READ_SHARED' ORDER BY chain_position LIMIT 1");
      await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await db.query(`UPDATE audit_events SET detail = '{"fields": []}' WHERE id = $1`, [rows[0].id]);
      await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      const broken = verify();
      expect(broken.status).toBe(2);
      expect(broken.stdout).toContain(`Audit chain broken at row ${rows[0].id}`);
    } finally {
      await db.end();
    }
  });
});
