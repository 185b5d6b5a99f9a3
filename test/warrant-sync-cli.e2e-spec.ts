import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_IDS } from './support/demo';
import { FaultProxy, startFaultProxy } from './support/fault-proxy';
import { startApp, TestApp } from './support/test-app';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/apps/warrant-sync/src/main.js');
const SAMPLE_NDJSON = join(ROOT, 'examples/warrant-updates.ndjson');
const SAMPLE_CSV = join(ROOT, 'examples/warrant-updates.csv');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string>, cwd: string): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

const ndjson = (...lines: unknown[]) =>
  lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n';
const update = (externalId: string, status: string, statusChangedAt: string, extra: Record<string, string> = {}) => ({
  sourceSystem: 'SIJE-CHIH',
  externalId,
  status,
  statusChangedAt,
  ...extra,
});

/** The reference client, `frontera-warrants`, as an integrator runs it against the built API. */
describe('frontera-warrants (apps/warrant-sync)', () => {
  let app: TestApp;
  let proxy: FaultProxy;
  let secret: string;
  let dir: string;
  /** A fresh working directory and state file each, talking to the API through the fault proxy. */
  let env: Record<string, string>;

  beforeAll(async () => {
    app = await startApp();
    const admin = await app.as('admin@fgr.example');
    secret = (
      await admin.gql(
        'mutation { createApiKey(name: "SIJE bridge", scopes: ["warrants:sync", "warrants:read"]) { secret } }',
      )
    ).data.createApiKey.secret;
    proxy = await startFaultProxy(`${app.url}/graphql`);
  });
  afterAll(async () => {
    await proxy?.close();
    await app?.stop();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'frontera-cli-'));
    env = { FRONTERA_API_URL: proxy.url, FRONTERA_API_KEY: secret, FRONTERA_SYNC_STATE: join(dir, 'state.json') };
  });
  /** An NDJSON file in the test's directory: objects as JSON, strings as they are. */
  const ndjsonFile = (name: string, ...lines: unknown[]) => {
    const file = join(dir, name);
    writeFileSync(file, ndjson(...lines));
    return file;
  };

  it('is a command: a shebang, the bin of the package, --help exiting 0', async () => {
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin).toEqual({
      'frontera-warrants': 'dist/apps/warrant-sync/src/main.js',
    });
    const help = await run(['--help'], {}, dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: frontera-warrants/);
    expect(help.stdout).toMatch(/push \[options\]/);
    expect(help.stdout).toMatch(/pull \[options\]/);
    const pushHelp = await run(['push', '--help'], {}, dir);
    expect(pushHelp.code).toBe(0);
    expect(pushHelp.stdout).toMatch(/--rejects <file>/);
    const unknown = await run(['pussh'], {}, dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown command/);
  });

  it('pushes NDJSON and CSV, and a resumed push counts only what it sends', async () => {
    const file = join(dir, 'updates.ndjson');
    copyFileSync(SAMPLE_NDJSON, file);
    // the second of two batches fails for good: the first stays acknowledged
    proxy.inject('forward', 'http500', 'http500');
    const received = proxy.received;
    const interrupted = await run(['--retries', '1', 'push', '--file', file, '--batch', '2'], env, dir);
    expect(interrupted.code).toBe(1);
    expect(interrupted.stderr).toMatch(/retry 1 after HTTP 500/);
    expect(interrupted.stderr).toMatch(/giving up after 2 attempts: HTTP 500/);
    expect(proxy.received - received).toBe(3);

    // batch 5,000 over the two updates left: 2 sent (the old CLI printed "pushed -4996 updates")
    const resumed = await run(['push', '--file', file], env, dir);
    expect(resumed.stderr).toMatch(/resuming .*updates.ndjson: 2 of 4 updates were acknowledged by an earlier run/);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(
      /pushed 2 updates .*: \d+ applied, \d+ unchanged, \d+ stale, 0 not found, 0 rejected/,
    );
    const again = await run(['push', '--file', file], env, dir);
    expect(again.stderr).toMatch(/pushed 0 updates/);
    expect(again.code).toBe(0);

    const csv = await run(['push', '--file', SAMPLE_CSV], env, dir);
    expect(csv.stderr).toMatch(/pushed 4 updates .*: 0 applied, \d+ unchanged/);
    expect(csv.code).toBe(0);
  });

  it('lists rejected and not-found items by line, writes them to the rejects file, exits 2', async () => {
    const file = ndjsonFile(
      'mixed.ndjson',
      update('BRAVO-CP-413-2025', 'ISSUED', '2026-01-05T00:00:00Z'),
      '',
      update('NO-SUCH-CASE', 'ACTIVE', '2026-11-01T00:00:00Z'),
      update('BRAVO-CP-412-2025', 'ACTIVE', '2026-11-01T00:00:00-06:00', { note: 'leaves EXECUTED' }),
    );
    const pushed = await run(['push', '--file', file, '--batch', '2'], env, dir);
    expect(pushed.code).toBe(2);
    expect(pushed.stderr).toMatch(/^line 3: NOT_FOUND SIJE-CHIH\/NO-SUCH-CASE/m);
    expect(pushed.stderr).toMatch(/^line 4: REJECTED SIJE-CHIH\/BRAVO-CP-412-2025: /m);
    expect(pushed.stderr).toMatch(/rejected and not found, with their line numbers: .*mixed.ndjson.rejects.ndjson/);
    const rejects = readFileSync(`${file}.rejects.ndjson`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rejects).toEqual([
      expect.objectContaining({ line: 3, outcome: 'NOT_FOUND', externalId: 'NO-SUCH-CASE', status: 'ACTIVE' }),
      expect.objectContaining({
        line: 4,
        outcome: 'REJECTED',
        externalId: 'BRAVO-CP-412-2025',
        note: 'leaves EXECUTED',
        message: expect.any(String),
      }),
    ]);

    const custom = join(dir, 'refused.ndjson');
    const elsewhere = await run(
      ['push', '--file', file, '--rejects', custom],
      { ...env, FRONTERA_SYNC_STATE: join(dir, 'other.json') },
      dir,
    );
    expect(elsewhere.code).toBe(2);
    expect(readFileSync(custom, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('waits retryAfterSeconds when RATE_LIMITED, then sends the same batch again', async () => {
    const file = join(dir, 'updates.ndjson');
    copyFileSync(SAMPLE_NDJSON, file);
    proxy.inject({ rateLimitedFor: 1 });
    const received = proxy.received;
    const pushed = await run(['push', '--file', file], env, dir);
    expect(pushed.stderr).toMatch(/rate limited: waiting 1 s/);
    expect(pushed.code).toBe(0);
    expect(pushed.stderr).toMatch(/pushed 4 updates/);
    expect(proxy.received - received).toBe(2);
  });

  it('gives each request a timeout, and retries one that runs out', async () => {
    const file = join(dir, 'updates.ndjson');
    copyFileSync(SAMPLE_NDJSON, file);
    proxy.inject('hang');
    const pushed = await run(['--timeout', '1', 'push', '--file', file], env, dir);
    expect(pushed.stderr).toMatch(/retry 1 after no answer within 1 s/);
    expect(pushed.code).toBe(0);
    expect(pushed.stderr).toMatch(/pushed 4 updates/);
  });

  it('refuses a file with bad lines, naming each by its number, and sends nothing', async () => {
    const file = ndjsonFile(
      'bad.ndjson',
      update('BRAVO-CP-298-2025', 'ACTIVE', '2026-11-16T18:05:00Z'),
      '{"sourceSystem": "SIJE-CHIH", "externalId": ',
      { sourceSystem: 'SIJE-CHIH', status: 'ACTIVE', statusChangedAt: '2026-11-16T18:05:00Z' },
      update('BRAVO-CP-298-2025', 'ACTIVE', '2026-11-16T18:05:00'),
      update('BRAVO-CP-298-2025', 'WANTED', '2026-11-16T18:05:00Z'),
      '[1, 2]',
    );
    const received = proxy.received;
    const refused = await run(['push', '--file', file], env, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^5 bad line\(s\), nothing sent/m);
    expect(refused.stderr).toMatch(/bad.ndjson line 2: not JSON/);
    expect(refused.stderr).toMatch(/bad.ndjson line 3: externalId missing/);
    expect(refused.stderr).toMatch(
      /bad.ndjson line 4: statusChangedAt "2026-11-16T18:05:00" is not a date-time with an offset/,
    );
    expect(refused.stderr).toMatch(/bad.ndjson line 5: status "WANTED" is not one of/);
    expect(refused.stderr).toMatch(/bad.ndjson line 6: not a JSON object/);
    expect(proxy.received).toBe(received);
    expect(existsSync(env.FRONTERA_SYNC_STATE)).toBe(false);

    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      `${readFileSync(SAMPLE_CSV, 'utf8').trim()}\nSIJE-CHIH,BRAVO-CP-298-2025,ACTIVE,2026-11-16 18:05,\n`,
    );
    const badCsv = await run(['push', '--file', csv], env, dir);
    expect(badCsv.code).toBe(1);
    expect(badCsv.stderr).toMatch(
      /bad.csv line 6: statusChangedAt "2026-11-16 18:05" is not a date-time with an offset/,
    );
    writeFileSync(
      csv,
      'sourceSystem,externalId,status,statusChangedAt\nSIJE-CHIH,"BRAVO,ACTIVE,2026-11-16T18:05:00Z\n',
    );
    expect((await run(['push', '--file', csv], env, dir)).stderr).toMatch(/bad.csv line 2: .*[Qq]uote/);
  });

  it('names the line of an update the API refuses as bad input', async () => {
    const file = ndjsonFile(
      'long-note.ndjson',
      update('BRAVO-CP-298-2025', 'ACTIVE', '2026-11-16T18:05:00Z'),
      update('BRAVO-CP-298-2025', 'ACTIVE', '2026-11-16T18:05:00Z', { note: 'x'.repeat(5001) }),
    );
    const refused = await run(['push', '--file', file], env, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error: line 2 \(note\): BAD_USER_INPUT/);
  });

  it('pulls into the --out file, resumes from its cursor, and writes stdout only when asked', async () => {
    const out = join(dir, 'changes.ndjson');
    const pulled = await run(['pull', '--out', out], env, dir);
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toBe('');
    expect(pulled.stderr).toMatch(/pulled \d+ changes into .*changes.ndjson; next cursor \S+/);
    const changes = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { cursor: string; warrant: { id: string; ownerAgency: { code: string } } });
    expect(changes.map((change) => change.warrant.id)).toContain(DEMO_IDS.warrants.fgrNunezPena);
    expect(changes.every((change) => change.warrant.ownerAgency.code === 'FGR')).toBe(true);

    const resumed = await run(['pull', '--out', out], env, dir);
    expect(resumed.stderr).toMatch(/pulled 0 changes/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(changes.length);

    const piped = await run(['pull', '--out', '-', '--after', changes[0].cursor], env, dir);
    expect(piped.code).toBe(0);
    expect(
      piped.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { cursor: string })
        .map((change) => change.cursor),
    ).toEqual(changes.slice(1).map((change) => change.cursor));

    const noOut = await run(['pull'], env, dir);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toMatch(/required option '--out <file>'/);
  });

  it('exits 1 naming the error for a bad key', async () => {
    const bad = await run(['push', '--file', SAMPLE_NDJSON], { ...env, FRONTERA_API_KEY: 'frk_bad' }, dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error: UNAUTHENTICATED/);
  });
});
