/** Why a field of a record reads empty for this viewer. */
export type WithheldReason = 'agreement' | 'notGranted' | 'tipster';

/**
 * A record held through a share shows only the granted fields: the rest were "not granted".
 * A partner's record read under a standing agreement lacks what that agreement withholds.
 * The tipster never leaves the intake agency, whatever was agreed.
 */
export function withheldReason(field: string, record: { sharing?: unknown | null }): WithheldReason {
  if (field === 'tipster') return 'tipster';
  return record.sharing ? 'notGranted' : 'agreement';
}
