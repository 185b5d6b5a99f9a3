import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freeLoopbackPort } from './support/ports';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staleness } = require('../scripts/build-if-stale.js') as { staleness(root: string): string | null };

/** Whether anything accepts connections on host:port. */
function listening(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolveProbe) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolveProbe(true);
    });
    socket.once('error', () => resolveProbe(false));
  });
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('npm start', () => {
  it('builds only when dist/ is missing or older than the sources', () => {
    const root = mkdtempSync(join(tmpdir(), 'frontera-stale-'));
    mkdirSync(join(root, 'libs/core/src'), { recursive: true });
    const source = join(root, 'libs/core/src/thing.ts');
    writeFileSync(source, 'export const thing = 1;\n');
    expect(staleness(root)).toBe('dist/ is missing');
    mkdirSync(join(root, 'dist/apps/api/src'), { recursive: true });
    const built = join(root, 'dist/apps/api/src/main.js');
    writeFileSync(built, '');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(source, hourAgo, hourAgo);
    // the API alone is not a build: the console is served from dist/ too
    expect(staleness(root)).toBe('dist/ is missing');
    mkdirSync(join(root, 'dist/console'), { recursive: true });
    const builtConsole = join(root, 'dist/console/index.html');
    writeFileSync(builtConsole, '');
    // the build is older than what is written next: equal times within the file system's resolution are no change
    const halfHourAgo = new Date(Date.now() - 1_800_000);
    for (const file of [built, builtConsole]) utimesSync(file, halfHourAgo, halfHourAgo);
    expect(staleness(root)).toBeNull();
    // the console's sources count as sources
    mkdirSync(join(root, 'apps/console/src'), { recursive: true });
    const page = join(root, 'apps/console/src/page.tsx');
    writeFileSync(page, '');
    expect(staleness(root)).toBe('sources are newer than dist/');
    utimesSync(page, hourAgo, hourAgo);
    expect(staleness(root)).toBeNull();
    // a spec is not compiled into dist/: editing one needs no build
    writeFileSync(join(root, 'libs/core/src/thing.spec.ts'), '');
    expect(staleness(root)).toBeNull();
    writeFileSync(source, 'export const thing = 2;\n');
    utimesSync(built, hourAgo, hourAgo);
    expect(staleness(root)).toBe('sources are newer than dist/');
  });

  it("serves the built API on HOST as npm's own child, so SIGTERM to npm leaves nothing listening", async () => {
    const database = `frontera_test_start_${randomBytes(4).toString('hex')}`;
    await onServer(`CREATE DATABASE ${database}`);
    const url = new URL(process.env.TEST_PG_SERVER_URL!);
    url.pathname = `/${database}`;
    const port = await freeLoopbackPort();
    // dist/ is fresh (the suite runs after a build): npm start must not rebuild it under the other specs.
    expect(staleness(ROOT)).toBeNull();
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.5',
        DATABASE_URL: url.toString(),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'frontera-start-')),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => npm.once('exit', (code) => resolveExit(code)));
    try {
      const started = Date.now();
      while (!output.includes('GraphQL listening')) {
        if (npm.exitCode !== null || Date.now() - started > 60_000)
          throw new Error(`npm start did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(output).not.toContain('Building');
      expect(output).toContain(`GraphQL listening on http://127.0.0.5:${port}/graphql`);
      expect(await listening(port, '127.0.0.5')).toBe(true);
      expect(await listening(port, '127.0.0.1')).toBe(false);
      npm.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('SIGTERM: finishing in-flight requests and stopping');
      expect(await listening(port, '127.0.0.5')).toBe(false);
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
      await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  });
});
