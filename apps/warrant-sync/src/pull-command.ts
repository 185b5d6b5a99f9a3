import { appendFileSync, writeSync } from 'node:fs';
import { WarrantChangesDocument } from '@app/client';
import { ApiClient } from './api-client';
import { loadState, saveState } from './sync-state';

export interface PullOptions {
  /** The file the changes are appended to, one JSON object a line; `-`: standard output. */
  out: string;
  after?: string;
  first: number;
  state: string;
}

/** Reads the change feed from the cursor on (`--after`, else the state's), page after page. */
export async function pull(client: ApiClient, options: PullOptions, log: (line: string) => void): Promise<number> {
  let cursor: string | null = options.after ?? loadState(options.state).pull?.cursor ?? null;
  const write =
    options.out === '-' ? (text: string) => writeSync(1, text) : (text: string) => appendFileSync(options.out, text);
  let count = 0;
  for (;;) {
    const { warrantChanges: page } = await client.request(WarrantChangesDocument, {
      after: cursor,
      first: options.first,
    });
    if (page.changes.length > 0) write(page.changes.map((change) => `${JSON.stringify(change)}\n`).join(''));
    count += page.changes.length;
    cursor = page.endCursor ?? cursor;
    // after the write: a crash in between repeats a page on resume, never skips one
    saveState(options.state, { pull: { cursor } });
    if (!page.hasMore) break;
  }
  log(
    `pulled ${count} changes${options.out === '-' ? '' : ` into ${options.out}`}; next cursor ${cursor ?? '(start)'}`,
  );
  return 0;
}
