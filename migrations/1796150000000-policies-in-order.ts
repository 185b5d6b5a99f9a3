import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  AGENCY,
  AGENCY_COUNTRY,
  API_ROLE,
  partnerSees,
  RECORD_TABLES,
  visible,
} from './1796133282228-row-level-security';

/**
 * The record tables' row-level security policies (RowLevelSecurity1796133282228), the same rule
 * made cheap to evaluate per row:
 * - the `request` and `discover` policies test `frontera.purpose` in a CASE, so the partner rule
 *   runs only for that purpose: written as `purpose = … AND frontera_partner_sees(…)`, PostgreSQL
 *   ran the function on every row of another agency the scan passed (a page of 50 suspects: 4.9 ms
 *   with the policies, 2.7 ms with the CASE, 1.4 ms without row-level security);
 * - the read policy has the rule inline instead of in `frontera_partner_sees`: the agreements in
 *   force as a set of (provider, TLP) pairs the statement computes once (a hashed subplan) and
 *   the share probe on its index, where each call of the PL/pgSQL function cost ~20 µs (the same
 *   page: 1.75 ms). Statements are prepared (ApiPgClient), so the inline subplans are planned
 *   once per connection, not with every statement as before.
 * `frontera_partner_sees` stays for `request` and `discover`.
 */
// Discoverable since DiscoverableWarrants1796140000000.
const DISCOVERABLE = new Set(['suspects', 'organizations', 'warrants']);

/** frontera_partner_sees(…, 'read') written out: a standing agreement in force, or an active share of the row. */
function partnerReads(t: string, recordType: string): string {
  const agreement =
    `(${t}.owner_agency_id, ${t}.tlp) IN (SELECT a.provider_agency_id, level.tlp FROM agreements a CROSS JOIN unnest(enum_range(NULL::tlp)) AS level(tlp)` +
    ` WHERE a.recipient_agency_id = ${AGENCY} AND '${recordType}' = ANY (a.record_types) AND level.tlp <= a.max_tlp AND NOT a.approval_required` +
    ` AND a.ended_at IS NULL AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date))` +
    ` AND ${AGENCY_COUNTRY} = ANY (${t}.releasable_to)`;
  const share =
    `EXISTS (SELECT 1 FROM shares s WHERE s.record_id = ${t}.id AND s.recipient_agency_id = ${AGENCY} AND s.status = 'APPROVED'` +
    ` AND (s.expires_at IS NULL OR s.expires_at > now()) AND ${t}.tlp <= s.max_tlp AND s.recipient_country = ANY (${t}.releasable_to)` +
    ` AND (s.provider_agency_id = s.owner_agency_id OR (NOT ${t}.originator_controlled AND s.provider_country = ANY (${t}.releasable_to))))`;
  return `${t}.tlp <> 'RED' AND ((${agreement}) OR ${share})`;
}

const forPurpose = (purpose: string, rule: string) =>
  `CASE WHEN current_setting('frontera.purpose', true) = '${purpose}' THEN ${rule} ELSE false END`;
const forPurposeBefore = (purpose: string, rule: string) =>
  `current_setting('frontera.purpose', true) = '${purpose}' AND ${rule}`;

async function alterPolicies(queryRunner: QueryRunner, inOrder: boolean): Promise<void> {
  for (const record of RECORD_TABLES) {
    const { table, recordType } = record;
    const read = visible(record, inOrder ? partnerReads(table, recordType) : undefined);
    const purpose = inOrder ? forPurpose : forPurposeBefore;
    await queryRunner.query(`ALTER POLICY ${table}_visible ON ${table} TO ${API_ROLE} USING (${read})`);
    await queryRunner.query(
      `ALTER POLICY ${table}_update ON ${table} TO ${API_ROLE} USING (${read}) WITH CHECK (${read})`,
    );
    await queryRunner.query(
      `ALTER POLICY ${table}_requestable ON ${table} TO ${API_ROLE} USING (${purpose('request', partnerSees(table, recordType, 'request'))})`,
    );
    if (DISCOVERABLE.has(table))
      await queryRunner.query(
        `ALTER POLICY ${table}_discoverable ON ${table} TO ${API_ROLE} USING (${purpose('discover', partnerSees(table, recordType, 'discover'))})`,
      );
  }
}

export class PoliciesInOrder1796150000000 implements MigrationInterface {
  name = 'PoliciesInOrder1796150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await alterPolicies(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await alterPolicies(queryRunner, false);
  }
}
