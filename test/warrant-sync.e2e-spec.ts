import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

const SYNC = `mutation ($updates: [WarrantStatusUpdateInput!]!) {
  syncWarrantStatuses(updates: $updates) {
    applied unchanged stale notFound rejected
    items { sourceSystem externalId outcome warrantId message }
  }
}`;
const FEED = `query ($after: String, $first: Int) {
  warrantChanges(after: $after, first: $first) { endCursor hasMore changes { cursor warrant { id number status ownerAgency { code } } } }
}`;
const HISTORY = `query ($id: ID!) { warrant(id: $id) { status statusChangedAt statusHistory { status changedAt sourceSystem applied } } }`;

describe('warrant status sync', () => {
  let app: TestApp;
  let fgrAdmin: GraphQLClient;
  let syncKey: GraphQLClient;
  let syncSecret: string;
  let readKey: GraphQLClient;

  const keyClient = (secret: string) => new GraphQLClient(app.url, undefined, { 'x-api-key': secret });

  beforeAll(async () => {
    app = await startApp();
    fgrAdmin = await app.as('admin@fgr.example');
    const created = await fgrAdmin.gql(
      'mutation { createApiKey(name: "SIJE bridge", scopes: ["warrants:sync", "warrants:read"]) { id name secret } }',
    );
    syncSecret = created.data.createApiKey.secret;
    syncKey = keyClient(syncSecret);
    const reader = await fgrAdmin.gql(
      'mutation { createApiKey(name: "reader", scopes: ["warrants:read"]) { secret } }',
    );
    readKey = keyClient(reader.data.createApiKey.secret);
  });
  afterAll(() => app?.stop());

  describe('API keys', () => {
    it('are created by agency admins only and listed without secrets', async () => {
      const analyst = await app.as('analyst@fgr.example');
      expect(
        errorCode(await analyst.gql('mutation { createApiKey(name: "x", scopes: ["warrants:sync"]) { secret } }')),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await fgrAdmin.gql('mutation { createApiKey(name: "x", scopes: ["everything"]) { secret } }')),
      ).toBe('BAD_USER_INPUT');
      const listed = await fgrAdmin.gql('{ apiKeys { name scopes revokedAt } }');
      expect(listed.data.apiKeys.map((k: { name: string }) => k.name).sort()).toEqual(['SIJE bridge', 'reader']);
      expect(JSON.stringify(listed)).not.toContain(syncSecret);
      const hsiAdmin = await app.as('admin@hsi.example');
      expect((await hsiAdmin.gql('{ apiKeys { name } }')).data.apiKeys).toEqual([]);
    });

    it('act with exactly their scopes; bad and revoked keys are UNAUTHENTICATED', async () => {
      expect(errorCode(await readKey.gql(SYNC, { updates: [] }))).toBe('FORBIDDEN');
      expect(errorCode(await readKey.gql('{ suspects { totalCount } }'))).toBe('FORBIDDEN');
      const forged = keyClient(`${syncSecret.slice(0, -3)}xyz`);
      expect(errorCode(await forged.gql(FEED))).toBe('UNAUTHENTICATED');

      const temporary = await fgrAdmin.gql(
        'mutation { createApiKey(name: "temporary", scopes: ["warrants:read"]) { id secret } }',
      );
      const temporaryKey = keyClient(temporary.data.createApiKey.secret);
      expect((await temporaryKey.gql(FEED)).errors).toBeUndefined();
      const hsiAdmin = await app.as('admin@hsi.example');
      expect(
        errorCode(
          await hsiAdmin.gql('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', {
            id: temporary.data.createApiKey.id,
          }),
        ),
      ).toBe('NOT_FOUND');
      await fgrAdmin.gql('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', {
        id: temporary.data.createApiKey.id,
      });
      expect(errorCode(await temporaryKey.gql(FEED))).toBe('UNAUTHENTICATED');
      const listed = await fgrAdmin.gql('{ apiKeys { name lastUsedAt } }');
      expect(listed.data.apiKeys.find((k: { name: string }) => k.name === 'temporary').lastUsedAt).not.toBeNull();
    });
  });

  describe('syncWarrantStatuses', () => {
    const cp298 = () => DEMO_IDS.warrants.fgrNunezPena as string;

    it('gives every item its outcome and never lets an invalid one block the others', async () => {
      const result = await syncKey.gql(SYNC, {
        updates: [
          {
            sourceSystem: 'SIJE-CHIH',
            externalId: 'BRAVO-CP-298-2025',
            status: 'SUSPENDED',
            statusChangedAt: '2026-11-02T16:20:00Z',
          },
          {
            sourceSystem: 'SIJE-CHIH',
            externalId: 'BRAVO-CP-298-2025',
            status: 'ISSUED',
            statusChangedAt: '2025-06-02T18:30:00Z',
          },
          {
            sourceSystem: 'SIJE-CHIH',
            externalId: 'BRAVO-CP-298-2025',
            status: 'CANCELLED',
            statusChangedAt: '2026-10-01T00:00:00Z',
          },
          {
            sourceSystem: 'SIJE-CHIH',
            externalId: 'NO-SUCH-CASE',
            status: 'ACTIVE',
            statusChangedAt: '2026-11-01T00:00:00Z',
          },
          {
            sourceSystem: 'PACER-WDTX',
            externalId: '3:26-cr-00412',
            status: 'EXECUTED',
            statusChangedAt: '2026-11-01T00:00:00Z',
          },
          { sourceSystem: 'SIJE-CHIH', externalId: '', status: 'ACTIVE', statusChangedAt: '2026-11-01T00:00:00Z' },
          {
            sourceSystem: 'SIJE-CHIH',
            externalId: 'BRAVO-CP-413-2025',
            status: 'ACTIVE',
            statusChangedAt: '2026-11-01T00:00:00Z',
          },
          {
            sourceSystem: 'SIJE-CHIH',
            externalId: 'BRAVO-CP-413-2025',
            status: 'ACTIVE',
            statusChangedAt: '2099-01-01T00:00:00Z',
          },
        ],
      });
      expect(result.errors).toBeUndefined();
      const sync = result.data.syncWarrantStatuses;
      expect(sync.items.map((i: { outcome: string }) => i.outcome)).toEqual([
        'APPLIED',
        'UNCHANGED',
        'STALE',
        'NOT_FOUND',
        'NOT_FOUND',
        'REJECTED',
        'REJECTED',
        'REJECTED',
      ]);
      expect(sync).toMatchObject({ applied: 1, unchanged: 1, stale: 1, notFound: 2, rejected: 3 });
      expect(sync.items[6].message).toMatch(/new warrant/);
      expect(sync.items[7].message).toMatch(/future/);
      expect(sync.items[0].warrantId).toBe(cp298());
      expect(sync.items[4].warrantId).toBeNull();

      const analyst = await app.as('analyst@fgr.example');
      const warrant = (await analyst.gql(HISTORY, { id: cp298() })).data.warrant;
      expect(warrant.status).toBe('SUSPENDED');
      expect(new Date(warrant.statusChangedAt).toISOString()).toBe('2026-11-02T16:20:00.000Z');
      const recorded = warrant.statusHistory.map(
        (h: { status: string; applied: boolean }) => `${h.status}:${h.applied}`,
      );
      expect(recorded).toContain('SUSPENDED:true');
      expect(recorded).toContain('CANCELLED:false');
    });

    it('is idempotent: replaying a batch changes nothing', async () => {
      const updates = [
        {
          sourceSystem: 'SIJE-CHIH',
          externalId: 'BRAVO-CP-298-2025',
          status: 'ACTIVE',
          statusChangedAt: '2026-11-16T18:05:00Z',
        },
      ];
      expect((await syncKey.gql(SYNC, { updates })).data.syncWarrantStatuses.applied).toBe(1);
      const replay = (await syncKey.gql(SYNC, { updates })).data.syncWarrantStatuses;
      expect(replay).toMatchObject({ applied: 0, unchanged: 1 });
      const db = new Client({ connectionString: app.databaseUrl });
      await db.connect();
      const { rows } = await db.query(
        "SELECT count(*)::int AS n FROM warrant_status_changes WHERE warrant_id = $1 AND status = 'ACTIVE' AND changed_at = '2026-11-16T18:05:00Z'",
        [cp298()],
      );
      await db.end();
      expect(rows[0].n).toBe(1);
    });

    it('refuses a batch over 5,000 updates and writes nothing', async () => {
      const updates = Array.from({ length: 5001 }, () => ({
        sourceSystem: 'S',
        externalId: 'X',
        status: 'ACTIVE',
        statusChangedAt: '2026-01-01T00:00:00Z',
      }));
      expect(errorCode(await syncKey.gql(SYNC, { updates }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('warrantChanges', () => {
    it('returns the changes of visible warrants only, in order, resuming from a cursor', async () => {
      const first = (await readKey.gql(FEED, { first: 100 })).data.warrantChanges;
      expect(first.changes.length).toBeGreaterThan(0);
      expect(
        first.changes.every(
          (c: { warrant: { ownerAgency: { code: string } } }) => c.warrant.ownerAgency.code === 'FGR',
        ),
      ).toBe(true);
      const resumed = (await readKey.gql(FEED, { after: first.endCursor, first: 100 })).data.warrantChanges;
      expect(resumed.changes).toEqual([]);
      expect(resumed.endCursor).toBe(first.endCursor);

      await syncKey.gql(SYNC, {
        updates: [
          {
            sourceSystem: 'FGR-MANDAMIENTOS',
            externalId: 'MJ/CHIH/2024/000771',
            status: 'SUSPENDED',
            statusChangedAt: '2026-11-10T00:00:00Z',
          },
        ],
      });
      const next = (await readKey.gql(FEED, { after: first.endCursor })).data.warrantChanges;
      expect(
        next.changes.map(
          (c: { warrant: { number: string; status: string } }) => `${c.warrant.number}:${c.warrant.status}`,
        ),
      ).toEqual(['CP 77/2024:SUSPENDED']);
      expect(errorCode(await readKey.gql(FEED, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    });

    it('shows a change only behind every earlier transaction, so a poller never skips a late commit', async () => {
      const start = (await readKey.gql(FEED, { first: 100 })).data.warrantChanges;
      let cursor = start.endCursor as string;
      while ((await readKey.gql(FEED, { after: cursor, first: 100 })).data.warrantChanges.hasMore) {
        cursor = (await readKey.gql(FEED, { after: cursor, first: 100 })).data.warrantChanges.endCursor;
      }
      const slow = new Client({ connectionString: app.databaseUrl });
      const fast = new Client({ connectionString: app.databaseUrl });
      await Promise.all([slow.connect(), fast.connect()]);
      try {
        // The slow writer starts first (smaller transaction id) and commits last.
        await slow.query('BEGIN');
        await slow.query("UPDATE warrants SET issuing_authority = issuing_authority || ' ' WHERE id = $1", [
          DEMO_IDS.warrants.fgrDominguezLara,
        ]);
        await fast.query("UPDATE warrants SET issuing_authority = issuing_authority || ' ' WHERE id = $1", [
          DEMO_IDS.warrants.fgrCarrascoSaucedo,
        ]);

        const whileSlowRuns = (await readKey.gql(FEED, { after: cursor })).data.warrantChanges;
        expect(whileSlowRuns.changes).toEqual([]);

        await slow.query('COMMIT');
        const after = (await readKey.gql(FEED, { after: cursor })).data.warrantChanges;
        expect(after.changes.map((c: { warrant: { id: string } }) => c.warrant.id)).toEqual([
          DEMO_IDS.warrants.fgrDominguezLara,
          DEMO_IDS.warrants.fgrCarrascoSaucedo,
        ]);
      } finally {
        await Promise.all([slow.end(), fast.end()]);
      }
    });

    it('loses nothing while concurrent writers commit and a poller polls', async () => {
      const db = new Client({ connectionString: app.databaseUrl });
      await db.connect();
      const { rows: before } = await db.query('SELECT max(seq) AS seq FROM warrant_changes');
      let cursor = '';
      const seen: string[] = [];
      const poll = async () => {
        for (;;) {
          const page = (await readKey.gql(FEED, { after: cursor || null, first: 100 })).data.warrantChanges;
          seen.push(...page.changes.map((c: { cursor: string }) => c.cursor));
          cursor = page.endCursor ?? cursor;
          if (!page.hasMore) return;
        }
      };
      await poll();
      const baseline = seen.length;

      const fgrWarrants = [
        DEMO_IDS.warrants.fgrNunezPena,
        DEMO_IDS.warrants.fgrDominguezLara,
        DEMO_IDS.warrants.fgrCarrascoSaucedo,
      ];
      let writing = true;
      const writers = Array.from({ length: 6 }, async (_, w) => {
        const client = new Client({ connectionString: app.databaseUrl });
        await client.connect();
        for (let round = 0; round < 15; round++) {
          await client.query('BEGIN');
          await client.query("UPDATE warrants SET issuing_authority = issuing_authority || '' WHERE id = $1", [
            fgrWarrants[(w + round) % 3],
          ]);
          await new Promise((r) => setTimeout(r, Math.random() * 15));
          await client.query('COMMIT');
        }
        await client.end();
      });
      const poller = (async () => {
        while (writing) {
          await poll();
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      await Promise.all(writers);
      writing = false;
      await poller;

      const { rows: written } = await db.query(
        'SELECT count(*)::int AS n FROM warrant_changes c JOIN warrants w ON w.id = c.warrant_id WHERE c.seq > coalesce($1, 0) AND w.owner_agency_id = $2',
        [before[0].seq, DEMO_IDS.agencies.FGR],
      );
      await db.end();
      // The feed's horizon is the oldest transaction open anywhere on the server (another
      // database's included): drain until it has passed the last write, or give up after 30 s.
      const deadline = Date.now() + 30_000;
      do {
        await poll();
        if (seen.length - baseline >= written[0].n) break;
        await new Promise((r) => setTimeout(r, 100));
      } while (Date.now() < deadline);
      expect(written[0].n).toBe(6 * 15);
      expect(seen.length - baseline).toBe(written[0].n);
      expect(new Set(seen).size).toBe(seen.length);
    });
  });
});
