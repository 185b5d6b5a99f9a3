import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTestPostgres } from './test-postgres';

declare global {
  var testPostgres: { stop(): Promise<void> } | undefined;
}

/** One PostgreSQL server for the run; every spec file creates and drops its own database on it. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve(__dirname, '../../dist/apps/api/src/main.js'))) {
    throw new Error('The API is not built: run `npm test` (it builds first) or `npx nest build`.');
  }
  globalThis.testPostgres = await startTestPostgres();
}
