import { Client } from 'pg';
import { startApp } from '../test/support/test-app';
import { startTestPostgres } from '../test/support/test-postgres';

/**
 * The warrant sync benchmark: 100,000 warrant status updates through GraphQL in batches of
 * 5,000 against 100,000 warrants on a database of its own, next to the same rows updated by
 * one raw SQL statement. Run by `npm run bench:sync` and as a scenario of `npm run bench`.
 */
const WARRANTS = Number(process.env.BENCH_WARRANTS ?? 100_000);
const BATCH = 5_000;

export interface SyncBenchResult {
  warrants: number;
  batch: number;
  apiSeconds: number;
  rawSeconds: number;
  apiRate: number;
  rawRate: number;
}

export async function benchSync(): Promise<SyncBenchResult> {
  const database = await startTestPostgres();
  const app = await startApp({ LOG_LEVEL: 'info' });
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const {
      rows: [fgr],
    } = await db.query<{ id: string }>("SELECT id FROM agencies WHERE code = 'FGR'");
    const started = Date.now();
    await db.query(
      `INSERT INTO suspects (id, owner_agency_id, tlp, releasable_to, given_names, paternal_surname)
       SELECT gen_random_uuid(), $1, 'AMBER', '{US,MX}', 'Bench', 'Subject ' || g FROM generate_series(1, $2) g`,
      [fgr.id, WARRANTS / 10],
    );
    await db.query(
      `WITH subjects AS (SELECT id, row_number() OVER () - 1 AS n FROM suspects WHERE given_names = 'Bench')
       INSERT INTO warrants (id, owner_agency_id, tlp, releasable_to, number, issuing_country, issuing_authority, charges, subject_id, status, status_changed_at)
       SELECT gen_random_uuid(), $1, 'AMBER', '{US,MX}', 'BENCH-' || g, 'MX', 'Juzgado de Control', '{TRAFICO DE PERSONAS}',
              s.id, 'ACTIVE', '2026-01-01T00:00:00Z'
       FROM generate_series(1, $2) g JOIN subjects s ON s.n = g % $3`,
      [fgr.id, WARRANTS, WARRANTS / 10],
    );
    await db.query(
      `INSERT INTO warrant_external_refs (id, warrant_id, owner_agency_id, source_system, external_id)
       SELECT gen_random_uuid(), id, owner_agency_id, 'BENCH', number FROM warrants WHERE number LIKE 'BENCH-%'`,
    );
    await db.query('ANALYZE');
    console.log(`seeded ${WARRANTS} warrants in ${((Date.now() - started) / 1000).toFixed(1)}s`);

    const admin = await app.as('admin@fgr.example');
    const key = await admin.gql('mutation { createApiKey(name: "bench", scopes: ["warrants:sync"]) { secret } }');
    const secret = key.data.createApiKey.secret as string;

    const updates = Array.from({ length: WARRANTS }, (_, i) => ({
      sourceSystem: 'BENCH',
      externalId: `BENCH-${i + 1}`,
      status: 'SUSPENDED',
      statusChangedAt: '2026-02-01T00:00:00Z',
    }));
    const apiStarted = process.hrtime.bigint();
    let applied = 0;
    for (let i = 0; i < updates.length; i += BATCH) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: JSON.stringify({
          query:
            'mutation ($u: [WarrantStatusUpdateInput!]!) { syncWarrantStatuses(updates: $u) { applied rejected notFound } }',
          variables: { u: updates.slice(i, i + BATCH) },
        }),
      });
      const body = (await response.json()) as { data?: { syncWarrantStatuses: { applied: number } }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      applied += body.data.syncWarrantStatuses.applied;
    }
    const apiSeconds = Number(process.hrtime.bigint() - apiStarted) / 1e9;
    if (applied !== WARRANTS) throw new Error(`expected ${WARRANTS} applied, got ${applied}`);

    // The floor: the same rows changed by one set-based statement, with its history rows.
    const rawStarted = process.hrtime.bigint();
    await db.query(
      `WITH u AS (
         SELECT r.warrant_id, x.status, x.changed_at
         FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS x(external_id, status, changed_at)
         JOIN warrant_external_refs r ON r.source_system = 'BENCH' AND r.external_id = x.external_id
       ), h AS (
         INSERT INTO warrant_status_changes (id, warrant_id, status, changed_at, source_system, applied)
         SELECT gen_random_uuid(), warrant_id, status::warrant_status, changed_at, 'BENCH', true FROM u
       )
       UPDATE warrants w SET status = u.status::warrant_status, status_changed_at = u.changed_at FROM u WHERE w.id = u.warrant_id`,
      [updates.map((u) => u.externalId), updates.map(() => 'ACTIVE'), updates.map(() => '2026-03-01T00:00:00Z')],
    );
    const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;

    return {
      warrants: WARRANTS,
      batch: BATCH,
      apiSeconds,
      rawSeconds,
      apiRate: WARRANTS / apiSeconds,
      rawRate: WARRANTS / rawSeconds,
    };
  } finally {
    await db.end();
    await app.stop();
    await database.stop();
  }
}
