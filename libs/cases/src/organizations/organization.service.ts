import { Injectable } from '@nestjs/common';
import { audited, AuditAction, changedFields } from '@app/audit';
import { RequestContext } from '@app/auth';
import { AppError, ConnectionShape, newId, Order, PageArgs } from '@app/core';
import { orderSortKeys, ORGANIZATION_ORDER_KEYS, OrganizationOrderField } from '../records/record-order';
import { handlingColumns } from '../records/handling.type';
import { AffiliationKind } from '../records/record-enums';
import { mapConnection, RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { requiredText } from '../records/text-fields';
import { SEARCH_DOCUMENT, whereNameMatches } from '../search/name-search';
import { OrganizationAffiliationEntity } from './organization-affiliation.entity';
import { OrganizationEntity, OrganizationRoute } from './organization.entity';
import {
  AffiliationInput,
  CreateOrganizationInput,
  OrganizationFilter,
  RouteInput,
  UpdateOrganizationInput,
} from './organization.inputs';
import { Affiliation, Member, Organization } from './organization.type';

/*
 * SuspectService injects this service (to validate memberships), so this one must not inject
 * SuspectService: an organization's members are loaded by OrganizationMemberService.
 */
@Injectable()
export class OrganizationService {
  readonly records = new RecordQueries(OrganizationEntity, 'Organization');

  view(ctx: RequestContext, row: OrganizationEntity): Organization {
    return recordView(ctx, 'Organization', row, {
      name: row.name,
      aliases: row.aliases,
      kind: row.kind,
      activities: row.activities,
      baseOfOperations: row.baseOfOperations,
      routes: row.routes,
      // resolved by OrganizationFieldsResolver; [] here only marks the fields as readable
      affiliations: [] as Affiliation[],
      members: [] as Member[],
    });
  }

  async findById(ctx: RequestContext, id: string): Promise<Organization | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  async list(
    ctx: RequestContext,
    filter: OrganizationFilter | null | undefined,
    args: PageArgs,
    orderBy?: Order<OrganizationOrderField> | null,
  ): Promise<ConnectionShape<Organization>> {
    const page = await this.records.page(
      ctx,
      args,
      (qb) => {
        const order = orderBy ? orderSortKeys(ctx, this.records, qb, orderBy, ORGANIZATION_ORDER_KEYS) : [];
        if (filter?.kind) {
          this.records.whereReadable(ctx, qb, ['kind']);
          qb.andWhere('r.kind = :kind', { kind: filter.kind });
        }
        // found by the names the viewer may read, and by nothing else
        const relevance = filter?.search
          ? whereNameMatches(
              qb,
              SEARCH_DOCUMENT.organization('r'),
              filter.search,
              this.records.allowedSearchDocument(ctx, qb),
            )
          : null;
        return relevance ? [...order, relevance] : order;
      },
      orderBy?.direction,
    );
    return mapConnection(page, (row) => this.view(ctx, row));
  }

  /** A visible organization for another record's field (a membership, an affiliation, a tip). */
  async load(ctx: RequestContext, id: string): Promise<Organization | null> {
    const row = await this.records.load(ctx, id);
    return row && this.view(ctx, row);
  }

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    const repository = ctx.manager.getRepository(OrganizationEntity);
    const row = repository.create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...(await handlingColumns(ctx, input.handling)),
      name: requiredText('name', input.name),
      aliases: cleanAliases(input.aliases),
      kind: input.kind,
      activities: [...new Set(input.activities ?? [])],
      baseOfOperations: input.baseOfOperations?.trim() || null,
      routes: cleanRoutes(input.routes),
    });
    ctx.assertCan('create', 'Organization', row, 'organization');
    await repository.insert(row);
    if (input.affiliations) await this.replaceAffiliations(ctx, row.id, input.affiliations);
    return audited(ctx, AuditAction.ORGANIZATION_CREATED, this.view(ctx, await this.records.saved(ctx, row.id)));
  }

  async update(ctx: RequestContext, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    rejectNulls(input, ['name', 'kind', 'handling']);
    const row = await this.records.findForUpdate(ctx, id, 'organization');
    const changes: Partial<OrganizationEntity> = {};
    if (input.name != null) changes.name = requiredText('name', input.name);
    if (input.aliases !== undefined) changes.aliases = cleanAliases(input.aliases);
    if (input.kind != null) changes.kind = input.kind;
    if (input.activities !== undefined) changes.activities = [...new Set(input.activities ?? [])];
    if (input.baseOfOperations !== undefined) changes.baseOfOperations = input.baseOfOperations?.trim() || null;
    if (input.routes !== undefined) changes.routes = cleanRoutes(input.routes);
    if (input.handling) Object.assign(changes, await handlingColumns(ctx, input.handling));
    const repository = ctx.manager.getRepository(OrganizationEntity);
    // always written, so updatedAt moves for an affiliations-only change too
    await repository.update({ id: row.id }, changes);
    if (input.affiliations !== undefined) await this.replaceAffiliations(ctx, row.id, input.affiliations ?? []);
    const changed = [...changedFields(row, changes), ...(input.affiliations !== undefined ? ['affiliations'] : [])];
    if (input.affiliations !== undefined) await this.records.markRelationsChanged(ctx, row.id, ['affiliations']);
    return audited(
      ctx,
      AuditAction.ORGANIZATION_UPDATED,
      this.view(ctx, await this.records.saved(ctx, row.id)),
      changed,
    );
  }

  /** An organization's affiliations to organizations the viewer may see, batched per request. */
  affiliations(ctx: RequestContext, organizationId: string): Promise<Affiliation[]> {
    return ctx
      .loader<string, Affiliation[]>('Organization:affiliations', async (organizationIds) => {
        // `r` is the affiliated organization: only visible ones join
        const qb = this.records.visible(ctx);
        const rows = qb
          ? await qb
              .innerJoin(OrganizationAffiliationEntity, 'a', 'a.affiliated_organization_id = r.id')
              .andWhere('a.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] })
              .select([
                'a.organization_id AS organization_id',
                'a.affiliated_organization_id AS affiliated_id',
                'a.kind AS kind',
              ])
              .orderBy('a.created_at')
              .addOrderBy('a.affiliated_organization_id')
              .getRawMany<{ organization_id: string; affiliated_id: string; kind: AffiliationKind }>()
          : [];
        const byOrganization = new Map<string, Affiliation[]>(organizationIds.map((key) => [key, []]));
        for (const row of rows) {
          byOrganization.get(row.organization_id)?.push({ organizationId: row.affiliated_id, kind: row.kind });
        }
        return organizationIds.map((key) => byOrganization.get(key) ?? []);
      })
      .load(organizationId);
  }

  private async replaceAffiliations(
    ctx: RequestContext,
    organizationId: string,
    affiliations: AffiliationInput[],
  ): Promise<void> {
    if (affiliations.some((a) => a.organizationId === organizationId)) {
      throw AppError.badInput('affiliations.organizationId', 'an organization cannot be affiliated with itself');
    }
    const affiliatedIds = [...new Set(affiliations.map((a) => a.organizationId))];
    const visible = await this.records.visibleIds(ctx, affiliatedIds);
    const unknown = affiliatedIds.find((id) => !visible.has(id));
    if (unknown) throw AppError.badInput('affiliations.organizationId', `unknown organization ${unknown}`);
    const repository = ctx.manager.getRepository(OrganizationAffiliationEntity);
    await repository.delete({ organizationId });
    // one affiliation per pair (the table's key): the last one given wins
    const unique = new Map(affiliations.map((a) => [a.organizationId, a]));
    if (unique.size > 0) {
      await repository.insert(
        [...unique.values()].map((a) => ({ organizationId, affiliatedOrganizationId: a.organizationId, kind: a.kind })),
      );
    }
  }
}

function cleanAliases(aliases: string[] | null | undefined): string[] {
  return [...new Set((aliases ?? []).map((alias) => alias.trim()))];
}

function cleanRoutes(routes: RouteInput[] | null | undefined): OrganizationRoute[] {
  return (routes ?? []).map((route) => ({
    from: route.from.trim(),
    to: route.to.trim(),
    crossingPoint: route.crossingPoint?.trim() || null,
  }));
}
