import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '@app/auth';
import {
  connectionOf,
  ConnectionShape,
  beyond,
  PageArgs,
  pageWindow,
  scanDirection,
  windowPage,
  RecordType,
  withCursorWhenRead,
} from '@app/core';
import { WarrantStatus } from '../records/record-enums';
import { RecordEntity } from '../records/record.entity';
import { CaseEventKind } from './case-event.entity';
import { CaseEvent } from './case-event.type';
import { CaseLinkService } from './case-link.service';

const LINKABLE = [RecordType.SUSPECT, RecordType.ORGANIZATION, RecordType.WARRANT, RecordType.TIP];

interface TimelineRow {
  id: string;
  at: Date;
  kind: CaseEventKind;
  actor_id: string | null;
  agency_id: string | null;
  record_type: RecordType | null;
  record_id: string | null;
  note_id: string | null;
  task_id: string | null;
  changed_fields: string[] | null;
  warrant_status: WarrantStatus | null;
}

/**
 * A case's timeline, newest first: its own events, and the status changes of its linked
 * warrants. Every row that points at a record is kept only where the viewer may read that
 * record (and, for a warrant's status changes, its status history), decided in SQL by the
 * record's own rules: a link to a hidden record leaves no trace.
 */
@Injectable()
export class CaseTimelineService {
  constructor(private readonly links: CaseLinkService) {}

  async page(ctx: RequestContext, caseId: string, args: PageArgs): Promise<ConnectionShape<CaseEvent>> {
    const window = pageWindow(args);
    const scan = scanDirection(window);
    const params: Record<string, unknown> = { caseId, limit: window.limit + 1 };
    const recordVisible = LINKABLE.map((type) => {
      const exists = this.visibleRecord(ctx, type, 'e.record_id', [], params);
      return exists ? `(e.record_type = '${type}' AND ${exists})` : null;
    }).filter(Boolean);
    const ownEvents = `SELECT e.id, e.at, e.kind::text AS kind, e.actor_id, e.agency_id, e.record_type::text AS record_type, e.record_id, e.note_id, e.task_id, e.changed_fields, NULL::text AS warrant_status
      FROM case_events e WHERE e.case_id = :caseId AND (e.record_type IS NULL${recordVisible.map((sql) => ` OR ${sql}`).join('')})`;
    const statusHistory = this.visibleRecord(ctx, RecordType.WARRANT, 'w.warrant_id', ['statusHistory'], params);
    const warrantEvents = statusHistory
      ? ` UNION ALL SELECT w.id, w.changed_at AS at, '${CaseEventKind.WARRANT_STATUS_CHANGED}', NULL, NULL, '${RecordType.WARRANT}', w.warrant_id, NULL, NULL, NULL, w.status::text
      FROM warrant_status_changes w JOIN case_links l ON l.record_id = w.warrant_id AND l.record_type = '${RecordType.WARRANT}' AND l.case_id = :caseId
      WHERE w.applied AND ${statusHistory}`
      : '';
    let from = '';
    if (window.cursor !== null) {
      const [at, id] = ctx.cursors.open('CaseTimeline', window.cursor, ['timestamptz', 'uuid'], window.argument);
      Object.assign(params, { fromAt: at, fromId: id });
      from = `WHERE (t.at, t.id) ${beyond(scan)} (CAST(:fromAt AS timestamptz), CAST(:fromId AS uuid))`;
    }
    const sql = `SELECT * FROM (${ownEvents}${warrantEvents}) t ${from} ORDER BY t.at ${scan}, t.id ${scan} LIMIT :limit`;
    const [query, values] = ctx.manager.connection.driver.escapeQueryWithParameters(sql, params);
    const rows = (await ctx.manager.query(query, values)) as TimelineRow[];
    const { edges, pageInfo } = windowPage(window, rows, (row) =>
      withCursorWhenRead({ node: view(row) }, () => ctx.cursors.seal('CaseTimeline', [row.at.toISOString(), row.id])),
    );
    return connectionOf(edges, pageInfo, async () => 0);
  }

  /**
   * `EXISTS (a record of `type`, id `idSql`, the viewer may read, with `fields` readable)` in
   * the record type's own SQL predicate, its parameters added to `params`; null when none is.
   */
  private visibleRecord(
    ctx: RequestContext,
    type: RecordType,
    idSql: string,
    fields: string[],
    params: Record<string, unknown>,
  ): string | null {
    const records = this.links.recordsOf(type)!;
    const qb: SelectQueryBuilder<RecordEntity> | null = records.visible(ctx);
    if (!qb) return null;
    records.whereReadable(ctx, qb, fields);
    qb.select('1').andWhere(`r.id = ${idSql}`);
    Object.assign(params, qb.getParameters());
    return `EXISTS (${qb.getQuery()})`;
  }
}

function view(row: TimelineRow): CaseEvent {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    actorId: row.actor_id,
    agencyId: row.agency_id,
    recordType: row.record_type,
    recordId: row.record_id,
    noteId: row.note_id,
    taskId: row.task_id,
    changedFields: row.changed_fields,
    warrantStatus: row.warrant_status,
  };
}
