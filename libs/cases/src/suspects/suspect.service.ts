import { Injectable } from '@nestjs/common';
import { audited, AuditAction, changedFields } from '@app/audit';
import { RequestContext } from '@app/auth';
import { AppError, ConnectionShape, newId, PageArgs } from '@app/core';
import { OrganizationService } from '../organizations/organization.service';
import { MembershipEntity } from '../organizations/membership.entity';
import { handlingColumns } from '../records/handling.type';
import { mapConnection, RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { SEARCH_DOCUMENT, whereNameMatches } from '../search/name-search';
import { SuspectEntity } from './suspect.entity';
import { CreateSuspectInput, MembershipInput, SuspectFilter, UpdateSuspectInput } from './suspect.inputs';
import { Membership, Suspect } from './suspect.type';
import { SuspectStatus } from '../records/record-enums';

@Injectable()
export class SuspectService {
  readonly records = new RecordQueries(SuspectEntity, 'Suspect');

  constructor(private readonly organizations: OrganizationService) {}

  view(ctx: RequestContext, row: SuspectEntity): Suspect {
    const fullName = [row.givenNames, row.paternalSurname, row.maternalSurname].filter(Boolean).join(' ');
    return recordView(ctx, 'Suspect', row, {
      givenNames: row.givenNames,
      paternalSurname: row.paternalSurname,
      maternalSurname: row.maternalSurname,
      fullName,
      aliases: row.aliases,
      dateOfBirth: row.dateOfBirth,
      sex: row.sex,
      nationalities: row.nationalities,
      identifiers: row.identifiers,
      status: row.status,
      // resolved by SuspectFieldsResolver; [] here only marks the field as readable
      memberships: [] as Membership[],
    }, { fullName: ['givenNames', 'paternalSurname', 'maternalSurname'] });
  }

  async findById(ctx: RequestContext, id: string): Promise<Suspect | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  async list(ctx: RequestContext, filter: SuspectFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Suspect>> {
    const page = await this.records.page(ctx, args, (qb) => {
      if (!filter?.search) return [];
      this.records.whereReadable(ctx, qb, ['givenNames', 'paternalSurname', 'maternalSurname', 'aliases']);
      const relevance = whereNameMatches(qb, SEARCH_DOCUMENT.suspect('r'), filter.search);
      return relevance ? [relevance] : [];
    });
    return mapConnection(page, (row) => this.view(ctx, row));
  }

  /** A visible suspect for another record's field (a warrant's subject, a tip's subjects). */
  async load(ctx: RequestContext, id: string): Promise<Suspect | null> {
    const row = await this.records.load(ctx, id);
    return row && this.view(ctx, row);
  }

  async create(ctx: RequestContext, input: CreateSuspectInput): Promise<Suspect> {
    const row = ctx.manager.getRepository(SuspectEntity).create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...handlingColumns(input.handling),
      givenNames: input.givenNames.trim(),
      paternalSurname: input.paternalSurname.trim(),
      maternalSurname: input.maternalSurname?.trim() || null,
      aliases: input.aliases ?? [],
      dateOfBirth: input.dateOfBirth ?? null,
      sex: input.sex ?? null,
      nationalities: [...new Set(input.nationalities ?? [])],
      identifiers: input.identifiers ?? [],
      status: input.status ?? SuspectStatus.AT_LARGE,
    });
    ctx.assertCan('create', 'Suspect', row, 'suspect');
    await ctx.manager.getRepository(SuspectEntity).insert(row);
    if (input.memberships) await this.replaceMemberships(ctx, row.id, input.memberships);
    return audited(ctx, AuditAction.SUSPECT_CREATED, this.view(ctx, await ctx.manager.getRepository(SuspectEntity).findOneByOrFail({ id: row.id })));
  }

  async update(ctx: RequestContext, id: string, input: UpdateSuspectInput): Promise<Suspect> {
    rejectNulls(input, ['givenNames', 'paternalSurname', 'handling']);
    const row = await this.records.findForUpdate(ctx, id, 'suspect');
    const changes: Partial<SuspectEntity> = {};
    if (input.givenNames != null) changes.givenNames = input.givenNames.trim();
    if (input.paternalSurname != null) changes.paternalSurname = input.paternalSurname.trim();
    if (input.maternalSurname !== undefined) changes.maternalSurname = input.maternalSurname?.trim() || null;
    if (input.aliases !== undefined) changes.aliases = input.aliases ?? [];
    if (input.dateOfBirth !== undefined) changes.dateOfBirth = input.dateOfBirth;
    if (input.sex !== undefined) changes.sex = input.sex;
    if (input.nationalities !== undefined) changes.nationalities = [...new Set(input.nationalities ?? [])];
    if (input.identifiers !== undefined) changes.identifiers = input.identifiers ?? [];
    if (input.status != null) changes.status = input.status;
    if (input.handling) Object.assign(changes, handlingColumns(input.handling));
    await ctx.manager.getRepository(SuspectEntity).update({ id: row.id }, changes);
    if (input.memberships !== undefined) await this.replaceMemberships(ctx, row.id, input.memberships ?? []);
    const changed = [...changedFields(row, changes), ...(input.memberships !== undefined ? ['memberships'] : [])];
    return audited(ctx, AuditAction.SUSPECT_UPDATED, this.view(ctx, await ctx.manager.getRepository(SuspectEntity).findOneByOrFail({ id: row.id })), changed);
  }

  /** A suspect's memberships whose organization the viewer may see, batched per request. */
  memberships(ctx: RequestContext, suspectId: string): Promise<Membership[]> {
    return ctx
      .loader<string, Membership[]>('Suspect:memberships', async (suspectIds) => {
        const qb = this.organizations.records.visible(ctx);
        const rows = qb
          ? await qb
              .innerJoin(MembershipEntity, 'm', 'm.organization_id = r.id')
              .andWhere('m.suspect_id IN (:...suspectIds)', { suspectIds: [...suspectIds] })
              .select(['m.suspect_id AS suspect_id', 'm.organization_id AS organization_id', 'm.role AS role', 'm.since AS since'])
              .orderBy('m.created_at')
              .getRawMany<{ suspect_id: string; organization_id: string; role: Membership['role']; since: string | null }>()
          : [];
        const bySuspect = new Map<string, Membership[]>(suspectIds.map((key) => [key, []]));
        for (const row of rows) {
          bySuspect.get(row.suspect_id)?.push({ organizationId: row.organization_id, role: row.role, since: row.since });
        }
        return suspectIds.map((key) => bySuspect.get(key) ?? []);
      })
      .load(suspectId);
  }

  private async replaceMemberships(ctx: RequestContext, suspectId: string, memberships: MembershipInput[]): Promise<void> {
    const organizationIds = [...new Set(memberships.map((m) => m.organizationId))];
    const visible = await this.organizations.records.visibleIds(ctx, organizationIds);
    const unknown = organizationIds.find((id) => !visible.has(id));
    if (unknown) throw AppError.badInput('memberships.organizationId', `unknown organization ${unknown}`);
    const repository = ctx.manager.getRepository(MembershipEntity);
    await repository.delete({ suspectId });
    const unique = new Map(memberships.map((m) => [`${m.organizationId}:${m.role}`, m]));
    if (unique.size > 0) {
      await repository.insert(
        [...unique.values()].map((m) => ({ suspectId, organizationId: m.organizationId, role: m.role, since: m.since ?? null })),
      );
    }
  }
}
