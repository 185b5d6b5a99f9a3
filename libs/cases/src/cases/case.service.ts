import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { audited, AuditAction, changedFields } from '@app/audit';
import { AgencyEntity, RequestContext } from '@app/auth';
import { AppError, ConnectionShape, newId, PageArgs, withUniqueConflicts } from '@app/core';
import { Organization } from '../organizations/organization.type';
import { handlingColumns } from '../records/handling.type';
import { CaseStatus } from '../records/record-enums';
import { mapConnection, RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { requiredText } from '../records/text-fields';
import { Suspect } from '../suspects/suspect.type';
import { Tip } from '../tips/tip.type';
import { Warrant } from '../warrants/warrant.type';
import { CaseLinkService } from './case-link.service';
import { CaseEntity } from './case.entity';
import { CaseFilter, CreateCaseInput, UpdateCaseInput } from './case.inputs';
import { Case } from './case.type';

const CASE_NUMBER_KEY = 'cases_owner_number_key';

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
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
    });
    return { ...fields, leadAgencyId: leadAgency, participatingAgencyIds: participatingAgencies };
  }

  async findById(ctx: RequestContext, id: string): Promise<Case | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  async list(ctx: RequestContext, filter: CaseFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Case>> {
    const page = await this.records.page(ctx, args, (qb) => {
      if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
      this.records.whereReadable(ctx, qb, [...(filter?.status ? ['status'] : []), ...(filter?.search ? ['caseNumber', 'title'] : [])]);
      const search = filter?.search?.trim();
      if (search) {
        qb.andWhere("(r.case_number ILIKE :search ESCAPE '\\' OR r.title ILIKE :search ESCAPE '\\')", { search: containsPattern(search) });
      }
      return [];
    });
    return mapConnection(page, (row) => this.view(ctx, row));
  }

  async create(ctx: RequestContext, input: CreateCaseInput): Promise<Case> {
    const repository = ctx.manager.getRepository(CaseEntity);
    const row = repository.create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...handlingColumns(input.handling),
      caseNumber: requiredText('caseNumber', input.caseNumber),
      title: requiredText('title', input.title),
      status: input.status ?? CaseStatus.OPEN,
      leadAgencyId: input.leadAgencyId ?? ctx.agencyId,
      participatingAgencyIds: [...new Set(input.participatingAgencyIds ?? [])],
    });
    ctx.assertCan('create', 'Case', row, 'case');
    await this.assertAgencies(ctx, 'leadAgencyId', [row.leadAgencyId]);
    await this.assertAgencies(ctx, 'participatingAgencyIds', row.participatingAgencyIds);
    const links = await this.links.validate(ctx, input.links ?? []);
    await this.assertNumberFree(ctx, row.ownerAgencyId, row.caseNumber);
    await this.mapNumberTaken(row.caseNumber, () => repository.insert(row));
    await this.links.replace(ctx, row.id, links);
    return audited(ctx, AuditAction.CASE_CREATED, this.view(ctx, await repository.findOneByOrFail({ id: row.id })));
  }

  async update(ctx: RequestContext, id: string, input: UpdateCaseInput): Promise<Case> {
    rejectNulls(input, ['caseNumber', 'title', 'status', 'leadAgencyId', 'handling']);
    const repository = ctx.manager.getRepository(CaseEntity);
    const row = await this.records.findForUpdate(ctx, id, 'case');
    const changes: Partial<CaseEntity> = {};
    if (input.caseNumber != null) changes.caseNumber = requiredText('caseNumber', input.caseNumber);
    if (input.title != null) changes.title = requiredText('title', input.title);
    if (input.status != null) changes.status = input.status;
    if (input.leadAgencyId != null) {
      await this.assertAgencies(ctx, 'leadAgencyId', [input.leadAgencyId]);
      changes.leadAgencyId = input.leadAgencyId;
    }
    if (input.participatingAgencyIds !== undefined) {
      changes.participatingAgencyIds = [...new Set(input.participatingAgencyIds ?? [])];
      await this.assertAgencies(ctx, 'participatingAgencyIds', changes.participatingAgencyIds);
    }
    if (input.handling) Object.assign(changes, handlingColumns(input.handling));
    const links = input.links !== undefined ? await this.links.validate(ctx, input.links ?? []) : null;
    if (changes.caseNumber !== undefined && changes.caseNumber !== row.caseNumber) {
      await this.assertNumberFree(ctx, row.ownerAgencyId, changes.caseNumber, row.id);
    }
    if (Object.keys(changes).length > 0) {
      await this.mapNumberTaken(changes.caseNumber ?? row.caseNumber, () => repository.update({ id: row.id }, changes));
    }
    if (links) await this.links.replace(ctx, row.id, links);
    const changed = [...changedFields(row, changes), ...(links ? ['links'] : [])];
    return audited(ctx, AuditAction.CASE_UPDATED, this.view(ctx, await repository.findOneByOrFail({ id: row.id })), changed);
  }

  /** The agency directory is readable by every user: an unknown id is the client's mistake. */
  private async assertAgencies(ctx: RequestContext, field: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await ctx.manager.getRepository(AgencyEntity).findBy({ id: In(ids) });
    const known = new Set(found.map((agency) => agency.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw AppError.badInput(field, `unknown agency ${unknown}`);
  }

  // Case numbers are unique within the owning agency, which is the actor's own.
  private async assertNumberFree(ctx: RequestContext, ownerAgencyId: string, caseNumber: string, exceptId?: string): Promise<void> {
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
