import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { AgencyEntity, RequestContext } from '@app/auth';
import { AppError, ConnectionShape, ErrorCode, newId, Order, PageArgs, withUniqueConflicts } from '@app/core';
import { orderSortKeys, CASE_ORDER_KEYS, CaseOrderField } from '../records/record-order';
import { Organization } from '../organizations/organization.type';
import { handlingColumns } from '../records/handling.type';
import { CaseStatus } from '../records/record-enums';
import { mapConnection, RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { requiredText } from '../records/text-fields';
import { Suspect } from '../suspects/suspect.type';
import { Tip } from '../tips/tip.type';
import { Warrant } from '../warrants/warrant.type';
import { CaseEventKind } from './case-event.entity';
import { recordCaseEvent } from './case-events';
import { CaseLinkService } from './case-link.service';
import { CaseEntity } from './case.entity';
import { CaseFilter, CaseLinkInput, CreateCaseInput, UpdateCaseInput } from './case.inputs';
import { Case } from './case.type';

const CASE_NUMBER_KEY = 'cases_owner_number_key';

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The names of the fields `changes` really changes (the handling markings as one, `handling`). */
function changedFields(row: CaseEntity, changes: Partial<CaseEntity>): string[] {
  const handling = ['tlp', 'releasableTo', 'originatorControlled'] as const;
  const fields = (['caseNumber', 'title', 'status', 'leadAgencyId'] as const).filter(
    (field) => changes[field] !== undefined && changes[field] !== row[field],
  );
  const handlingChanged = handling.some(
    (field) => changes[field] !== undefined && JSON.stringify(changes[field]) !== JSON.stringify(row[field]),
  );
  return [
    ...fields.map((field) => (field === 'leadAgencyId' ? 'leadAgency' : field)),
    ...(handlingChanged ? ['handling'] : []),
  ];
}

function caseNumberTaken(caseNumber: string): AppError {
  return AppError.conflict(`case number ${caseNumber} is already in use`);
}

@Injectable()
export class CaseService {
  readonly records = new RecordQueries(CaseEntity, 'Case');

  constructor(private readonly links: CaseLinkService) {}

  view(ctx: RequestContext, row: CaseEntity): Case {
    const { leadAgency, participatingAgencies, ...fields } = recordView(ctx, 'Case', row, {
      caseNumber: row.caseNumber,
      title: row.title,
      status: row.status,
      // CaseFieldsResolver resolves the agencies from these ids (kept only when readable)
      leadAgency: row.leadAgencyId,
      participatingAgencies: row.participatingAgencyIds,
      // resolved by CaseFieldsResolver; [] here only marks the fields as readable
      suspects: [] as Suspect[],
      organizations: [] as Organization[],
      warrants: [] as Warrant[],
      tips: [] as Tip[],
      notes: [] as never[],
      tasks: [] as never[],
      timeline: [] as never[],
    });
    return { ...fields, version: row.version, leadAgencyId: leadAgency, participatingAgencyIds: participatingAgencies };
  }

  async findById(ctx: RequestContext, id: string): Promise<Case | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  /** The case as it is after a change, for the actor. */
  async saved(ctx: RequestContext, id: string): Promise<Case> {
    return this.view(ctx, await this.records.saved(ctx, id));
  }

  async list(
    ctx: RequestContext,
    filter: CaseFilter | null | undefined,
    args: PageArgs,
    orderBy?: Order<CaseOrderField> | null,
  ): Promise<ConnectionShape<Case>> {
    const page = await this.records.page(
      ctx,
      args,
      (qb) => {
        if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
        this.records.whereReadable(ctx, qb, [
          ...(filter?.status ? ['status'] : []),
          ...(filter?.search ? ['caseNumber', 'title'] : []),
        ]);
        const search = filter?.search?.trim();
        if (search) {
          qb.andWhere("(r.case_number ILIKE :search ESCAPE '\\' OR r.title ILIKE :search ESCAPE '\\')", {
            search: containsPattern(search),
          });
        }
        return orderBy ? orderSortKeys(ctx, this.records, qb, orderBy, CASE_ORDER_KEYS) : [];
      },
      orderBy?.direction,
    );
    return mapConnection(page, (row) => this.view(ctx, row));
  }

  async create(ctx: RequestContext, input: CreateCaseInput): Promise<Case> {
    const repository = ctx.manager.getRepository(CaseEntity);
    const row = repository.create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...(await handlingColumns(ctx, input.handling)),
      caseNumber: requiredText('caseNumber', input.caseNumber),
      title: requiredText('title', input.title),
      status: input.status ?? CaseStatus.OPEN,
      leadAgencyId: input.leadAgencyId ?? ctx.agencyId,
      participatingAgencyIds: [],
    });
    ctx.assertCan('create', 'Case', row, 'case');
    await this.assertAgency(ctx, row.leadAgencyId);
    const links = await this.links.validate(ctx, input.links ?? [], 'links');
    await this.assertNumberFree(ctx, row.ownerAgencyId, row.caseNumber);
    await this.mapNumberTaken(row.caseNumber, () => repository.insert(row));
    await recordCaseEvent(ctx, row, CaseEventKind.CREATED);
    for (const link of links) await this.links.add(ctx, row, link);
    return this.saved(ctx, row.id);
  }

  /** The case's own fields, from the version the actor read: a case changed since is a CONFLICT. */
  async update(ctx: RequestContext, id: string, input: UpdateCaseInput): Promise<Case> {
    rejectNulls(input, ['caseNumber', 'title', 'status', 'leadAgencyId', 'handling']);
    const repository = ctx.manager.getRepository(CaseEntity);
    const row = await this.records.findForUpdate(ctx, id, 'case');
    // The row is locked: the version cannot move between this check and the write.
    if (row.version !== input.expectedVersion) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `The case has changed since version ${input.expectedVersion} (it is at version ${row.version}): read it again`,
        { field: 'expectedVersion', version: row.version },
      );
    }
    const changes: Partial<CaseEntity> = {};
    if (input.caseNumber != null) changes.caseNumber = requiredText('caseNumber', input.caseNumber);
    if (input.title != null) changes.title = requiredText('title', input.title);
    if (input.status != null) changes.status = input.status;
    if (input.leadAgencyId != null) {
      await this.assertAgency(ctx, input.leadAgencyId);
      changes.leadAgencyId = input.leadAgencyId;
      // the new lead takes part already
      if (row.participatingAgencyIds.includes(input.leadAgencyId))
        changes.participatingAgencyIds = row.participatingAgencyIds.filter((agency) => agency !== input.leadAgencyId);
    }
    if (input.handling) Object.assign(changes, await handlingColumns(ctx, input.handling));
    if (changes.caseNumber !== undefined && changes.caseNumber !== row.caseNumber) {
      await this.assertNumberFree(ctx, row.ownerAgencyId, changes.caseNumber, row.id);
    }
    const changed = changedFields(row, changes);
    if (changed.length > 0) {
      await this.mapNumberTaken(changes.caseNumber ?? row.caseNumber, () => repository.update({ id: row.id }, changes));
      await recordCaseEvent(ctx, row, CaseEventKind.UPDATED, { changedFields: changed });
    }
    return this.saved(ctx, row.id);
  }

  /** Links one record (visible to the actor) to a case the actor contributes to. */
  async link(ctx: RequestContext, caseId: string, link: CaseLinkInput): Promise<Case> {
    const row = await this.records.findForUpdate(ctx, caseId, 'case', 'contribute');
    await this.links.add(ctx, row, (await this.links.validate(ctx, [link], 'recordId'))[0]);
    return this.saved(ctx, row.id);
  }

  /** Removes one link, to a record visible to the actor, from a case the actor contributes to. */
  async unlink(ctx: RequestContext, caseId: string, link: CaseLinkInput): Promise<Case> {
    const row = await this.records.findForUpdate(ctx, caseId, 'case', 'contribute');
    await this.links.remove(ctx, row, (await this.links.validate(ctx, [link], 'recordId'))[0]);
    return this.saved(ctx, row.id);
  }

  /** The agency directory is readable by every user: an unknown id is the client's mistake. */
  private async assertAgency(ctx: RequestContext, id: string): Promise<void> {
    if (!(await ctx.manager.getRepository(AgencyEntity).existsBy({ id })))
      throw AppError.badInput('leadAgencyId', `unknown agency ${id}`);
  }

  // Case numbers are unique within the owning agency, which is the actor's own.
  private async assertNumberFree(
    ctx: RequestContext,
    ownerAgencyId: string,
    caseNumber: string,
    exceptId?: string,
  ): Promise<void> {
    const taken = await ctx.manager
      .getRepository(CaseEntity)
      .existsBy({ ownerAgencyId, caseNumber, ...(exceptId ? { id: Not(exceptId) } : {}) });
    if (taken) throw caseNumberTaken(caseNumber);
  }

  /** A concurrent write can still take the number between the check and the write: the unique index decides. */
  private async mapNumberTaken(caseNumber: string, write: () => Promise<unknown>): Promise<void> {
    await withUniqueConflicts(write, { [CASE_NUMBER_KEY]: () => caseNumberTaken(caseNumber) });
  }
}
