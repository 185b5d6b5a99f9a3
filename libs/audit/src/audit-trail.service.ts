import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accessibleSql, RequestContext } from '@app/auth';
import { connectionOf, ConnectionShape, decodeCursor, encodeCursor, isUuid, PageArgs, pageSize, RecordType } from '@app/core';
import { AuditEvent } from './audit-event.type';

interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actor_id: string | null;
  actor_agency_id: string;
  record_type: RecordType | null;
  record_id: string | null;
  detail: string;
}

/** Who did what to a record: for the owning agency's liaison officers and admins only. */
@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  async trail(ctx: RequestContext, recordType: RecordType, recordId: string, args: PageArgs): Promise<ConnectionShape<AuditEvent>> {
    const limit = pageSize(args.first);
    const empty = connectionOf<AuditEvent>([], { hasNextPage: false, endCursor: null }, async () => 0);
    const allowed = accessibleSql(ctx.ability, 'read', 'AuditEvent', (field) => {
      if (field !== 'recordOwnerAgencyId') throw new Error(`audit trail: no column for rule field "${field}"`);
      return { sql: 'e.record_owner_agency_id', array: false };
    });
    if (!allowed || !isUuid(recordId)) return empty;
    const qb = this.dataSource
      .createQueryBuilder()
      .select(['e.id AS id', 'e.at AS at', 'e.action AS action', 'e.actor_id AS actor_id', 'e.actor_agency_id AS actor_agency_id'])
      .addSelect(['e.record_type AS record_type', 'e.record_id AS record_id', 'e.detail::text AS detail'])
      .from('audit_events', 'e')
      .where('e.record_type = :recordType AND e.record_id = :recordId', { recordType, recordId })
      .andWhere(allowed.sql, allowed.params)
      .orderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (args.after) qb.andWhere('e.id < CAST(:after AS uuid)', { after: decodeCursor(args.after, 1)[0] });
    const rows = await qb.getRawMany<AuditRow>();
    const edges = rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor([row.id]),
      node: {
        id: row.id,
        at: row.at,
        action: row.action,
        actorId: row.actor_id,
        actorAgencyId: row.actor_agency_id,
        recordType: row.record_type,
        recordId: row.record_id,
        detail: row.detail,
      },
    }));
    return connectionOf(edges, { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, async () => 0);
  }
}
