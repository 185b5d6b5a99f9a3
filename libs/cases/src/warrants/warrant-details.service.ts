import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { AppError, ErrorCode, newId, withUniqueConflicts } from '@app/core';
import { WarrantStatus } from '../records/record-enums';
import { RecordQueries } from '../records/record-queries';
import { WarrantExternalRefEntity } from './warrant-external-ref.entity';
import { WarrantStatusChangeEntity } from './warrant-status-change.entity';
import { WarrantEntity } from './warrant.entity';
import { ExternalRefInput } from './warrant.inputs';
import { ExternalRef, WarrantStatusChange } from './warrant.type';

const EXTERNAL_REF_KEY = 'warrant_external_refs_key';

const refKey = (ref: ExternalRef) => `${ref.sourceSystem}\u0000${ref.externalId}`;
const describeRef = (ref: ExternalRef) => `${ref.sourceSystem} ${ref.externalId}`;

/**
 * A warrant's status history and external references: the rows that hang off a warrant.
 * Reads join through the visible warrants, so they never answer for a hidden one.
 */
@Injectable()
export class WarrantDetailsService {
  private readonly records = new RecordQueries(WarrantEntity, 'Warrant');

  /** Oldest first (by source time, then by when it was recorded), batched per request. */
  statusHistory(ctx: RequestContext, warrantId: string): Promise<WarrantStatusChange[]> {
    return ctx
      .loader<string, WarrantStatusChange[]>('Warrant:statusHistory', async (warrantIds) => {
        const qb = this.records.visible(ctx);
        const rows = qb
          ? await qb
              .innerJoin(WarrantStatusChangeEntity, 'h', 'h.warrant_id = r.id')
              .andWhere('r.id IN (:...warrantIds)', { warrantIds: [...warrantIds] })
              .select([
                'h.warrant_id AS warrant_id',
                'h.status AS status',
                'h.changed_at AS changed_at',
                'h.source_system AS source_system',
                'h.recorded_at AS recorded_at',
                'h.applied AS applied',
                'h.note AS note',
              ])
              .orderBy('h.changed_at')
              .addOrderBy('h.recorded_at')
              .addOrderBy('h.id')
              .getRawMany<HistoryRow>()
          : [];
        const byWarrant = new Map<string, WarrantStatusChange[]>(warrantIds.map((key) => [key, []]));
        for (const row of rows) {
          byWarrant.get(row.warrant_id)?.push({
            status: row.status,
            changedAt: new Date(row.changed_at),
            sourceSystem: row.source_system,
            recordedAt: new Date(row.recorded_at),
            applied: row.applied,
            note: row.note,
          });
        }
        return warrantIds.map((key) => byWarrant.get(key) ?? []);
      })
      .load(warrantId);
  }

  /** Sorted by source system and id, batched per request. */
  externalRefs(ctx: RequestContext, warrantId: string): Promise<ExternalRef[]> {
    return ctx
      .loader<string, ExternalRef[]>('Warrant:externalRefs', async (warrantIds) => {
        const qb = this.records.visible(ctx);
        const rows = qb
          ? await qb
              .innerJoin(WarrantExternalRefEntity, 'x', 'x.warrant_id = r.id')
              .andWhere('r.id IN (:...warrantIds)', { warrantIds: [...warrantIds] })
              .select([
                'x.warrant_id AS warrant_id',
                'x.source_system AS source_system',
                'x.external_id AS external_id',
              ])
              .orderBy('x.source_system')
              .addOrderBy('x.external_id')
              .getRawMany<{ warrant_id: string; source_system: string; external_id: string }>()
          : [];
        const byWarrant = new Map<string, ExternalRef[]>(warrantIds.map((key) => [key, []]));
        for (const row of rows)
          byWarrant.get(row.warrant_id)?.push({ sourceSystem: row.source_system, externalId: row.external_id });
        return warrantIds.map((key) => byWarrant.get(key) ?? []);
      })
      .load(warrantId);
  }

  /** Records a status the actor set by hand (no source system), applied. */
  async recordStatus(ctx: RequestContext, warrantId: string, status: WarrantStatus, changedAt: Date): Promise<void> {
    await ctx.manager.getRepository(WarrantStatusChangeEntity).insert({
      id: newId(),
      warrantId,
      status,
      changedAt,
      sourceSystem: null,
      applied: true,
      note: null,
      recordedBy: ctx.requiredActor.id,
    });
  }

  /** Trimmed and de-duplicated; an entry blank after trimming is the client's mistake. */
  normalizeRefs(refs: ExternalRefInput[]): ExternalRef[] {
    const unique = new Map<string, ExternalRef>();
    for (const ref of refs) {
      const normalized = { sourceSystem: ref.sourceSystem.trim(), externalId: ref.externalId.trim() };
      if (!normalized.sourceSystem) throw AppError.badInput('externalRefs.sourceSystem', 'should not be empty');
      if (!normalized.externalId) throw AppError.badInput('externalRefs.externalId', 'should not be empty');
      unique.set(refKey(normalized), normalized);
    }
    return [...unique.values()];
  }

  /**
   * CONFLICT when another warrant of the actor's agency already has one of `refs`: integration
   * scripts resolve a reference to exactly one warrant.
   */
  async assertRefsFree(ctx: RequestContext, refs: ExternalRef[], warrantId: string | null): Promise<void> {
    if (refs.length === 0) return;
    const taken: { source_system: string; external_id: string }[] = await ctx.manager.query(
      `SELECT x.source_system, x.external_id
       FROM warrant_external_refs x
       JOIN unnest($2::text[], $3::text[]) AS i(source_system, external_id)
         ON x.source_system = i.source_system AND x.external_id = i.external_id
       WHERE x.owner_agency_id = $1 AND ($4::uuid IS NULL OR x.warrant_id <> $4::uuid)
       LIMIT 1`,
      [ctx.agencyId, refs.map((ref) => ref.sourceSystem), refs.map((ref) => ref.externalId), warrantId],
    );
    if (taken.length > 0) throw refConflict({ sourceSystem: taken[0].source_system, externalId: taken[0].external_id });
  }

  /** Replaces the warrant's references; false when they were the same already. */
  async replaceRefs(ctx: RequestContext, warrantId: string, refs: ExternalRef[]): Promise<boolean> {
    const repository = ctx.manager.getRepository(WarrantExternalRefEntity);
    const current = await repository.find({ where: { warrantId }, select: { sourceSystem: true, externalId: true } });
    const wanted = new Set(refs.map(refKey));
    if (current.length === wanted.size && current.every((ref) => wanted.has(refKey(ref)))) return false;
    await repository.delete({ warrantId });
    if (refs.length === 0) return true;
    // Another transaction may take the reference between our check and this insert.
    await withUniqueConflicts(
      () => repository.insert(refs.map((ref) => ({ id: newId(), warrantId, ownerAgencyId: ctx.agencyId, ...ref }))),
      {
        [EXTERNAL_REF_KEY]: () => refConflict(null),
      },
    );
    return true;
  }
}

interface HistoryRow {
  warrant_id: string;
  status: WarrantStatus;
  changed_at: Date;
  source_system: string | null;
  recorded_at: Date;
  applied: boolean;
  note: string | null;
}

function refConflict(ref: ExternalRef | null): AppError {
  const which = ref ? `external reference ${describeRef(ref)}` : 'an external reference';
  return new AppError(ErrorCode.CONFLICT, `${which} already belongs to another warrant of your agency`, {
    field: 'externalRefs',
  });
}
