import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { AuditAction, changedFields } from '@app/audit';
import { AuditEntry, RequestContext, whereAccessible } from '@app/auth';
import { mapConnection, rejectNulls, requiredText, SuspectService } from '@app/cases';
import {
  AppError,
  ConnectionShape,
  emptyConnection,
  ErrorCode,
  isUuid,
  keysetPage,
  newId,
  PageArgs,
  RecordType,
  withUniqueConflicts,
} from '@app/core';
import { CampaignStatus } from './campaign-status';
import { UNPUBLISHABLE_TLPS } from './publishable';
import { CampaignFilter, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { WantedCampaignEntity } from './wanted-campaign.entity';
import { WantedCampaign } from './wanted-campaign.type';
import { WantedEntryEntity } from './wanted-entry.entity';

const SLUG_KEY = 'wanted_campaigns_slug_key';
const ALIAS = 'c';

type CampaignText = Pick<
  WantedCampaignEntity,
  'slug' | 'titleEs' | 'titleEn' | 'summaryEs' | 'summaryEn' | 'region' | 'hotlinePhone'
>;
const TEXT_FIELDS: (keyof CampaignText)[] = [
  'slug',
  'titleEs',
  'titleEn',
  'summaryEs',
  'summaryEn',
  'region',
  'hotlinePhone',
];

/** Wanted campaigns as their own agency manages them: drafts, publication, closing. */
@Injectable()
export class CampaignService {
  constructor(private readonly suspects: SuspectService) {}

  view(row: WantedCampaignEntity): WantedCampaign {
    const { ownerAgency: _ownerAgency, ...fields } = row;
    return fields;
  }

  async findById(ctx: RequestContext, id: string): Promise<WantedCampaign | null> {
    const row = await this.findVisible(ctx, id);
    return row && this.view(row);
  }

  /** The visible ones of `ids` (UUIDs), in one query. */
  async findByIds(ctx: RequestContext, ids: string[]): Promise<Map<string, WantedCampaign>> {
    const rows =
      ids.length > 0 ? ((await this.visible(ctx)?.andWhere(`${ALIAS}.id IN (:...ids)`, { ids }).getMany()) ?? []) : [];
    return new Map(rows.map((row) => [row.id, this.view(row)]));
  }

  /** The campaigns the actor may see (their agency's), newest first. */
  async list(
    ctx: RequestContext,
    filter: CampaignFilter | null | undefined,
    args: PageArgs,
  ): Promise<ConnectionShape<WantedCampaign>> {
    const qb = this.visible(ctx);
    if (!qb) return emptyConnection(args);
    if (filter?.status) qb.andWhere(`${ALIAS}.status = :status`, { status: filter.status });
    const countQuery = qb.clone();
    const page = await keysetPage(qb, {
      cursors: ctx.cursors,
      list: 'Campaign',
      idSql: `${ALIAS}.id`,
      args,
      count: () => countQuery.getCount(),
    });
    return mapConnection(page, (row) => this.view(row));
  }

  async create(ctx: RequestContext, input: CreateCampaignInput): Promise<WantedCampaign> {
    const repository = ctx.manager.getRepository(WantedCampaignEntity);
    const row = repository.create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...campaignText(input),
      phase: input.phase ?? 1,
      whatsappPhone: input.whatsappPhone?.trim() || null,
      activeFrom: input.activeFrom,
      activeUntil: input.activeUntil ?? null,
      status: CampaignStatus.DRAFT,
      publishedAt: null,
      closedAt: null,
    });
    assertDates(row);
    ctx.assertCan('create', 'Campaign', row, 'campaign');
    await repository.insert(row);
    this.audit(ctx, AuditAction.CAMPAIGN_CREATED, row);
    return this.view(await repository.findOneByOrFail({ id: row.id }));
  }

  async update(ctx: RequestContext, id: string, input: UpdateCampaignInput): Promise<WantedCampaign> {
    rejectNulls(input, [...TEXT_FIELDS, 'phase', 'activeFrom']);
    const row = await this.findForChange(ctx, id, 'update');
    const changes: Partial<WantedCampaignEntity> = campaignText(input);
    if (changes.slug !== undefined && changes.slug !== row.slug && row.status === CampaignStatus.PUBLISHED) {
      throw AppError.conflict('A published campaign keeps its slug: it is printed on its posters');
    }
    if (input.phase != null) changes.phase = input.phase;
    if (input.whatsappPhone !== undefined) changes.whatsappPhone = input.whatsappPhone?.trim() || null;
    if (input.activeFrom != null) changes.activeFrom = input.activeFrom;
    if (input.activeUntil !== undefined) changes.activeUntil = input.activeUntil;
    assertDates({ ...row, ...changes });
    this.audit(ctx, AuditAction.CAMPAIGN_UPDATED, row, { changedFields: changedFields(row, changes) });
    return this.write(ctx, row, changes);
  }

  /**
   * Puts a draft before the public (from its activeFrom day). It needs at least one entry, and
   * the publisher must still see every entry's suspect: a share that ended ends its listing.
   */
  async publish(ctx: RequestContext, id: string): Promise<WantedCampaign> {
    const row = await this.findForChange(ctx, id, 'publish');
    if (row.status !== CampaignStatus.DRAFT) throw AppError.conflict('The campaign is already published');
    const entries = await ctx.manager
      .getRepository(WantedEntryEntity)
      .find({ where: { campaignId: row.id }, order: { rank: 'ASC' } });
    if (entries.length === 0) throw AppError.conflict('A campaign needs at least one entry to be published');
    const suspects = await this.suspects.records.loadMany(
      ctx,
      entries.map((entry) => entry.suspectId),
    );
    for (const entry of entries) {
      const suspect = suspects.get(entry.suspectId);
      if (!suspect) throw AppError.conflict(`Entry ${entry.rank} points at a suspect you may not see`);
      if (suspect.ownerAgencyId !== row.ownerAgencyId || UNPUBLISHABLE_TLPS.includes(suspect.tlp)) {
        throw AppError.conflict(
          `Entry ${entry.rank}: only the agency that owns a record may publish it, and only while its markings allow`,
        );
      }
    }
    this.audit(ctx, AuditAction.CAMPAIGN_PUBLISHED, row, { detail: { entries: entries.length } });
    for (const entry of entries) this.auditOnRecord(ctx, AuditAction.SUSPECT_PUBLISHED, row, entry.suspectId);
    return writeSlug(row.slug, () =>
      this.write(ctx, row, { status: CampaignStatus.PUBLISHED, publishedAt: new Date() }),
    );
  }

  /** Takes a campaign down for good (a draft may be abandoned the same way). */
  async close(ctx: RequestContext, id: string): Promise<WantedCampaign> {
    const row = await this.findForChange(ctx, id, 'publish');
    this.audit(ctx, AuditAction.CAMPAIGN_CLOSED, row, { detail: { was: row.status } });
    if (row.status === CampaignStatus.PUBLISHED) {
      const entries = await ctx.manager
        .getRepository(WantedEntryEntity)
        .find({ where: { campaignId: row.id }, select: { suspectId: true } });
      for (const entry of entries) this.auditOnRecord(ctx, AuditAction.SUSPECT_UNPUBLISHED, row, entry.suspectId);
    }
    return this.write(ctx, row, { status: CampaignStatus.CLOSED, closedAt: new Date() });
  }

  /** Audits a change to a campaign or its entries, for its agency; the detail names the campaign. */
  audit(
    ctx: RequestContext,
    action: AuditAction,
    row: WantedCampaignEntity,
    entry: Pick<AuditEntry, 'changedFields' | 'detail'> = {},
  ): void {
    ctx.audit({
      action,
      recordOwnerAgencyId: row.ownerAgencyId,
      changedFields: entry.changedFields,
      detail: { campaignId: row.id, slug: row.slug, ...entry.detail },
    });
  }

  /** Audits that a suspect went before the public or off it, on the suspect's record (its owner's trail). */
  auditOnRecord(
    ctx: RequestContext,
    action: typeof AuditAction.SUSPECT_PUBLISHED | typeof AuditAction.SUSPECT_UNPUBLISHED,
    row: WantedCampaignEntity,
    suspectId: string,
  ): void {
    ctx.audit({
      action,
      recordType: RecordType.SUSPECT,
      recordId: suspectId,
      recordOwnerAgencyId: row.ownerAgencyId,
      detail: { campaignId: row.id, slug: row.slug },
    });
  }

  /** A visible campaign's row, or null (unknown and hidden look alike). */
  async findVisible(ctx: RequestContext, id: string, lock = false): Promise<WantedCampaignEntity | null> {
    if (!isUuid(id)) return null;
    const qb = this.visible(ctx)?.andWhere(`${ALIAS}.id = :id`, { id });
    return (lock ? qb?.setLock('pessimistic_write') : qb)?.getOne() ?? null;
  }

  /**
   * A campaign to change, locked for the rest of the transaction: NOT_FOUND when hidden,
   * CONFLICT when closed, FORBIDDEN when the actor may not (a published one for an editor).
   */
  async findForChange(
    ctx: RequestContext,
    id: string,
    action: 'update' | 'publish',
    what = 'campaign',
  ): Promise<WantedCampaignEntity> {
    const row = await this.findVisible(ctx, id, true);
    if (!row) throw AppError.notFound(what);
    if (row.status === CampaignStatus.CLOSED) throw AppError.conflict('The campaign is closed: it changes no more');
    ctx.assertCan(action, 'Campaign', row, 'campaign');
    return row;
  }

  /** A change to a campaign's entries is a change to the campaign. */
  touch(ctx: RequestContext, row: WantedCampaignEntity): Promise<WantedCampaign> {
    return this.write(ctx, row, { updatedAt: new Date() });
  }

  /** Writes the changes to a row found for change, and answers the campaign as it now is. */
  private async write(
    ctx: RequestContext,
    row: WantedCampaignEntity,
    changes: Partial<WantedCampaignEntity>,
  ): Promise<WantedCampaign> {
    const repository = ctx.manager.getRepository(WantedCampaignEntity);
    if (Object.keys(changes).length > 0) await repository.update({ id: row.id }, changes);
    return this.view(await repository.findOneByOrFail({ id: row.id }));
  }

  private visible(ctx: RequestContext): SelectQueryBuilder<WantedCampaignEntity> | null {
    const qb = ctx.manager.getRepository(WantedCampaignEntity).createQueryBuilder(ALIAS);
    return whereAccessible(qb, ctx.ability, 'read', 'Campaign') ? qb : null;
  }
}

/** The given text fields, trimmed and required. */
function campaignText(input: Partial<Record<keyof CampaignText, string | null>>): Partial<CampaignText> {
  const text: Partial<CampaignText> = {};
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value != null) text[field] = requiredText(field, value);
  }
  return text;
}

function assertDates(row: Pick<WantedCampaignEntity, 'activeFrom' | 'activeUntil'>): void {
  if (row.activeUntil !== null && row.activeUntil < row.activeFrom)
    throw AppError.badInput('activeUntil', 'must not be before activeFrom');
}

/** Runs the publication of a campaign with `slug`; a slug a campaign published before holds is a CONFLICT on the slug. */
function writeSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  return withUniqueConflicts(write, {
    [SLUG_KEY]: () => new AppError(ErrorCode.CONFLICT, `the slug ${slug} is already in use`, { field: 'slug' }),
  });
}
