import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '@app/auth';
import {
  RecordEntity,
  RecordQueries,
  SEARCH_DOCUMENT,
  SearchDocument,
  WarrantStatus,
  whereIdentifierMatches,
  whereNameMatches,
} from '@app/cases';
import { AppError, forPurpose, RecordType, SortKey } from '@app/core';
import { ShareNotifications } from '../shares/share-notifications';
import { SHARED_RECORDS } from '../shares/shared-records';
import { DiscoverSuspectsArgs, DiscoverWarrantsArgs } from './discovery-search.args';
import { DiscoveryHit } from './discovery-hit.type';

const MAX_HITS = 50;

/** A record that matched: its handle and its holder. */
export interface Match {
  id: string;
  ownerAgencyId: string;
}

/** What a discovery query asks, each part matched only on the fields the agreement makes keys. */
export interface Probe {
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
    if (!probe.search && !probe.identifier && !probe.dateOfBirth)
      throw AppError.badInput('search', 'give a name, an identifier or a date of birth');
    return this.discover(ctx, RecordType.SUSPECT, probe);
  }

  organizations(ctx: RequestContext, search: string): Promise<DiscoveryHit[]> {
    return this.discover(ctx, RecordType.ORGANIZATION, { search });
  }

  /**
   * "Does a partner hold an active warrant on this person?" The subject is found as
   * discoverSuspects finds a person (the suspects' discovery keys); the warrant must be
   * discoverable with its subject and status among the warrants' discovery keys, and ACTIVE.
   * A hit names the warrant's handle and holder, never its content.
   */
  async warrants(ctx: RequestContext, probe: DiscoverWarrantsArgs): Promise<DiscoveryHit[]> {
    if (!probe.subjectIdentifier && !probe.subjectSearch)
      throw AppError.badInput('subjectIdentifier', "give the subject's identifier or name");
    const subjects = await this.matching(ctx, RecordType.SUSPECT, {
      identifier: probe.subjectIdentifier,
      search: probe.subjectSearch,
    });
    if (subjects.length === 0) return [];
    const records = SHARED_RECORDS[RecordType.WARRANT];
    const qb = records.visible(ctx, 'discover');
    if (!qb) return [];
    qb.select(['r.id', 'r.ownerAgencyId'])
      .andWhere('r.owner_agency_id <> :own', { own: ctx.agencyId })
      .andWhere(records.fieldAllowedSql(ctx, qb, 'subject', 'r', 'discover'))
      .andWhere(records.fieldAllowedSql(ctx, qb, 'status', 'r', 'discover'))
      .andWhere('r.subject_id IN (:...discoverSubjects) AND r.status = :discoverStatus', {
        discoverSubjects: subjects.map((subject) => subject.id),
        discoverStatus: WarrantStatus.ACTIVE,
      })
      .orderBy('r.id', 'DESC');
    return this.hits(
      ctx,
      RecordType.WARRANT,
      await forPurpose(ctx.manager, 'discover', () => qb.limit(MAX_HITS).getMany()),
    );
  }

  /** Audited for each hit's owner, whose liaison officers hear of it; the handles for the caller. */
  async hits(ctx: RequestContext, recordType: RecordType, rows: Match[]): Promise<DiscoveryHit[]> {
    for (const row of rows) {
      ctx.audit({ action: 'DISCOVERED', recordType, recordId: row.id, recordOwnerAgencyId: row.ownerAgencyId });
    }
    await this.notices.discovered(ctx, recordType, rows);
    return rows.map((row) => ({ recordType, recordId: row.id, ownerAgencyId: row.ownerAgencyId }));
  }

  private async discover(ctx: RequestContext, recordType: RecordType, probe: Probe): Promise<DiscoveryHit[]> {
    return this.hits(ctx, recordType, await this.matching(ctx, recordType, probe));
  }

  /** Other agencies' records of `recordType` that `probe` matches on their agreements' discovery keys (unaudited: callers report the hits). */
  async matching(ctx: RequestContext, recordType: RecordType, probe: Probe): Promise<Match[]> {
    const records = SHARED_RECORDS[recordType];
    const qb = records.visible(ctx, 'discover');
    if (!qb) return [];
    qb.select(['r.id', 'r.ownerAgencyId']).andWhere('r.owner_agency_id <> :own', { own: ctx.agencyId });
    const relevance = probe.search
      ? this.whereNamesMatch(ctx, records, qb, DOCUMENTS[recordType]!('r'), probe.search)
      : null;
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
    return forPurpose(ctx.manager, 'discover', () => qb.limit(MAX_HITS).getMany());
  }

  private whereNamesMatch<E extends ObjectLiteral>(
    ctx: RequestContext,
    records: RecordQueries<RecordEntity>,
    qb: SelectQueryBuilder<E>,
    document: SearchDocument,
    search: string,
  ): SortKey {
    const relevance = whereNameMatches(qb, document, search, records.allowedSearchDocument(ctx, qb, 'discover'));
    if (!relevance) throw AppError.badInput('search', 'must name someone or something');
    return relevance;
  }
}
