import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { FieldCipher, RecordType } from '@app/core';
import { DEMO_SUSPECTS } from '../demo/demo-data';
import { copyRows } from './copy-rows';
import { ScaleContext } from './scale-context';
import { ScaleOptions } from './scale-options';
import { affiliationsLoad, membershipsLoad, organizationsLoad, suspectsLoad, TableLoad } from './scale-people';
import {
  caseLinksLoad,
  casesLoad,
  tipMentionsLoad,
  tipsLoad,
  warrantExternalRefsLoad,
  warrantsLoad,
  warrantStatusChangesLoad,
} from './scale-records';
import { sharesLoad } from './scale-shares';

export interface SeedScaleReport {
  rows: Record<string, number>;
  seconds: { load: number; indexes: number; analyze: number; total: number };
}

/** In load order: every table's rows only link to tables loaded before it. */
function loads(ctx: ScaleContext, cipher: FieldCipher): TableLoad[] {
  return [
    suspectsLoad(ctx),
    organizationsLoad(ctx),
    membershipsLoad(ctx),
    affiliationsLoad(ctx),
    warrantsLoad(ctx),
    warrantStatusChangesLoad(ctx),
    warrantExternalRefsLoad(ctx),
    tipsLoad(ctx, cipher),
    tipMentionsLoad(ctx, RecordType.SUSPECT),
    tipMentionsLoad(ctx, RecordType.ORGANIZATION),
    casesLoad(ctx),
    caseLinksLoad(ctx),
    sharesLoad(ctx),
  ];
}

/**
 * Filled by triggers on the loaded tables (the warrant change feed, the name-search
 * vocabulary, the suspects' search keys): their indexes are rebuilt too.
 */
const TRIGGER_FILLED = ['warrant_changes', 'search_vocabulary', 'suspect_search_keys'];

interface Deferred {
  /** CREATE INDEX statements of the secondary indexes dropped for the load. */
  indexes: string[];
  /** ALTER TABLE ... ADD CONSTRAINT statements of the foreign keys dropped for the load. */
  foreignKeys: string[];
}

/**
 * Drops the secondary indexes and foreign keys of `tables` (they are rebuilt in one pass
 * after the load, far faster than maintained row by row), remembering how to recreate them
 * exactly as the migrations made them. Primary keys and unique constraints stay.
 */
async function dropForLoad(client: Client, tables: string[]): Promise<Deferred> {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = t.oid AND c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT quote_ident(t.relname) AS table, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)`,
    [tables],
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return {
    indexes: indexes.map((index) => index.definition),
    foreignKeys: foreignKeys.map((fk) => `ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`),
  };
}

export interface SeedScaleOptions {
  /** Progress lines when there is no terminal for the bar. */
  log: (message: string) => void;
}

/**
 * Loads the generated data set on top of the demo data in one transaction: COPY per table,
 * then the indexes and foreign keys rebuilt, then VACUUM ANALYZE so plans and index-only
 * scans see the new rows. Returns null, touching nothing, when the data set is there already.
 */
export async function seedScale(
  databaseUrl: string,
  options: ScaleOptions,
  cipher: FieldCipher,
  { log }: SeedScaleOptions,
): Promise<SeedScaleReport | null> {
  const ctx = new ScaleContext(options);
  const tableLoads = loads(ctx, cipher);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'seed [{bar}] {percentage}% | {value}/{total} rows | {table} | {rate} rows/s | eta {eta}s',
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 50,
      })
    : null;
  try {
    const {
      rows: [{ count }],
    } = await client.query<{ count: string }>('SELECT count(*) AS count FROM suspects');
    if (Number(count) > DEMO_SUSPECTS.length) return null;

    const rows: Record<string, number> = {};
    await client.query('BEGIN');
    const deferred = await dropForLoad(client, [...tableLoads.map((load) => load.table), ...TRIGGER_FILLED]);
    let done = 0;
    bar?.start(
      tableLoads.reduce((sum, load) => sum + load.estimate, 0),
      0,
      { table: tableLoads[0].table, rate: 0 },
    );
    for (const load of tableLoads) {
      const tableStarted = Date.now();
      rows[load.table] = await copyRows(client, load.table, load.columns, load.rows(), (n) => {
        done += n;
        bar?.update(done, {
          table: load.table,
          rate: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)),
        });
      });
      if (!bar) log(`${load.table}: ${rows[load.table]} rows in ${((Date.now() - tableStarted) / 1000).toFixed(1)}s`);
    }
    bar?.stop();
    const loaded = Date.now();
    log(`rebuilding ${deferred.indexes.length} indexes and ${deferred.foreignKeys.length} foreign keys`);
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    for (const statement of [...deferred.indexes, ...deferred.foreignKeys]) await client.query(statement);
    await client.query('COMMIT');
    const indexed = Date.now();
    log('vacuum analyze');
    await client.query(`VACUUM (ANALYZE) ${[...tableLoads.map((load) => load.table), ...TRIGGER_FILLED].join(', ')}`);
    const finished = Date.now();
    return {
      rows,
      seconds: {
        load: (loaded - started) / 1000,
        indexes: (indexed - loaded) / 1000,
        analyze: (finished - indexed) / 1000,
        total: (finished - started) / 1000,
      },
    };
  } catch (error) {
    bar?.stop();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
