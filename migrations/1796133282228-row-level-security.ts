import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database as a second wall (issue #14): row-level security on the record tables, for the
 * role the API connects as (`frontera_api`), which owns nothing and cannot bypass it. The table
 * owner (migrations, seeds, the audit sealer) is exempt: no FORCE, since the owner is the
 * maintenance role by design and the API refuses to start as a role that could bypass RLS.
 *
 * The acting agency comes from `frontera.agency_id`, set transaction-locally by the API for
 * each request; unset or empty, no record row is visible (fail closed). The rule is the one the
 * application compiles from its CASL rules, frozen here as it reads today (a later change to the
 * rules needs a migration of its own, like the audit chain's):
 * - the owning agency;
 * - a standing agreement in force (`agreementsInForce`, no approval required) from the owner to
 *   the agency covering the type, TLP up to its level and never RED, REL TO naming the agency's
 *   country (AgreementRulesContributor);
 * - an active share of the row to the agency (share-grants-sql's `activeShareSql`: approved,
 *   unexpired, unrevoked, markings as they are now);
 * - for cases, the lead and the participating agencies as far as the markings allow
 *   (CaseParticipationRules);
 * - for discovery only (`frontera.purpose` = 'discover', set around the discovery query), the
 *   suspects and organizations an agreement in force lets the agency discover; for a share request
 *   only ('request'), the rows an approval-based agreement in force lets it ask for.
 */
export const API_ROLE = 'frontera_api';

export const AGENCY = "NULLIF(current_setting('frontera.agency_id', true), '')::uuid";
export const AGENCY_COUNTRY = `(SELECT ag.country FROM agencies ag WHERE ag.id = ${AGENCY})`;

/**
 * Whether an agency other than the owner may see a row with these markings, for `purpose`: read
 * (a standing agreement in force, or an active share of the row), request (an approval-based
 * agreement in force) or discover (an agreement in force that allows discovery). PL/pgSQL, not
 * inline SQL in the policies: its statements are planned once per connection, where inline
 * subqueries would be planned again with every statement that reads a record table (planning
 * them cost a lookup more than running it). Called only for rows the agency does not own.
 */
const PARTNER_SEES = `
  CREATE FUNCTION frontera_partner_sees(p_type record_type, p_id uuid, p_owner uuid, p_tlp tlp, p_releasable_to country[], p_orcon boolean, p_purpose text)
  RETURNS boolean LANGUAGE plpgsql STABLE COST 1000 SET search_path = public, pg_temp AS $$
  DECLARE
    v_agency uuid := NULLIF(current_setting('frontera.agency_id', true), '')::uuid;
  BEGIN
    IF v_agency IS NULL OR p_tlp = 'RED' THEN RETURN false; END IF;
    RETURN EXISTS (
        SELECT 1 FROM agreements a JOIN agencies recipient ON recipient.id = a.recipient_agency_id
        WHERE a.provider_agency_id = p_owner AND a.recipient_agency_id = v_agency AND p_type = ANY (a.record_types)
          AND p_tlp <= a.max_tlp AND recipient.country = ANY (p_releasable_to)
          AND a.ended_at IS NULL AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)
          AND CASE p_purpose WHEN 'read' THEN NOT a.approval_required WHEN 'request' THEN a.approval_required WHEN 'discover' THEN a.discovery_allowed ELSE false END)
      OR (p_purpose = 'read' AND EXISTS (
        SELECT 1 FROM shares s
        WHERE s.record_id = p_id AND s.recipient_agency_id = v_agency AND s.status = 'APPROVED' AND (s.expires_at IS NULL OR s.expires_at > now())
          AND p_tlp <= s.max_tlp AND s.recipient_country = ANY (p_releasable_to)
          AND (s.provider_agency_id = s.owner_agency_id OR (NOT p_orcon AND s.provider_country = ANY (p_releasable_to)))));
  END $$`;

export function partnerSees(r: string, recordType: string, purpose: string): string {
  return `frontera_partner_sees('${recordType}', ${r}.id, ${r}.owner_agency_id, ${r}.tlp, ${r}.releasable_to, ${r}.originator_controlled, '${purpose}')`;
}

const CASE_PARTY = `((cases.lead_agency_id = ${AGENCY} OR ${AGENCY} = ANY (cases.participating_agency_ids)) AND cases.tlp <> 'RED' AND ${AGENCY_COUNTRY} = ANY (cases.releasable_to))`;

export interface RecordTable {
  table: string;
  recordType: string;
  discoverable: boolean;
}

export const RECORD_TABLES: RecordTable[] = [
  { table: 'suspects', recordType: 'SUSPECT', discoverable: true },
  { table: 'organizations', recordType: 'ORGANIZATION', discoverable: true },
  { table: 'warrants', recordType: 'WARRANT', discoverable: false },
  { table: 'tips', recordType: 'TIP', discoverable: false },
  { table: 'cases', recordType: 'CASE', discoverable: false },
];

/** The read rule of `record`'s table: its owner, or a partner as `partner` (SQL) says (later migrations write it out: PoliciesInOrder). */
export function visible({ table, recordType }: RecordTable, partner = partnerSees(table, recordType, 'read')): string {
  const clauses = [`${table}.owner_agency_id = ${AGENCY}`, partner];
  if (table === 'cases') clauses.push(CASE_PARTY);
  return clauses.map((clause) => `(${clause})`).join(' OR ');
}

export class RowLevelSecurity1796133282228 implements MigrationInterface {
  name = 'RowLevelSecurity1796133282228';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the server, not the database: another database on it may have made it already.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${API_ROLE}') THEN CREATE ROLE ${API_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS; END IF;
    END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${API_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${API_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${API_ROLE}`);
    // Tables and sequences later migrations create (as this same owner) come with the same grants.
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${API_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${API_ROLE}`,
    );
    // The API appends to the audit log; only the sealer (the owner) links rows into the chain.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON audit_events FROM ${API_ROLE}`);
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${API_ROLE}`);

    await queryRunner.query(PARTNER_SEES);
    for (const record of RECORD_TABLES) {
      const { table } = record;
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY ${table}_visible ON ${table} FOR SELECT TO ${API_ROLE} USING (${visible(record)})`,
      );
      await queryRunner.query(
        `CREATE POLICY ${table}_insert ON ${table} FOR INSERT TO ${API_ROLE} WITH CHECK (owner_agency_id = ${AGENCY})`,
      );
      // A change keeps the row where the acting agency may see it (participants contribute to cases).
      await queryRunner.query(
        `CREATE POLICY ${table}_update ON ${table} FOR UPDATE TO ${API_ROLE} USING (${visible(record)}) WITH CHECK (${visible(record)})`,
      );
      await queryRunner.query(
        `CREATE POLICY ${table}_delete ON ${table} FOR DELETE TO ${API_ROLE} USING (owner_agency_id = ${AGENCY})`,
      );
      await queryRunner.query(
        `CREATE POLICY ${table}_requestable ON ${table} FOR SELECT TO ${API_ROLE}` +
          ` USING (current_setting('frontera.purpose', true) = 'request' AND ${partnerSees(table, record.recordType, 'request')})`,
      );
      if (record.discoverable) {
        await queryRunner.query(
          `CREATE POLICY ${table}_discoverable ON ${table} FOR SELECT TO ${API_ROLE}` +
            ` USING (current_setting('frontera.purpose', true) = 'discover' AND ${partnerSees(table, record.recordType, 'discover')})`,
        );
      }
    }
    // A warrant's external references are the warrant's: visible (and changed) with it.
    const withWarrant = 'EXISTS (SELECT 1 FROM warrants w WHERE w.id = warrant_external_refs.warrant_id)';
    await queryRunner.query('ALTER TABLE warrant_external_refs ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY warrant_external_refs_visible ON warrant_external_refs FOR SELECT TO ${API_ROLE} USING (${withWarrant})`,
    );
    await queryRunner.query(
      `CREATE POLICY warrant_external_refs_write ON warrant_external_refs FOR ALL TO ${API_ROLE} USING (owner_agency_id = ${AGENCY}) WITH CHECK (owner_agency_id = ${AGENCY})`,
    );

    // Name search reads the GIN index over the words of suspects and organizations; under RLS
    // PostgreSQL evaluates no operator that is not LEAKPROOF (array overlap is not) before the
    // policy, so the API role's own query could not use that index. This reads it as the owner
    // and answers ids only: the records having, for each term (a JSON array of words), one of
    // its words. The API then reads those rows under the policy like any other.
    await queryRunner.query(`
      CREATE FUNCTION frontera_ids_with_words(record_table text, terms jsonb) RETURNS SETOF uuid
      LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 100 SET search_path = public, pg_temp AS $$
      DECLARE
        words text := CASE record_table
          WHEN 'suspects' THEN 'frontera_search_words(ARRAY[given_names::text, paternal_surname::text, maternal_surname::text] || aliases)'
          WHEN 'organizations' THEN 'frontera_search_words(ARRAY[name::text] || aliases)' END;
        conditions text;
      BEGIN
        IF words IS NULL THEN RAISE EXCEPTION 'frontera_ids_with_words: no word index on %', record_table; END IF;
        SELECT string_agg(format('%s && %L::text[]', words, ARRAY(SELECT jsonb_array_elements_text(t.term))), ' AND ') INTO conditions
        FROM jsonb_array_elements(terms) AS t(term);
        IF conditions IS NULL THEN RETURN; END IF;
        RETURN QUERY EXECUTE format('SELECT id FROM %I WHERE %s', record_table, conditions);
      END $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION frontera_ids_with_words(text, jsonb) FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION frontera_ids_with_words(text, jsonb) TO ${API_ROLE}`);
    // A tipster adding to a public tip holds its receipt code, not a login: this names the agency
    // the tip went to (the owner's view, past RLS), so the addition acts for that agency.
    await queryRunner.query(`
      CREATE FUNCTION frontera_public_tip_agency(receipt bytea) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT t.owner_agency_id FROM public_tip_receipts r JOIN tips t ON t.id = r.tip_id WHERE r.receipt_hash = receipt
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION frontera_public_tip_agency(bytea) FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION frontera_public_tip_agency(bytea) TO ${API_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION frontera_public_tip_agency(bytea)');
    await queryRunner.query('DROP FUNCTION frontera_ids_with_words(text, jsonb)');
    await queryRunner.query('DROP POLICY warrant_external_refs_write ON warrant_external_refs');
    await queryRunner.query('DROP POLICY warrant_external_refs_visible ON warrant_external_refs');
    await queryRunner.query('ALTER TABLE warrant_external_refs DISABLE ROW LEVEL SECURITY');
    for (const { table, discoverable } of [...RECORD_TABLES].reverse()) {
      if (discoverable) await queryRunner.query(`DROP POLICY ${table}_discoverable ON ${table}`);
      for (const policy of ['requestable', 'delete', 'update', 'insert', 'visible'])
        await queryRunner.query(`DROP POLICY ${table}_${policy} ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(
      'DROP FUNCTION frontera_partner_sees(record_type, uuid, uuid, tlp, country[], boolean, text)',
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${API_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${API_ROLE}`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${API_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${API_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${API_ROLE}`);
    // The role stays: other databases on the server may still grant it their tables.
  }
}
