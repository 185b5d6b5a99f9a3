import { AppError, Tlp } from '@app/core';

/** Markings that never go before the public (RED: named recipients only; AMBER+STRICT: the recipient's organization only). */
export const UNPUBLISHABLE_TLPS: Tlp[] = [Tlp.RED, Tlp.AMBER_STRICT];

/**
 * SQL: the suspect aliased `s` may stand on a public campaign of `ownerSql`'s agency: it is
 * that agency's own record (only an owner may publish a record: never a partner's, ORCON or
 * not) and its markings, as they are now, allow it. Raising them takes the entry off at once.
 */
export function publishableSql(s: string, ownerSql: string): string {
  return `(${s}.owner_agency_id = ${ownerSql} AND ${s}.tlp NOT IN (${UNPUBLISHABLE_TLPS.map((tlp) => `'${tlp}'`).join(', ')}))`;
}

/** The same rule on a loaded suspect; BAD_USER_INPUT on `suspectId` saying why not. */
export function assertPublishable(suspect: { ownerAgencyId: string; tlp: Tlp }, campaignOwnerAgencyId: string): void {
  if (suspect.ownerAgencyId !== campaignOwnerAgencyId)
    throw AppError.badInput(
      'suspectId',
      "only the agency that owns a suspect's record may put it on a public campaign",
    );
  if (UNPUBLISHABLE_TLPS.includes(suspect.tlp))
    throw AppError.badInput('suspectId', `a ${suspect.tlp} record may not be published`);
}
