import { createHash } from 'node:crypto';
import { readFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ApiClient } from './api-client';
import { loadState, saveState } from './sync-state';
import { readUpdates } from './update-file';

const USAGE = `Frontera warrant sync

  warrants push --file updates.ndjson|updates.csv [--batch 5000]
  warrants pull [--after <cursor>] [--first 100]

Options (or environment):
  --url    FRONTERA_API_URL   GraphQL endpoint (default http://127.0.0.1:3000/graphql)
  --key    FRONTERA_API_KEY   API key (scope warrants:sync to push, warrants:read to pull)
  --state  FRONTERA_SYNC_STATE  state file for resuming (default .warrant-sync-state.json)

push exits 2 when any item was rejected; pull prints one JSON change a line.`;

const SYNC = `mutation ($updates: [WarrantStatusUpdateInput!]!) {
  syncWarrantStatuses(updates: $updates) {
    applied unchanged stale notFound rejected
    items { sourceSystem externalId outcome warrantId message }
  }
}`;
const CHANGES = `query ($after: String, $first: Int) {
  warrantChanges(after: $after, first: $first) {
    endCursor hasMore
    changes { cursor warrant { id number status statusChangedAt ownerAgency { code } externalRefs { sourceSystem externalId } redactedFields } }
  }
}`;

interface SyncResult {
  applied: number;
  unchanged: number;
  stale: number;
  notFound: number;
  rejected: number;
  items: { sourceSystem: string; externalId: string; outcome: string; message: string | null }[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string' },
    batch: { type: 'string', default: '5000' },
    after: { type: 'string' },
    first: { type: 'string', default: '100' },
    url: { type: 'string', default: process.env.FRONTERA_API_URL ?? 'http://127.0.0.1:3000/graphql' },
    key: { type: 'string', default: process.env.FRONTERA_API_KEY },
    state: { type: 'string', default: process.env.FRONTERA_SYNC_STATE ?? '.warrant-sync-state.json' },
    help: { type: 'boolean', default: false },
  },
});

const log = (line: string) => process.stderr.write(`${line}\n`);

async function push(client: ApiClient): Promise<number> {
  if (!values.file) throw new Error('push needs --file');
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) throw new Error('--batch must be 1..5000');
  const updates = readUpdates(values.file);
  const fingerprint = createHash('sha256').update(readFileSync(values.file)).digest('hex');
  const state = loadState(values.state!);
  const resumeFrom = state.push?.fingerprint === fingerprint ? state.push.batchesDone : 0;
  const batches = Math.ceil(updates.length / batchSize);
  if (resumeFrom > 0) log(`resuming ${values.file} after batch ${resumeFrom} of ${batches}`);

  const totals = { applied: 0, unchanged: 0, stale: 0, notFound: 0, rejected: 0 };
  const started = Date.now();
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'push [{bar}] {value}/{total} updates | {rate}/s | eta {eta}s', stream: process.stderr, hideCursor: true })
    : null;
  bar?.start(updates.length, resumeFrom * batchSize, { rate: 0 });
  for (let b = resumeFrom; b < batches; b++) {
    const batch = updates.slice(b * batchSize, (b + 1) * batchSize);
    const { syncWarrantStatuses: result } = await client.call<{ syncWarrantStatuses: SyncResult }>(SYNC, { updates: batch });
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
    for (const item of result.items.filter((i) => i.outcome === 'REJECTED' || i.outcome === 'NOT_FOUND')) {
      if (!bar) log(`${item.outcome} ${item.sourceSystem}/${item.externalId}: ${item.message ?? ''}`);
    }
    saveState(values.state!, { ...loadState(values.state!), push: { file: values.file, fingerprint, batchesDone: b + 1 } });
    const done = Math.min((b + 1) * batchSize, updates.length);
    bar?.update(done, { rate: Math.round((done - resumeFrom * batchSize) / ((Date.now() - started) / 1000)) });
  }
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  log(
    `pushed ${updates.length - resumeFrom * batchSize} updates in ${seconds.toFixed(1)}s: ` +
      `${totals.applied} applied, ${totals.unchanged} unchanged, ${totals.stale} stale, ${totals.notFound} not found, ${totals.rejected} rejected`,
  );
  return totals.rejected > 0 ? 2 : 0;
}

async function pull(client: ApiClient): Promise<number> {
  const state = loadState(values.state!);
  let cursor: string | null = values.after ?? state.pull?.cursor ?? null;
  let count = 0;
  for (;;) {
    const { warrantChanges: page } = await client.call<{
      warrantChanges: { endCursor: string | null; hasMore: boolean; changes: { cursor: string; warrant: unknown }[] };
    }>(CHANGES, { after: cursor, first: Number(values.first) });
    for (const change of page.changes) writeSync(1, `${JSON.stringify(change)}\n`);
    count += page.changes.length;
    cursor = page.endCursor;
    saveState(values.state!, { ...loadState(values.state!), pull: { cursor } });
    if (!page.hasMore) break;
  }
  log(`pulled ${count} changes; next cursor ${cursor ?? '(start)'}`);
  return 0;
}

async function main(): Promise<number> {
  const [command] = positionals;
  if (values.help || !command) {
    log(USAGE);
    return command ? 0 : 1;
  }
  if (!values.key) throw new Error('an API key is needed: --key or FRONTERA_API_KEY');
  const client = new ApiClient(values.url!, values.key, { retries: 5, baseDelayMs: 500, onRetry: (n, why) => log(`retry ${n} after ${why}`) });
  if (command === 'push') return push(client);
  if (command === 'pull') return pull(client);
  throw new Error(`unknown command "${command}"\n\n${USAGE}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
