import { Injectable } from '@nestjs/common';
import { audited, AuditAction, changedFields } from '@app/audit';
import { RequestContext } from '@app/auth';
import { AppError, ConnectionShape, newId, Order, PageArgs } from '@app/core';
import { orderSortKeys, WARRANT_ORDER_KEYS, WarrantOrderField } from '../records/record-order';
import { handlingColumns } from '../records/handling.type';
import { mapConnection, RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { requiredText } from '../records/text-fields';
import { SuspectService } from '../suspects/suspect.service';
import { WarrantDetailsService } from './warrant-details.service';
import { warrantTransitionError } from './warrant-status-rules';
import { WarrantEntity } from './warrant.entity';
import { CreateWarrantInput, UpdateWarrantInput, WarrantFilter } from './warrant.inputs';
import { ExternalRef, Warrant, WarrantStatusChange } from './warrant.type';

// Clocks of court systems and desks may run a little ahead of the server's.
const CLOCK_SKEW_MS = 60_000;

@Injectable()
export class WarrantService {
  readonly records = new RecordQueries(WarrantEntity, 'Warrant');

  constructor(
    private readonly suspects: SuspectService,
    private readonly details: WarrantDetailsService,
  ) {}

  view(ctx: RequestContext, row: WarrantEntity): Warrant {
    const { subject, ...view } = recordView(ctx, 'Warrant', row, {
      number: row.number,
      issuingCountry: row.issuingCountry,
      issuingAuthority: row.issuingAuthority,
      charges: row.charges,
      issueDate: row.issueDate,
      // the id only marks the field readable; WarrantFieldsResolver loads the suspect where visible
      subject: row.subjectId,
      status: row.status,
      statusChangedAt: row.statusChangedAt,
      // resolved by WarrantFieldsResolver; [] here only marks the fields as readable
      statusHistory: [] as WarrantStatusChange[],
      externalRefs: [] as ExternalRef[],
    });
    return { ...view, subjectId: subject };
  }

  async findById(ctx: RequestContext, id: string): Promise<Warrant | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  /** Newest first. */
  async list(
    ctx: RequestContext,
    filter: WarrantFilter | null | undefined,
    args: PageArgs,
    orderBy?: Order<WarrantOrderField> | null,
  ): Promise<ConnectionShape<Warrant>> {
    const page = await this.records.page(
      ctx,
      args,
      (qb) => {
        if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
        if (filter?.subjectId) {
          qb.andWhere('r.subject_id = :subjectId', { subjectId: filter.subjectId });
          this.suspects.records.whereVisibleTarget(ctx, qb, 'r.subject_id');
        }
        if (filter?.issuingCountry)
          qb.andWhere('r.issuing_country = :issuingCountry', { issuingCountry: filter.issuingCountry });
        this.records.whereReadable(ctx, qb, [
          ...(filter?.status ? ['status'] : []),
          ...(filter?.subjectId ? ['subject'] : []),
          ...(filter?.issuingCountry ? ['issuingCountry'] : []),
        ]);
        return orderBy ? orderSortKeys(ctx, this.records, qb, orderBy, WARRANT_ORDER_KEYS) : [];
      },
      orderBy?.direction,
    );
    return mapConnection(page, (row) => this.view(ctx, row));
  }

  /**
   * A suspect's warrants the viewer may see, most recent status first, batched per request.
   * A warrant whose `subject` is withheld from the viewer is left out (in SQL): listing it
   * here would disclose the very link the owner withheld.
   */
  bySubject(ctx: RequestContext, subjectId: string): Promise<Warrant[]> {
    return ctx
      .loader<string, Warrant[]>('Suspect:warrants', async (subjectIds) => {
        const rows = await this.records.findWhere(ctx, (qb) => {
          this.records.whereReadable(ctx, qb, ['subject']);
          qb.andWhere('r.subject_id IN (:...subjectIds)', { subjectIds: [...subjectIds] })
            .orderBy('r.statusChangedAt', 'DESC')
            .addOrderBy('r.id', 'DESC');
        });
        const bySubject = new Map<string, Warrant[]>(subjectIds.map((key) => [key, []]));
        for (const row of rows) bySubject.get(row.subjectId)?.push(this.view(ctx, row));
        return subjectIds.map((key) => bySubject.get(key) ?? []);
      })
      .load(subjectId);
  }

  async create(ctx: RequestContext, input: CreateWarrantInput): Promise<Warrant> {
    const statusChangedAt = notInFuture('statusChangedAt', input.statusChangedAt ?? new Date());
    const repository = ctx.manager.getRepository(WarrantEntity);
    const row = repository.create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...(await handlingColumns(ctx, input.handling)),
      number: requiredText('number', input.number),
      issuingCountry: input.issuingCountry,
      issuingAuthority: requiredText('issuingAuthority', input.issuingAuthority),
      charges: charges(input.charges),
      subjectId: input.subjectId,
      issueDate: issueDate(input.issueDate),
      status: input.status,
      statusChangedAt,
    });
    ctx.assertCan('create', 'Warrant', row, 'warrant');
    await this.assertOwnSubject(ctx, input.subjectId);
    const refs = this.details.normalizeRefs(input.externalRefs ?? []);
    await this.details.assertRefsFree(ctx, refs, null);

    await repository.insert(row);
    await this.details.recordStatus(ctx, row.id, row.status, statusChangedAt);
    await this.details.replaceRefs(ctx, row.id, refs);
    return audited(ctx, AuditAction.WARRANT_CREATED, this.view(ctx, await this.records.saved(ctx, row.id)));
  }

  async update(ctx: RequestContext, id: string, input: UpdateWarrantInput): Promise<Warrant> {
    rejectNulls(input, ['number', 'issuingCountry', 'issuingAuthority', 'charges', 'subjectId', 'status', 'handling']);
    const row = await this.records.findForUpdate(ctx, id, 'warrant');
    const changes: Partial<WarrantEntity> = {};
    if (input.number != null) changes.number = requiredText('number', input.number);
    if (input.issuingCountry != null) changes.issuingCountry = input.issuingCountry;
    if (input.issuingAuthority != null)
      changes.issuingAuthority = requiredText('issuingAuthority', input.issuingAuthority);
    if (input.charges != null) changes.charges = charges(input.charges);
    if (input.issueDate !== undefined) changes.issueDate = issueDate(input.issueDate);
    if (input.handling) Object.assign(changes, await handlingColumns(ctx, input.handling));
    if (input.subjectId != null && input.subjectId !== row.subjectId) {
      await this.assertOwnSubject(ctx, input.subjectId);
      changes.subjectId = input.subjectId;
    }
    const newStatus = statusChange(row, input);
    if (newStatus) Object.assign(changes, newStatus);
    const refs = input.externalRefs !== undefined ? this.details.normalizeRefs(input.externalRefs ?? []) : null;
    if (refs) await this.details.assertRefsFree(ctx, refs, row.id);

    // Every check is done: from here on, only writes.
    const refsChanged = refs ? await this.details.replaceRefs(ctx, row.id, refs) : false;
    const changed = [...changedFields(row, changes), ...(refsChanged ? ['externalRefs'] : [])];
    // a change to the references alone is still a change to the warrant (and to the change feed)
    if (Object.keys(changes).length === 0 && refsChanged) changes.updatedAt = new Date();
    const repository = ctx.manager.getRepository(WarrantEntity);
    if (Object.keys(changes).length > 0) await repository.update({ id: row.id }, changes);
    if (newStatus) await this.details.recordStatus(ctx, row.id, newStatus.status, newStatus.statusChangedAt);
    return audited(ctx, AuditAction.WARRANT_UPDATED, this.view(ctx, await this.records.saved(ctx, row.id)), changed);
  }

  /** A warrant's subject is a suspect of its own agency that the actor may see. */
  private async assertOwnSubject(ctx: RequestContext, subjectId: string): Promise<void> {
    const qb = this.suspects.records.visible(ctx);
    const found = qb
      ? await qb
          .select('r.owner_agency_id', 'owner_agency_id')
          .andWhere('r.id = :subjectId', { subjectId })
          .getRawOne<{ owner_agency_id: string }>()
      : undefined;
    if (!found) throw AppError.badInput('subjectId', 'unknown suspect');
    if (found.owner_agency_id !== ctx.agencyId)
      throw AppError.badInput('subjectId', 'must be a suspect of your own agency');
  }
}

