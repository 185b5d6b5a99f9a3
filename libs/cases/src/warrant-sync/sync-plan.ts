/**
 * The decisions of a warrant status sync batch, as a pure function: the database work around
 * it is a fixed handful of set-based statements whatever the batch size.
 */

export type SyncOutcome = 'APPLIED' | 'UNCHANGED' | 'STALE' | 'NOT_FOUND' | 'REJECTED';

export interface SyncItem {
  sourceSystem: string;
  externalId: string;
  status: string;
  statusChangedAt: Date;
  note?: string | null;
}

export interface WarrantState {
  id: string;
  status: string;
  statusChangedAt: Date;
}

export interface ItemDecision {
  outcome: SyncOutcome;
  warrantId: string | null;
  message: string | null;
}

export interface HistoryEntry {
  warrantId: string;
  status: string;
  changedAt: Date;
  sourceSystem: string;
  note: string | null;
  applied: boolean;
}

export interface SyncPlan {
  decisions: ItemDecision[];
  /** New history rows: applied changes and stale ones (recorded as received, not applied). */
  history: HistoryEntry[];
  /** The final state of each warrant the batch changed. */
  updates: WarrantState[];
}

export interface SyncPlanInput {
  items: SyncItem[];
  /** Upper bound for a source time: later is a clock error at the source, not a status. */
  now: Date;
  /** Resolved by (sourceSystem, externalId) within the caller's agency. */
  warrantIdOf: (item: SyncItem) => string | undefined;
  /** Current state of the warrants found, locked for the transaction. */
  states: Map<string, WarrantState>;
  /** `${warrantId}|${status}|${epoch ms}` of every status already in the history. */
  recorded: Set<string>;
  /** Null when allowed, else why not (e.g. out of EXECUTED without a new warrant). */
  transitionError: (from: string, to: string) => string | null;
  maxSkewMs?: number;
}

export const MAX_ID_LENGTH = { sourceSystem: 100, externalId: 200 };

export function recordedKey(warrantId: string, status: string, at: Date): string {
  return `${warrantId}|${status}|${at.getTime()}`;
}

function invalid(item: SyncItem, now: Date, maxSkewMs: number): string | null {
  if (!item.sourceSystem.trim()) return 'sourceSystem is empty';
  if (!item.externalId.trim()) return 'externalId is empty';
  if (item.sourceSystem.length > MAX_ID_LENGTH.sourceSystem)
    return `sourceSystem is longer than ${MAX_ID_LENGTH.sourceSystem} characters`;
  if (item.externalId.length > MAX_ID_LENGTH.externalId)
    return `externalId is longer than ${MAX_ID_LENGTH.externalId} characters`;
  if (Number.isNaN(item.statusChangedAt.getTime())) return 'statusChangedAt is not a time';
  if (item.statusChangedAt.getTime() > now.getTime() + maxSkewMs) return 'statusChangedAt is in the future';
  if ((item.note?.length ?? 0) > 2000) return 'note is longer than 2000 characters';
  return null;
}

/**
 * Decides every item in order. Items for the same warrant see each other's effect, so a
 * batch that carries ISSUED then ACTIVE applies both, and a replayed batch is UNCHANGED.
 */
export function planSync(input: SyncPlanInput): SyncPlan {
  const maxSkewMs = input.maxSkewMs ?? 60_000;
  const states = new Map(input.states);
  const recorded = new Set(input.recorded);
  const history: HistoryEntry[] = [];
  const changed = new Set<string>();

  const decisions = input.items.map((item): ItemDecision => {
    const problem = invalid(item, input.now, maxSkewMs);
    if (problem) return { outcome: 'REJECTED', warrantId: null, message: problem };
    const warrantId = input.warrantIdOf(item);
    const state = warrantId ? states.get(warrantId) : undefined;
    if (!warrantId || !state)
      return { outcome: 'NOT_FOUND', warrantId: null, message: 'no warrant of your agency has this reference' };

    const key = recordedKey(warrantId, item.status, item.statusChangedAt);
    if (recorded.has(key)) return { outcome: 'UNCHANGED', warrantId, message: null };
    const entry = {
      warrantId,
      status: item.status,
      changedAt: item.statusChangedAt,
      sourceSystem: item.sourceSystem,
      note: item.note ?? null,
    };

    if (item.statusChangedAt.getTime() < state.statusChangedAt.getTime()) {
      recorded.add(key);
      history.push({ ...entry, applied: false });
      return {
        outcome: 'STALE',
        warrantId,
        message: `older than the current status (${state.status} at ${state.statusChangedAt.toISOString()})`,
      };
    }
    if (item.status === state.status) {
      // The same status reported again later: history notes it, the warrant does not change.
      recorded.add(key);
      history.push({ ...entry, applied: false });
      return { outcome: 'UNCHANGED', warrantId, message: null };
    }
    const refused = input.transitionError(state.status, item.status);
    if (refused) return { outcome: 'REJECTED', warrantId, message: refused };

    recorded.add(key);
    history.push({ ...entry, applied: true });
    states.set(warrantId, { id: warrantId, status: item.status, statusChangedAt: item.statusChangedAt });
    changed.add(warrantId);
    return { outcome: 'APPLIED', warrantId, message: null };
  });

  return { decisions, history, updates: [...changed].map((id) => states.get(id)!) };
}
