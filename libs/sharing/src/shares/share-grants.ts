import { EntityManager } from 'typeorm';
import { SHARE_USE_ORDER, ShareUse } from '@app/core';
import { AppAbility, LoadedRecordRow, RecordRowLoader, RecordSubject } from '@app/auth';
import { activeShareSql, SHARE_GRANTS_FIELD, shareGrant } from './share-grants-sql';

/** Whether the ability reads `type` through shares at all (else no grants need loading). */
function readsThroughShares(ability: AppAbility, type: RecordSubject): boolean {
  return ability
    .rulesFor('read', type)
    .some((rule) => rule.conditions !== undefined && SHARE_GRANTS_FIELD in rule.conditions);
}

/** What a recipient is told about how it holds a shared record. */
interface ShareTerms {
  requestId: string;
  use: ShareUse;
  expiresAt: Date | null;
  providerAgencyId: string;
}

/** One active share of a record with the viewer's agency, as `shareRowsSql` returns it. */
interface ShareRow {
  id: string;
  granted_fields: string[];
  use: ShareUse;
  /** A Date from a plain query, an ISO string from inside JSON. */
  expires_at: Date | string | null;
  provider_agency_id: string;
}

/**
 * The share a record is held by: the owner's own share before one passed on by a partner (it
 * is what a holder may pass on further), then the widest use, then the latest expiry (none is latest).
 */
function betterTerms(ownerAgencyId: string, a: ShareTerms, b: ShareTerms): ShareTerms {
  const byOwner = Number(a.providerAgencyId === ownerAgencyId) - Number(b.providerAgencyId === ownerAgencyId);
  if (byOwner !== 0) return byOwner > 0 ? a : b;
  const byUse = SHARE_USE_ORDER.indexOf(a.use) - SHARE_USE_ORDER.indexOf(b.use);
  if (byUse !== 0) return byUse > 0 ? a : b;
  if (!a.expiresAt) return a;
  if (!b.expiresAt) return b;
  return a.expiresAt >= b.expiresAt ? a : b;
}

/**
 * The virtual field onward-sharing rules test on a loaded row: whether the viewer's agency
 * holds the record through a share of its owner (first-hand), not one passed on by a partner.
 */
export const SHARED_BY_OWNER_FIELD = 'sharedByOwner';

type RowWithShares = {
  id: string;
  ownerAgencyId: string;
  shareGrants?: string[];
  sharing?: ShareTerms | null;
  sharedByOwner?: boolean;
};

/**
 * SQL of one JSON column: the active shares (ShareRow objects) with the agency `agencyParam`
 * of the record aliased `r`, null for none and for the agency's own records. Selected with
 * the record itself, a lookup needs no second query for its grants.
 */
function shareRowsSql(r: string, agencyParam: string): string {
  return `(SELECT json_agg(json_build_object('id', s.id, 'granted_fields', s.granted_fields, 'use', s.use, 'expires_at', s.expires_at, 'provider_agency_id', s.provider_agency_id))
     FROM shares s WHERE s.record_id = ${r}.id AND s.recipient_agency_id = ${agencyParam} AND ${r}.owner_agency_id <> ${agencyParam} AND ${activeShareSql('s', r)})`;
}

/** Puts onto a row (not owned by `agencyId`) what its active shares grant, and on which terms. */
function applyShareRows(row: RowWithShares, agencyId: string, active: ShareRow[]): void {
  row.shareGrants = [...new Set(active.flatMap((share) => share.granted_fields))].map((field) =>
    shareGrant(agencyId, field),
  );
  row.sharing = active
    .map((share): ShareTerms => ({
      requestId: share.id,
      use: share.use,
      expiresAt: share.expires_at === null ? null : new Date(share.expires_at),
      providerAgencyId: share.provider_agency_id,
    }))
    .reduce<ShareTerms | null>((best, terms) => (best ? betterTerms(row.ownerAgencyId, best, terms) : terms), null);
  row.sharedByOwner = row.sharing?.providerAgencyId === row.ownerAgencyId;
}

/**
 * Loads onto `rows` (records of `table`, none owned by `agencyId`) the grants and terms of
 * their active shares with `agencyId`, and whether the owner shared them itself, in one query.
 */
async function attachShareGrants(
  manager: EntityManager,
  table: string,
  agencyId: string,
  rows: RowWithShares[],
): Promise<void> {
  if (rows.length === 0) return;
  const shares: (ShareRow & { record_id: string })[] = await manager.query(
    `SELECT s.record_id, s.id, s.granted_fields, s.use, s.expires_at, s.provider_agency_id
       FROM shares s JOIN "${table}" r ON r.id = s.record_id
      WHERE s.record_id = ANY($1::uuid[]) AND s.recipient_agency_id = $2 AND ${activeShareSql('s', 'r')}`,
    [rows.map((row) => row.id), agencyId],
  );
  const byRecord = new Map<string, ShareRow[]>();
  for (const share of shares) byRecord.set(share.record_id, [...(byRecord.get(share.record_id) ?? []), share]);
  for (const row of rows) applyShareRows(row, agencyId, byRecord.get(row.id) ?? []);
}

/**
 * What shares put onto record rows, for the authorization core's row loading (registered by
 * AgreementRulesContributor): each row's grants, terms and whether its owner shared it.
 */
export const SHARE_ROW_LOADER: RecordRowLoader = {
  appliesTo: readsThroughShares,
  selectSql: shareRowsSql,
  apply: (row: LoadedRecordRow, agencyId: string, selected: unknown) =>
    applyShareRows(row, agencyId, (selected as ShareRow[] | null) ?? []),
  attach: (manager: EntityManager, table: string, agencyId: string, rows: LoadedRecordRow[]) =>
    attachShareGrants(manager, table, agencyId, rows),
};
