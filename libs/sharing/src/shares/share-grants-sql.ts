import type { SqlColumn, VirtualRuleField } from '@app/auth';

/**
 * Shares in the ability. A share is a row of the `shares` table, not a rule:
 * a recipient's ability holds one rule per shareable field, `can('read', T, [f], { shareGrants:
 * '<agency>:<f>' })`, whatever the number of shares. `shareGrants` is a virtual field: in SQL
 * an EXISTS on the record's active shares (one index probe per candidate row), on a loaded row
 * the grants of its active shares (`SHARE_ROW_LOADER`). Both use `activeShareSql`, so the
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

/** `shareGrants` as the authorization core's rules-to-SQL compiler reads it (registered by AgreementRulesContributor). */
export const SHARE_GRANTS_VIRTUAL_FIELD: VirtualRuleField = { name: SHARE_GRANTS_FIELD, column: shareGrantsColumn };
