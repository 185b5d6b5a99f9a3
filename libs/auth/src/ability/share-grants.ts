import { EntityManager } from 'typeorm';
import { SHARE_USE_ORDER, ShareUse } from '@app/core';
import { AppAbility, RecordSubject } from './app-ability';
import { SqlColumn } from './accessible-sql';

/**
 * Shares in the ability. A share is a row of the sharing library's `shares` table, not a rule:
 * a recipient's ability holds one rule per shareable field, `can('read', T, [f], { shareGrants:
 * '<agency>:<f>' })`, whatever the number of shares. `shareGrants` is a virtual field: in SQL
 * an EXISTS on the record's active shares (one index probe per candidate row), on a loaded row
 * the grants of its active shares (`attachShareGrants`). Both use `activeShareSql`, so the
 * list, the lookup and the field redaction decide the same way.
 */
export const SHARE_GRANTS_FIELD = 'shareGrants';

export function shareGrant(agencyId: string, field: string): string {
  return `${agencyId}:${field}`;
}

/**
 * When a share (alias `s`) opens its record (alias `r`): approved and not expired, and the
 * record's markings, as they are now, still allow it. TLP up to the strictest agreement on the
 * share's path (never RED; never AMBER+STRICT onward), REL TO naming the recipient's country
 * and, for a record passed on by a recipient, the provider's too; ORCON is never passed on.
 */
export function activeShareSql(s: string, r: string): string {
  return (
    `${s}.status = 'APPROVED' AND (${s}.expires_at IS NULL OR ${s}.expires_at > now())` +
    ` AND ${r}.tlp <= ${s}.max_tlp AND ${s}.recipient_country = ANY(${r}.releasable_to)` +
    ` AND (${s}.provider_agency_id = ${s}.owner_agency_id OR (NOT ${r}.originator_controlled AND ${s}.provider_country = ANY(${r}.releasable_to)))`
  );
}

/** The SQL face of `shareGrants` for the record aliased `recordSql` (see accessibleSql's `anyOf`). */
export function shareGrantsColumn(recordSql: string): SqlColumn {
  return {
    sql: recordSql,
    array: true,
    anyOf: (values, param) => {
      const fieldsByAgency = new Map<string, string[]>();
      for (const value of values as string[]) {
        const at = value.indexOf(':');
        const agency = value.slice(0, at);
        fieldsByAgency.set(agency, [...(fieldsByAgency.get(agency) ?? []), value.slice(at + 1)]);
      }
      const checks = [...fieldsByAgency].map(
        ([agency, fields]) =>
          `EXISTS (SELECT 1 FROM shares shr WHERE shr.record_id = ${recordSql}.id AND shr.recipient_agency_id = ${param(agency)}` +
          ` AND shr.granted_fields && ${param([...new Set(fields)])}::text[] AND ${activeShareSql('shr', recordSql)})`,
      );
      return checks.length === 1 ? checks[0] : `(${checks.join(' OR ')})`;
    },
  };
}

/** Whether the ability reads `type` through shares at all (else no grants need loading). */
export function readsThroughShares(ability: AppAbility, type: RecordSubject): boolean {
  return ability.rulesFor('read', type).some((rule) => rule.conditions !== undefined && SHARE_GRANTS_FIELD in rule.conditions);
}

/** What a recipient is told about how it holds a shared record. */
export interface ShareTerms {
  requestId: string;
  use: ShareUse;
  expiresAt: Date | null;
  providerAgencyId: string;
}

interface ShareRow {
  record_id: string;
  id: string;
  granted_fields: string[];
  use: ShareUse;
  expires_at: Date | null;
  provider_agency_id: string;
}

/** Widest use first, then the latest expiry (none is latest). */
function betterTerms(a: ShareTerms, b: ShareTerms): ShareTerms {
  const byUse = SHARE_USE_ORDER.indexOf(a.use) - SHARE_USE_ORDER.indexOf(b.use);
  if (byUse !== 0) return byUse > 0 ? a : b;
  if (!a.expiresAt) return a;
  if (!b.expiresAt) return b;
  return a.expiresAt >= b.expiresAt ? a : b;
}

/**
 * Loads onto `rows` (records of `table`, none owned by `agencyId`) the grants and terms of
 * their active shares with `agencyId`, in one query.
 */
export async function attachShareGrants(
  manager: EntityManager,
  table: string,
  agencyId: string,
  rows: { id: string; shareGrants?: string[]; sharing?: ShareTerms | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  const shares: ShareRow[] = await manager.query(
    `SELECT s.record_id, s.id, s.granted_fields, s.use, s.expires_at, s.provider_agency_id
       FROM shares s JOIN "${table}" r ON r.id = s.record_id
      WHERE s.record_id = ANY($1::uuid[]) AND s.recipient_agency_id = $2 AND ${activeShareSql('s', 'r')}`,
    [rows.map((row) => row.id), agencyId],
  );
  const byRecord = new Map<string, ShareRow[]>();
  for (const share of shares) byRecord.set(share.record_id, [...(byRecord.get(share.record_id) ?? []), share]);
  for (const row of rows) {
    const active = byRecord.get(row.id) ?? [];
    row.shareGrants = [...new Set(active.flatMap((share) => share.granted_fields))].map((field) => shareGrant(agencyId, field));
    row.sharing = active
      .map((share): ShareTerms => ({ requestId: share.id, use: share.use, expiresAt: share.expires_at, providerAgencyId: share.provider_agency_id }))
      .reduce<ShareTerms | null>((best, terms) => (best ? betterTerms(best, terms) : terms), null);
  }
}
