import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { SyncWarrantStatusesDocument, SyncWarrantStatusesMutation } from '@app/client';
import { ApiClient, ApiError } from './api-client';
import { loadState, saveState } from './sync-state';
import { NumberedUpdate, readUpdates } from './update-file';

export interface PushOptions {
  file: string;
  batch: number;
  state: string;
  /** Where rejected and not-found items go, one JSON object a line with their line numbers. */
  rejects: string;
}

type Totals = Pick<
  SyncWarrantStatusesMutation['syncWarrantStatuses'],
  'applied' | 'unchanged' | 'stale' | 'notFound' | 'rejected'
>;
/** A rejects-file line: the update as read (so a fixed copy can be pushed again), its line, outcome and why. */
type Refused = NumberedUpdate['update'] & { line: number; outcome: string; message: string | null };

const LISTED = 20;

/** A BAD_USER_INPUT about `updates.<i>.<field>` is about a line of the file. */
function onLine(error: unknown, batch: NumberedUpdate[]): unknown {
  const at = error instanceof ApiError ? /^updates\.(\d+)(?:\.(.+))?$/.exec(error.field ?? '') : null;
  const entry = at ? batch[Number(at[1])] : undefined;
  return entry ? new Error(`line ${entry.line}${at![2] ? ` (${at![2]})` : ''}: ${(error as Error).message}`) : error;
}

/**
 * Sends the file's updates in batches, resuming after the last acknowledged update of the same
 * file. Exit code: 0, or 2 when an item was rejected or not found (listed, and in the rejects file).
 */
export async function push(client: ApiClient, options: PushOptions, log: (line: string) => void): Promise<number> {
  const updates = readUpdates(options.file);
  const fingerprint = createHash('sha256').update(readFileSync(options.file)).digest('hex');
  const previous = loadState(options.state).push;
  const resumeFrom = previous?.fingerprint === fingerprint ? Math.min(previous.updatesDone ?? 0, updates.length) : 0;
  if (resumeFrom > 0)
    log(`resuming ${options.file}: ${resumeFrom} of ${updates.length} updates were acknowledged by an earlier run`);
  else rmSync(options.rejects, { force: true });

  const totals: Totals = { applied: 0, unchanged: 0, stale: 0, notFound: 0, rejected: 0 };
  const refused: Refused[] = [];
  const started = Date.now();
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'push [{bar}] {value}/{total} updates | {rate}/s | eta {eta}s',
        stream: process.stderr,
        hideCursor: true,
      })
    : null;
  bar?.start(updates.length, resumeFrom, { rate: 0 });
  try {
    for (let from = resumeFrom; from < updates.length; from += options.batch) {
      const batch = updates.slice(from, from + options.batch);
      const { syncWarrantStatuses: result } = await client
        .request(SyncWarrantStatusesDocument, { updates: batch.map((entry) => entry.update) })
        .catch((error: unknown) => Promise.reject(onLine(error, batch)));
      for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += result[key];
      // the answer's items are in the order of the batch
      const refusedHere = result.items.flatMap((item, i) =>
        item.outcome === 'REJECTED' || item.outcome === 'NOT_FOUND'
          ? [{ line: batch[i].line, outcome: item.outcome, message: item.message, ...batch[i].update }]
          : [],
      );
      if (refusedHere.length > 0)
        appendFileSync(options.rejects, refusedHere.map((item) => `${JSON.stringify(item)}\n`).join(''));
      refused.push(...refusedHere);
      saveState(options.state, { push: { file: options.file, fingerprint, updatesDone: from + batch.length } });
      const done = from + batch.length;
      bar?.update(done, { rate: Math.round((done - resumeFrom) / Math.max((Date.now() - started) / 1000, 0.001)) });
    }
  } finally {
    bar?.stop();
  }

  for (const item of refused.slice(0, LISTED))
    log(
      `line ${item.line}: ${item.outcome} ${item.sourceSystem}/${item.externalId}${item.message ? `: ${item.message}` : ''}`,
    );
  if (refused.length > LISTED) log(`... and ${refused.length - LISTED} more`);
  const seconds = (Date.now() - started) / 1000;
  log(
    `pushed ${updates.length - resumeFrom} updates in ${seconds.toFixed(1)}s: ` +
      `${totals.applied} applied, ${totals.unchanged} unchanged, ${totals.stale} stale, ${totals.notFound} not found, ${totals.rejected} rejected`,
  );
  if (refused.length > 0) log(`rejected and not found, with their line numbers: ${options.rejects}`);
  return refused.length > 0 ? 2 : 0;
}
