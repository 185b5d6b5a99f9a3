import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freeLoopbackPort } from '../test/support/ports';

/**
 * PostGraphile 4 on the benchmark's database, the peer the issue measures against: its schema
 * inferred from the tables, no authorization configured (it reads every row), its own process
 * so that its CPU time per request is measured like the API's.
 */
export interface Peer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '../..');

export async function startPeer(databaseUrl: string): Promise<Peer> {
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/postgraphile/cli.js'),
      '-c',
      databaseUrl,
      '-s',
      'public',
      '-n',
      '127.0.0.1',
      '-p',
      String(port),
      '--disable-default-mutations',
      '--disable-query-log',
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`PostGraphile exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (waited > 120_000) throw new Error(`PostGraphile did not answer within 2 minutes: ${stderr}`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
