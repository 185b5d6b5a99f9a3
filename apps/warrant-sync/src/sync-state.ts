import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** What a push or pull has acknowledged so far, so an interrupted run resumes where it stopped. */
export interface SyncState {
  /** `updatesDone`: how many updates of the file (by its content's hash) the API acknowledged, in order. */
  push?: { file: string; fingerprint: string; updatesDone: number };
  pull?: { cursor: string | null };
}

export function loadState(path: string): SyncState {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SyncState) : {};
}

/** Written atomically: a crash mid-write leaves the previous state. */
export function saveState(path: string, change: Partial<SyncState>): void {
  const state = { ...loadState(path), ...change };
  writeFileSync(`${path}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${path}.tmp`, path);
}
