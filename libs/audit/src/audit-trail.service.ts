import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { accessibleSql, RequestContext, SqlColumn } from '@app/auth';
import {
  connectionOf,
  ConnectionShape,
  isUuid,
  beyond,
  emptyConnection,
  PageArgs,
  pageWindow,
  scanDirection,
  windowPage,
  RecordType,
  Role,
  withCursorWhenRead,
} from '@app/core';
import { ChainedRow } from './audit-chain';
import { AuditEvent, AuditEventFilter } from './audit-event.type';

/** A row as the pages read it: the chained columns, typed as the driver returns them. */
type AuditRow = Omit<ChainedRow, 'at' | 'actor_roles' | 'record_type'> & {
  at: Date;
  actor_roles: Role[];
  record_type: RecordType | null;
};

/** The columns of the AuditEvent rules (AuditRulesContributor). */
const RULE_COLUMNS: Record<string, SqlColumn> = {
  recordOwnerAgencyId: { sql: 'e.record_owner_agency_id', array: false },
  actorAgencyId: { sql: 'e.actor_agency_id', array: false },
};

const SELECTED = [
  'e.id AS id',
  'e.at AS at',
  'e.action AS action',
  'e.outcome AS outcome',
  'e.actor_id AS actor_id',
  'e.actor_kind AS actor_kind',
  'e.actor_agency_id AS actor_agency_id',
  'e.actor_email AS actor_email',
  'e.actor_display_name AS actor_display_name',
  'e.actor_roles AS actor_roles',
  'e.record_type AS record_type',
  'e.record_id AS record_id',
  'e.changed_fields AS changed_fields',
  'e.detail::text AS detail',
  'e.request_id AS request_id',
];

function eventOf(row: AuditRow): AuditEvent {
  const person = row.actor_kind === 'user' && row.actor_id && row.actor_email;
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    outcome: row.outcome,
    actorId: row.actor_id,
    actor: person
      ? {
          id: row.actor_id!,
          email: row.actor_email!,
          displayName: row.actor_display_name ?? '',
          agencyId: row.actor_agency_id,
          roles: row.actor_roles,
        }
      : null,
    actorAgencyId: row.actor_agency_id,
    recordType: row.record_type,
    recordId: row.record_id,
    changedFields: row.changed_fields,
    detail: row.detail,
    requestId: row.request_id,
  };
}

/**
 * The audit log as its readers see it: an agency's liaison officers and admins read the events
 * on its records and the events by its own people (the AuditEvent rules, applied in SQL), newest
 * first, a keyset page at a time.
 */
@Injectable()
export class AuditTrailService {
  /** Who did what to one record. */
  trail(
    ctx: RequestContext,
    recordType: RecordType,
    recordId: string,
    args: PageArgs,
  ): Promise<ConnectionShape<AuditEvent>> {
    return this.page(
      ctx,
      args,
      isUuid(recordId) &&
        ((qb) => qb.andWhere('e.record_type = :recordType AND e.record_id = :recordId', { recordType, recordId })),
    );
  }

  /** Events matching every condition of the filter. */
  events(
    ctx: RequestContext,
    filter: AuditEventFilter | null | undefined,
    args: PageArgs,
  ): Promise<ConnectionShape<AuditEvent>> {
    return this.page(ctx, args, (qb) => {
      if (filter?.action) qb.andWhere('e.action = :action', { action: filter.action });
      if (filter?.outcome) qb.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
      if (filter?.actorAgencyId)
        qb.andWhere('e.actor_agency_id = :actorAgencyId', { actorAgencyId: filter.actorAgencyId });
      if (filter?.recordType) qb.andWhere('e.record_type = :recordType', { recordType: filter.recordType });
      if (filter?.from) qb.andWhere('e.at >= :from', { from: filter.from });
      if (filter?.to) qb.andWhere('e.at < :to', { to: filter.to });
      return qb;
    });
  }

  private async page(
    ctx: RequestContext,
    args: PageArgs,
    narrow: false | ((qb: SelectQueryBuilder<object>) => SelectQueryBuilder<object>),
  ): Promise<ConnectionShape<AuditEvent>> {
    const window = pageWindow(args);
    const from =
      window.cursor !== null ? ctx.cursors.open('AuditEvent', window.cursor, ['uuid'], window.argument)[0] : null;
    const allowed = accessibleSql(ctx.ability, 'read', 'AuditEvent', (field) => {
      const column = RULE_COLUMNS[field];
      if (!column) throw new Error(`audit events: no column for rule field "${field}"`);
      return column;
    });
    if (!allowed || !narrow) return emptyConnection<AuditEvent>(args);
    const qb = narrow(
      ctx.manager.createQueryBuilder().select(SELECTED).from('audit_events', 'e').where(allowed.sql, allowed.params),
    );
    const scan = scanDirection(window);
    if (from !== null) qb.andWhere(`e.id ${beyond(scan)} CAST(:from AS uuid)`, { from });
    const rows = await qb
      .orderBy('e.id', scan)
      .limit(window.limit + 1)
      .getRawMany<AuditRow>();
    const { edges, pageInfo } = windowPage(window, rows, (row) =>
      withCursorWhenRead({ node: eventOf(row) }, () => ctx.cursors.seal('AuditEvent', [row.id])),
    );
    return connectionOf(edges, pageInfo, async () => 0);
  }
}
