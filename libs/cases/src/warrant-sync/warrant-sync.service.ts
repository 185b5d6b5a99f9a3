import { Injectable } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { RequestContext } from '@app/auth';
import { AppError, newId } from '@app/core';
import { WarrantService } from '../warrants/warrant.service';
import { warrantTransitionError } from '../warrants/warrant-status-rules';
import { planSync, recordedKey, SyncItem, WarrantState } from './sync-plan';
import {
  MAX_SYNC_BATCH,
  WarrantStatusUpdateInput,
  WarrantSyncItemResult,
  WarrantSyncOutcome,
  WarrantSyncResult,
} from './warrant-sync.types';

const refKey = (sourceSystem: string, externalId: string) => `${sourceSystem}\u0000${externalId}`;

/**
 * Bulk status updates from court and prosecutor systems. Whatever the batch size, it is five
 * set-based statements in the caller's transaction: resolve references, lock the warrants,
 * read what history already holds, insert the new history, update the warrants.
 */
@Injectable()
export class WarrantSyncService {
  constructor(private readonly warrants: WarrantService) {}

  async sync(ctx: RequestContext, updates: WarrantStatusUpdateInput[]): Promise<WarrantSyncResult> {
    if (updates.length > MAX_SYNC_BATCH)
      throw AppError.badInput('updates', `at most ${MAX_SYNC_BATCH} updates per call`);
    const items: SyncItem[] = updates.map((u) => ({ ...u, statusChangedAt: new Date(u.statusChangedAt) }));
    const ids = await this.resolveReferences(ctx, items);
    const states = await this.lockWritable(ctx, [...new Set(ids.values())]);
    const recorded = await this.recordedStatuses(ctx, [...states.keys()], items);

    const plan = planSync({
      items,
      now: new Date(),
      warrantIdOf: (item) => ids.get(refKey(item.sourceSystem, item.externalId)),
      states,
      recorded,
      transitionError: warrantTransitionError,
    });

    if (plan.history.length > 0) {
      await ctx.manager.query(
        `INSERT INTO warrant_status_changes (id, warrant_id, status, changed_at, source_system, note, applied, recorded_by)
         SELECT h.id, h.warrant_id, h.status::warrant_status, h.changed_at, h.source_system, h.note, h.applied, $8
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::boolean[])
           AS h(id, warrant_id, status, changed_at, source_system, note, applied)`,
        [
          plan.history.map(() => newId()),
          plan.history.map((h) => h.warrantId),
          plan.history.map((h) => h.status),
          plan.history.map((h) => h.changedAt.toISOString()),
          plan.history.map((h) => h.sourceSystem),
          plan.history.map((h) => h.note),
          plan.history.map((h) => h.applied),
          ctx.requiredActor.id,
        ],
      );
    }
    if (plan.updates.length > 0) {
      await ctx.manager.query(
        `UPDATE warrants w SET status = u.status::warrant_status, status_changed_at = u.changed_at, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS u(id, status, changed_at)
         WHERE w.id = u.id`,
        [
          plan.updates.map((u) => u.id),
          plan.updates.map((u) => u.status),
          plan.updates.map((u) => u.statusChangedAt.toISOString()),
        ],
      );
    }

    const results: WarrantSyncItemResult[] = plan.decisions.map((decision, i) => ({
      sourceSystem: items[i].sourceSystem,
      externalId: items[i].externalId,
      outcome: decision.outcome as WarrantSyncOutcome,
      warrantId: decision.warrantId,
      message: decision.message,
    }));
    const count = (outcome: WarrantSyncOutcome) => results.filter((r) => r.outcome === outcome).length;
    const counts = {
      applied: count(WarrantSyncOutcome.APPLIED),
      unchanged: count(WarrantSyncOutcome.UNCHANGED),
      stale: count(WarrantSyncOutcome.STALE),
      notFound: count(WarrantSyncOutcome.NOT_FOUND),
      rejected: count(WarrantSyncOutcome.REJECTED),
    };
    // One entry per batch: each warrant's change is in its status history, with who recorded it.
    ctx.audit({ action: AuditAction.WARRANT_STATUSES_SYNCED, recordOwnerAgencyId: ctx.agencyId, detail: counts });
    return { ...counts, items: results };
  }

  /** (sourceSystem, externalId) → warrant id, within the caller's agency only. */
  private async resolveReferences(ctx: RequestContext, items: SyncItem[]): Promise<Map<string, string>> {
    if (items.length === 0) return new Map();
    const rows: { source_system: string; external_id: string; warrant_id: string }[] = await ctx.manager.query(
      `SELECT r.source_system, r.external_id, r.warrant_id
       FROM warrant_external_refs r
       JOIN (SELECT DISTINCT * FROM unnest($2::text[], $3::text[])) AS i(source_system, external_id)
         ON r.source_system = i.source_system AND r.external_id = i.external_id
       WHERE r.owner_agency_id = $1`,
      [ctx.agencyId, items.map((i) => i.sourceSystem), items.map((i) => i.externalId)],
    );
    return new Map(rows.map((row) => [refKey(row.source_system, row.external_id), row.warrant_id]));
  }

  /** The warrants the actor may change, locked in id order (no deadlock between batches). */
  private async lockWritable(ctx: RequestContext, ids: string[]): Promise<Map<string, WarrantState>> {
    const qb = this.warrants.records.visible(ctx, 'update');
    if (!qb || ids.length === 0) return new Map();
    const rows = await qb
      .select(['r.id AS id', 'r.status AS status', 'r.status_changed_at AS status_changed_at'])
      .andWhere('r.id IN (:...ids)', { ids })
      .orderBy('r.id')
      .setLock('pessimistic_write')
      .getRawMany<{ id: string; status: string; status_changed_at: Date }>();
    return new Map(
      rows.map((row) => [row.id, { id: row.id, status: row.status, statusChangedAt: new Date(row.status_changed_at) }]),
    );
  }

  /** Which (warrant, status, source time) the history already holds, for replays. */
  private async recordedStatuses(ctx: RequestContext, warrantIds: string[], items: SyncItem[]): Promise<Set<string>> {
    if (warrantIds.length === 0) return new Set();
    const rows: { warrant_id: string; status: string; changed_at: Date }[] = await ctx.manager.query(
      `SELECT warrant_id, status, changed_at FROM warrant_status_changes
       WHERE warrant_id = ANY($1::uuid[]) AND changed_at = ANY($2::timestamptz[])`,
      [warrantIds, [...new Set(items.map((i) => i.statusChangedAt.toISOString()))]],
    );
    return new Set(rows.map((row) => recordedKey(row.warrant_id, row.status, new Date(row.changed_at))));
  }
}
