import { Pool, PoolClient } from 'pg';
import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import { ApiPgClient } from '../libs/core/src/database/api-pg-client';
import { actForAgency, agencyReads, agencyTransaction, forPurpose } from '../libs/core/src/database/agency-scope';
import { PREPARED_PER_CONNECTION } from '../libs/core/src/database/prepared-statements';

/*
 * The API's pg client: parameterized reads go as named prepared statements (parsed once per
 * connection, a bounded number, never a write), and each statement runs with the agency its
 * connection's holder acts for, set only when it differs from what the connection has.
 */
describe('prepared statements', () => {
  let pool: Pool;
  let client: PoolClient;

  const preparedNames = async () =>
    (
      await client.query<{ name: string; statement: string }>(
        `SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'frontera_%' ORDER BY name`,
      )
    ).rows;

  beforeAll(async () => {
    pool = new Pool({ connectionString: process.env.TEST_PG_SERVER_URL, Client: ApiPgClient, max: 1 });
    client = await pool.connect();
    await client.query('CREATE TEMPORARY TABLE prepared_probe (n int)');
  });

  afterAll(async () => {
    client.release();
    await pool.end();
  });

  it('a read with parameters is prepared once and then executed by name', async () => {
    const read = 'SELECT $1::int + 1 AS next';
    expect((await client.query(read, [1])).rows).toEqual([{ next: 2 }]);
    expect((await client.query(read, [41])).rows).toEqual([{ next: 42 }]);
    const named = (await preparedNames()).filter((row) => row.statement === read);
    expect(named).toHaveLength(1);
  });

  it('writes, statements without parameters and callbacks go unnamed', async () => {
    const before = (await preparedNames()).length;
    await client.query('INSERT INTO prepared_probe VALUES ($1)', [1]);
    await client.query('SELECT count(*) FROM prepared_probe');
    await new Promise<void>((done, fail) =>
      client.query('SELECT $1::int AS n', [7], (error) => (error ? fail(error) : done())),
    );
    expect((await preparedNames()).length).toBe(before);
  });

  it('a connection keeps at most its bound of named statements, and still answers past it', async () => {
    for (let i = 0; i < PREPARED_PER_CONNECTION + 20; i++) {
      const { rows } = await client.query<{ n: number }>(`SELECT $1::int + ${i} AS n`, [1]);
      expect(rows[0].n).toBe(1 + i);
    }
    expect((await preparedNames()).length).toBe(PREPARED_PER_CONNECTION);
  });

  it('a failed read leaves the connection usable, and the same text prepares again', async () => {
    const failing = 'SELECT 1 / $1::int AS q';
    await expect(client.query(failing, [0])).rejects.toThrow(/division by zero/);
    expect((await client.query(failing, [1])).rows).toEqual([{ q: 1 }]);
  });
});

describe('the acting agency on pooled connections', () => {
  const HSI = '00000000-0000-4000-8000-000000000001';
  const FGR = '00000000-0000-4000-8000-000000000002';
  /** The settings statements the client sent for scoped holders (it logs them like their own). */
  const settings: string[] = [];
  class SettingsLog extends AbstractLogger {
    protected writeLog(_level: LogLevel, message: LogMessage | LogMessage[]): void {
      for (const entry of Array.isArray(message) ? message : [message])
        if (entry.type === 'query' && String(entry.message).includes('set_config'))
          settings.push(String(entry.message));
    }
  }
  let dataSource: DataSource;
  // Every statement names `suspects` (a guarded table) only as text: the settings are what is looked at.
  const SETTINGS_NOW = `SELECT current_setting('frontera.agency_id', true) AS agency, current_setting('frontera.purpose', true) AS purpose, 'suspects' AS probe`;

  const readsAs = async (agencyId: string | null) => {
    const reads = agencyReads(dataSource, agencyId);
    const [{ agency, purpose }] = (await reads.manager.query(SETTINGS_NOW)) as { agency: string; purpose: string }[];
    await reads.end();
    return { agency, purpose };
  };

  beforeAll(async () => {
    // the API's client (dataSourceOptions), on one connection: every holder meets what the one before it left
    dataSource = await new DataSource({
      type: 'postgres',
      url: process.env.TEST_PG_SERVER_URL,
      logger: new SettingsLog(['query']),
      logging: ['query'],
      extra: { Client: ApiPgClient, max: 1 },
    }).initialize();
  });

  afterAll(() => dataSource.destroy());

  beforeEach(() => settings.splice(0));

  it("a request's statements act for its agency; the next request of the same agency sends no setting", async () => {
    expect(await readsAs(HSI)).toEqual({ agency: HSI, purpose: '' });
    expect(settings).toHaveLength(1);
    expect(await readsAs(HSI)).toEqual({ agency: HSI, purpose: '' });
    expect(settings).toHaveLength(1);
    expect(await readsAs(FGR)).toEqual({ agency: FGR, purpose: '' });
    expect(settings).toHaveLength(2);
  });

  it("the API's own work on a connection an agency used sees no agency where a guarded table is named", async () => {
    await readsAs(FGR);
    const [row] = (await dataSource.query(SETTINGS_NOW)) as { agency: string }[];
    expect(row.agency).toBe('');
    // and the public (no agency) on it again sees none
    expect(await readsAs(null)).toEqual({ agency: '', purpose: '' });
  });

  it('a purpose holds for the statements inside forPurpose only', async () => {
    const reads = agencyReads(dataSource, HSI);
    const inside = await forPurpose(reads.manager, 'discover', () => reads.manager.query(SETTINGS_NOW));
    const after = (await reads.manager.query(SETTINGS_NOW)) as unknown[];
    await reads.end();
    expect(inside).toEqual([{ agency: HSI, purpose: 'discover', probe: 'suspects' }]);
    expect(after).toEqual([{ agency: HSI, purpose: '', probe: 'suspects' }]);
  });

  it('a rolled-back transaction undoes no agency unnoticed: the next statement sets it again', async () => {
    await readsAs(FGR);
    await expect(
      agencyTransaction(dataSource, FGR, async (manager) => {
        // set inside the transaction: the rollback puts FGR back on the session
        actForAgency(manager, HSI);
        expect(await manager.query(SETTINGS_NOW)).toEqual([{ agency: HSI, purpose: '', probe: 'suspects' }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await readsAs(HSI)).toEqual({ agency: HSI, purpose: '' });
  });

  it('a statement that fails inside a transaction still lets it roll back, and the connection serves the next', async () => {
    await expect(
      agencyTransaction(dataSource, HSI, async (manager) => {
        await manager.query('SELECT 1 / $1::int', [0]);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await readsAs(HSI)).toEqual({ agency: HSI, purpose: '' });
  });
});
