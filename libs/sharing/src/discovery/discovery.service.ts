import { Injectable } from '@nestjs/common';
import { EntityTarget } from 'typeorm';
import { RecordSubject, RequestContext, whereAccessible } from '@app/auth';
import { OrganizationEntity, RecordEntity, SEARCH_DOCUMENT, SearchDocument, SuspectEntity, whereNameMatches } from '@app/cases';
import { AppError, forPurpose, RecordType } from '@app/core';
import { ShareNotifications } from '../shares/share-notifications';
import { DiscoveryHit } from './discovery-hit.type';

const MAX_HITS = 50;

interface Searchable {
  entity: EntityTarget<RecordEntity>;
  subject: RecordSubject;
  recordType: RecordType;
  document: (alias: string) => SearchDocument;
}

const SUSPECTS: Searchable = { entity: SuspectEntity, subject: 'Suspect', recordType: RecordType.SUSPECT, document: SEARCH_DOCUMENT.suspect };
const ORGANIZATIONS: Searchable = {
  entity: OrganizationEntity,
  subject: 'Organization',
  recordType: RecordType.ORGANIZATION,
  document: SEARCH_DOCUMENT.organization,
};

/**
 * Hit/no-hit: "does any partner hold a record like this?" Only records of other agencies
 * whose agreement with the caller's agency allows discovery and whose markings allow release
 * to it (the `discover` rules, in SQL); the answer is the handle and the holder, nothing else.
 * Every hit is audited for its owner.
 */
@Injectable()
export class DiscoveryService {
  constructor(private readonly notices: ShareNotifications) {}

  suspects(ctx: RequestContext, search: string): Promise<DiscoveryHit[]> {
    return this.discover(ctx, SUSPECTS, search);
  }

  organizations(ctx: RequestContext, search: string): Promise<DiscoveryHit[]> {
    return this.discover(ctx, ORGANIZATIONS, search);
  }

  private async discover(ctx: RequestContext, target: Searchable, search: string): Promise<DiscoveryHit[]> {
    const qb = ctx.manager.getRepository(target.entity).createQueryBuilder('r').select(['r.id', 'r.ownerAgencyId']);
    if (!whereAccessible(qb, ctx.ability, 'discover', target.subject)) return [];
    qb.andWhere('r.owner_agency_id <> :own', { own: ctx.agencyId });
    const relevance = whereNameMatches(qb, target.document('r'), search);
    if (!relevance) throw AppError.badInput('search', 'must name someone or something');
    // Discoverable rows are not readable ones: the database shows them to this query alone.
    const rows = await forPurpose(ctx.manager, 'discover', () => qb.orderBy(relevance.sql, 'DESC').addOrderBy('r.id', 'DESC').limit(MAX_HITS).getMany());
    for (const row of rows) {
      ctx.audit({ action: 'DISCOVERED', recordType: target.recordType, recordId: row.id, recordOwnerAgencyId: row.ownerAgencyId });
    }
    await this.notices.discovered(ctx, target.recordType, rows);
    return rows.map((row) => ({ recordType: target.recordType, recordId: row.id, ownerAgencyId: row.ownerAgencyId }));
  }
}
