import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '@app/auth';
import { RecordEntity, RecordQueries, SEARCH_DOCUMENT, SearchDocument, whereIdentifierMatches, whereNameMatches } from '@app/cases';
import { AppError, forPurpose, RecordType, SortKey } from '@app/core';
import { ShareNotifications } from '../shares/share-notifications';
import { SHARED_RECORDS } from '../shares/shared-records';
import { DiscoverSuspectsArgs } from './discovery-search.args';
import { DiscoveryHit } from './discovery-hit.type';

const MAX_HITS = 50;

/** What a discovery query asks, each part matched only on the fields the agreement makes keys. */
interface Probe {
  search?: string | null;
  identifier?: string | null;
  dateOfBirth?: string | null;
}

const DOCUMENTS: Partial<Record<RecordType, (alias: string) => SearchDocument>> = {
  [RecordType.SUSPECT]: SEARCH_DOCUMENT.suspect,
  [RecordType.ORGANIZATION]: SEARCH_DOCUMENT.organization,
};

/**
 * Hit/no-hit: "does any partner hold a record like this?" Only records of other agencies
 * whose agreement with the caller's agency allows discovery and whose markings allow release
 * to it (the `discover` rules, in SQL), matched only on the agreement's discovery keys (a
 * field rule per key: a withheld field that is not a key never matches); the answer is the
 * handle and the holder, nothing else. Every hit is audited for its owner.
 */
@Injectable()
export class DiscoveryService {
  constructor(private readonly notices: ShareNotifications) {}

  suspects(ctx: RequestContext, probe: DiscoverSuspectsArgs): Promise<DiscoveryHit[]> {
    if (!probe.search && !probe.identifier && !probe.dateOfBirth) throw AppError.badInput('search', 'give a name, an identifier or a date of birth');
    return this.discover(ctx, RecordType.SUSPECT, probe);
  }

  organizations(ctx: RequestContext, search: string): Promise<DiscoveryHit[]> {
    return this.discover(ctx, RecordType.ORGANIZATION, { search });
  }

  private async discover(ctx: RequestContext, recordType: RecordType, probe: Probe): Promise<DiscoveryHit[]> {
    const records = SHARED_RECORDS[recordType];
    const qb = records.visible(ctx, 'discover');
    if (!qb) return [];
    qb.select(['r.id', 'r.ownerAgencyId']).andWhere('r.owner_agency_id <> :own', { own: ctx.agencyId });
    const relevance = probe.search ? this.whereNamesMatch(ctx, records, qb, DOCUMENTS[recordType]!('r'), probe.search) : null;
    if (probe.identifier) {
      qb.andWhere(records.fieldAllowedSql(ctx, qb, 'identifiers', 'r', 'discover'));
      whereIdentifierMatches(qb, probe.identifier, null);
    }
    if (probe.dateOfBirth) {
      qb.andWhere(records.fieldAllowedSql(ctx, qb, 'dateOfBirth', 'r', 'discover'));
      qb.andWhere('r.date_of_birth = :discoverDateOfBirth', { discoverDateOfBirth: probe.dateOfBirth });
    }
    if (relevance) qb.orderBy(relevance.sql, 'DESC').addOrderBy('r.id', 'DESC');
    else qb.orderBy('r.id', 'DESC');
    // Discoverable rows are not readable ones: the database shows them to this query alone.
    const rows = await forPurpose(ctx.manager, 'discover', () => qb.limit(MAX_HITS).getMany());
    for (const row of rows) {
      ctx.audit({ action: 'DISCOVERED', recordType, recordId: row.id, recordOwnerAgencyId: row.ownerAgencyId });
    }
    await this.notices.discovered(ctx, recordType, rows);
    return rows.map((row) => ({ recordType, recordId: row.id, ownerAgencyId: row.ownerAgencyId }));
  }

  private whereNamesMatch<E extends ObjectLiteral>(ctx: RequestContext, records: RecordQueries<RecordEntity>, qb: SelectQueryBuilder<E>, document: SearchDocument, search: string): SortKey {
    const relevance = whereNameMatches(qb, document, search, records.allowedSearchDocument(ctx, qb, 'discover'));
    if (!relevance) throw AppError.badInput('search', 'must name someone or something');
    return relevance;
  }
}
