import { Pool, PoolClient } from 'pg';
import { PREPARED_PER_CONNECTION, PreparingClient } from '../libs/core/src/database/prepared-statements';

/*
 * The API's connections send parameterized reads as named prepared statements: parsed once per
 * connection, a bounded number of them, and never a write.
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
    pool = new Pool({ connectionString: process.env.TEST_PG_SERVER_URL, Client: PreparingClient, max: 1 });
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
