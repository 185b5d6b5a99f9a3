import { WarrantStatus } from '../records/record-enums';

/** Statuses a warrant never leaves: an executed or cancelled warrant is done with. */
export const FINAL_WARRANT_STATUSES: ReadonlySet<string> = new Set<string>([
  WarrantStatus.EXECUTED,
  WarrantStatus.CANCELLED,
]);

/**
 * Why a warrant may not go from `from` to `to`, or null when it may. Pure, so the manual
 * update and the bulk sync apply exactly the same rules.
 */
export function warrantTransitionError(from: string, to: string): string | null {
  if (from === to) return null;
  // A court re-issues rather than reviving a served or cancelled warrant.
  if (FINAL_WARRANT_STATUSES.has(from)) return `a warrant ${from} cannot change: a new warrant is needed`;
  return null;
}
