import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';

/** The entities and the migrations must describe the same schema. */
describe('migrations', () => {
  const server = () => new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
  const database = `frontera_schema_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const client = server();
    await client.connect();
    await client.query(`CREATE DATABASE ${database}`);
    await client.end();
  });
  afterAll(async () => {
    const client = server();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
  });

  it('migrate a new database to exactly the schema the entities describe', () => {
    const url = new URL(process.env.TEST_PG_SERVER_URL!);
    url.pathname = `/${database}`;
    const run = spawnSync(
      process.execPath,
      ['--no-deprecation', resolve(__dirname, '../dist/apps/api/src/cli/check-schema.js')],
      {
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: url.toString(),
          NODE_ENV: 'test',
          JWT_SECRET: randomBytes(32).toString('hex'),
          ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        },
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Schema matches the entities');
    expect(run.status).toBe(0);
  });
});