/** The new status and its time, or null when the status stays; refuses what the rules forbid. */
function statusChange(
  row: WarrantEntity,
  input: UpdateWarrantInput,
): Pick<WarrantEntity, 'status' | 'statusChangedAt'> | null {
  if (input.status == null || input.status === row.status) {
    if (input.statusChangedAt && input.statusChangedAt.getTime() !== row.statusChangedAt.getTime()) {
      throw AppError.badInput('statusChangedAt', 'can change only together with the status');
    }
    return null;
  }
  const refused = warrantTransitionError(row.status, input.status);
  if (refused) throw AppError.badInput('status', refused);
  const at = notInFuture('statusChangedAt', input.statusChangedAt ?? new Date());
  if (at.getTime() < row.statusChangedAt.getTime()) {
    throw AppError.badInput(
      'statusChangedAt',
      `must not be older than the current status (${row.status} since ${row.statusChangedAt.toISOString()})`,
    );
  }
  return { status: input.status, statusChangedAt: at };
}

function notInFuture(field: string, at: Date): Date {
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) throw AppError.badInput(field, 'cannot be in the future');
  return at;
}

function charges(values: string[]): string[] {
  const trimmed = [...new Set(values.map((value) => requiredText('charges', value)))];
  if (trimmed.length === 0) throw AppError.badInput('charges', 'should not be empty');
  return trimmed;
}

/** A calendar date, not after today (UTC: both countries are behind it, so never a day early). */
function issueDate(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value > new Date().toISOString().slice(0, 10)) throw AppError.badInput('issueDate', 'cannot be in the future');
  return value;
}
