import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditAction, changedFields } from '@app/audit';
import { RequestContext } from '@app/auth';
import { rejectNulls, requiredText, SuspectService } from '@app/cases';
import { AppError, ErrorCode, isUuid, newId, withUniqueConflicts } from '@app/core';
import { CampaignLinks } from './campaign-links';
import { NO_DESCRIPTION } from './wanted-entry-description';
import { CampaignStatus } from './campaign-status';
import { assertPublishable } from './publishable';
import { CampaignService } from './campaign.service';
import { WantedCampaignEntity } from './wanted-campaign.entity';
import { WantedCampaign } from './wanted-campaign.type';
import { ENTRY_RANK_KEY, ENTRY_SUSPECT_KEY, WantedEntryEntity } from './wanted-entry.entity';
import { MAX_ENTRIES, UpdateWantedEntryInput, WantedEntryInput } from './wanted-entry.inputs';
import { WantedEntry } from './wanted-entry.type';

type EntryText = Pick<WantedEntryEntity, 'displayName' | 'summaryEs' | 'summaryEn'>;
const TEXT_FIELDS: (keyof EntryText)[] = ['displayName', 'summaryEs', 'summaryEn'];
const CRIME_FIELDS = ['crimesEs', 'crimesEn'] as const;

/** The ranked entries of a campaign: ranks stay unique within it (a unique index, a CONFLICT when taken). */
@Injectable()
export class WantedEntryService {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly suspects: SuspectService,
    private readonly links: CampaignLinks,
  ) {}

  view(row: WantedEntryEntity, slug: string): WantedEntry {
    const { campaign: _campaign, suspect: _suspect, photo: _photo, photoUploadedAt, ...fields } = row;
    return {
      ...fields,
      photoUrl: this.links.photoUrl(slug, row, photoUploadedAt),
      posterUrl: this.links.posterUrl(slug, row.rank),
    };
  }

  /** A visible campaign's entries by rank, batched per request. */
  async ofCampaign(ctx: RequestContext, campaign: Pick<WantedCampaign, 'id' | 'slug'>): Promise<WantedEntry[]> {
    const rows = await ctx
      .loader<string, WantedEntryEntity[]>('Campaign:entries', async (campaignIds) => {
        const all = await ctx.manager
          .getRepository(WantedEntryEntity)
          .find({ where: { campaignId: In([...campaignIds]) }, order: { rank: 'ASC' } });
        return campaignIds.map((id) => all.filter((row) => row.campaignId === id));
      })
      .load(campaign.id);
    return rows.map((row) => this.view(row, campaign.slug));
  }

  async add(ctx: RequestContext, campaignId: string, input: WantedEntryInput): Promise<WantedEntry> {
    const campaign = await this.campaigns.findForChange(ctx, campaignId, 'update');
    const repository = ctx.manager.getRepository(WantedEntryEntity);
    if ((await repository.countBy({ campaignId: campaign.id })) >= MAX_ENTRIES) {
      throw AppError.conflict(`A campaign holds at most ${MAX_ENTRIES} entries`);
    }
    await this.assertSuspectPublishable(ctx, campaign, input.suspectId);
    const row = repository.create({
      id: newId(),
      campaignId: campaign.id,
      rank: input.rank,
      suspectId: input.suspectId,
      ...entryText(input),
      aliases: cleanList(input.aliases ?? []),
      photoUrl: input.photoUrl ?? null,
      photoUploadedAt: null,
      ...NO_DESCRIPTION,
      ...entryDescription(input),
    });
    assertAge(row);
    await writeEntry(row, () => repository.insert(row));
    this.campaigns.audit(ctx, AuditAction.CAMPAIGN_ENTRY_ADDED, campaign, {
      detail: { entryId: row.id, rank: row.rank, suspectId: row.suspectId },
    });
    if (campaign.status === CampaignStatus.PUBLISHED)
      this.campaigns.auditOnRecord(ctx, AuditAction.SUSPECT_PUBLISHED, campaign, row.suspectId);
    return this.saved(ctx, campaign, row.id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateWantedEntryInput): Promise<WantedEntry> {
    rejectNulls(input, ['rank', 'suspectId', ...TEXT_FIELDS, ...CRIME_FIELDS]);
    const { entry, campaign } = await this.findForChange(ctx, id);
    const changes: Partial<WantedEntryEntity> = entryText(input);
    if (input.rank != null) changes.rank = input.rank;
    if (input.suspectId != null && input.suspectId !== entry.suspectId) {
      await this.assertSuspectPublishable(ctx, campaign, input.suspectId);
      changes.suspectId = input.suspectId;
    }
    if (input.aliases !== undefined) changes.aliases = cleanList(input.aliases ?? []);
    if (input.photoUrl !== undefined) changes.photoUrl = input.photoUrl;
    Object.assign(changes, entryDescription(input));
    assertAge({ ...entry, ...changes });
    if (Object.keys(changes).length > 0) {
      await writeEntry({ rank: changes.rank ?? entry.rank }, () =>
        ctx.manager.getRepository(WantedEntryEntity).update({ id: entry.id }, changes),
      );
    }
    this.campaigns.audit(ctx, AuditAction.CAMPAIGN_ENTRY_UPDATED, campaign, {
      changedFields: changedFields(entry, changes),
      detail: { entryId: entry.id },
    });
    if (changes.suspectId && campaign.status === CampaignStatus.PUBLISHED) {
      this.campaigns.auditOnRecord(ctx, AuditAction.SUSPECT_UNPUBLISHED, campaign, entry.suspectId);
      this.campaigns.auditOnRecord(ctx, AuditAction.SUSPECT_PUBLISHED, campaign, changes.suspectId);
    }
    return this.saved(ctx, campaign, entry.id);
  }

  /** Removes an entry (its rank is then free); a published campaign keeps at least one. */
  async remove(ctx: RequestContext, id: string): Promise<WantedCampaign> {
    const { entry, campaign } = await this.findForChange(ctx, id);
    const repository = ctx.manager.getRepository(WantedEntryEntity);
    if (campaign.status === CampaignStatus.PUBLISHED && (await repository.countBy({ campaignId: campaign.id })) === 1) {
      throw AppError.conflict('A published campaign keeps at least one entry: close it instead');
    }
    await repository.delete({ id: entry.id });
    this.campaigns.audit(ctx, AuditAction.CAMPAIGN_ENTRY_REMOVED, campaign, {
      detail: { entryId: entry.id, rank: entry.rank, suspectId: entry.suspectId },
    });
    if (campaign.status === CampaignStatus.PUBLISHED)
      this.campaigns.auditOnRecord(ctx, AuditAction.SUSPECT_UNPUBLISHED, campaign, entry.suspectId);
    return this.campaigns.touch(ctx, campaign);
  }

  /**
   * Ranks every entry anew, 1 to n in the order given, in one transaction. `entryIds` must name
   * each entry of the campaign exactly once.
   */
  async reorder(ctx: RequestContext, campaignId: string, entryIds: string[]): Promise<WantedCampaign> {
    const campaign = await this.campaigns.findForChange(ctx, campaignId, 'update');
    const current = await ctx.manager
      .getRepository(WantedEntryEntity)
      .find({ where: { campaignId: campaign.id }, select: { id: true } });
    const known = new Set(current.map((row) => row.id));
    if (
      entryIds.length !== known.size ||
      new Set(entryIds).size !== entryIds.length ||
      !entryIds.every((entryId) => known.has(entryId))
    ) {
      throw AppError.badInput('entryIds', 'must list every entry of the campaign exactly once');
    }
    // The unique index is checked row by row: park every rank out of the way (negative), then
    // set the new ones, so no two rows ever meet on a rank in between.
    await ctx.manager.query('UPDATE wanted_entries SET rank = -rank WHERE campaign_id = $1', [campaign.id]);
    await ctx.manager.query(
      `UPDATE wanted_entries e SET rank = v.rank, updated_at = now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, rank) WHERE e.id = v.id AND e.campaign_id = $2`,
      [entryIds, campaign.id],
    );
    this.campaigns.audit(ctx, AuditAction.CAMPAIGN_ENTRIES_REORDERED, campaign, { detail: { entryIds } });
    return this.campaigns.touch(ctx, campaign);
  }

  /** An entry to change with its campaign, locked: hidden, unknown and malformed ids all answer NOT_FOUND alike. */
  private async findForChange(
    ctx: RequestContext,
    id: string,
  ): Promise<{ entry: WantedEntryEntity; campaign: WantedCampaignEntity }> {
    const entry = isUuid(id) ? await ctx.manager.getRepository(WantedEntryEntity).findOneBy({ id }) : null;
    if (!entry) throw AppError.notFound('entry');
    const campaign = await this.campaigns.findForChange(ctx, entry.campaignId, 'update', 'entry');
    return { entry, campaign };
  }

  /** An entry after a change, which is a change to its campaign too. */
  async saved(ctx: RequestContext, campaign: WantedCampaignEntity, id: string): Promise<WantedEntry> {
    await this.campaigns.touch(ctx, campaign);
    return this.view(await ctx.manager.getRepository(WantedEntryEntity).findOneByOrFail({ id }), campaign.slug);
  }

  /** Entries point at suspects the actor may see: their agency's own, or one shared with it. */
  /** A suspect the campaign may show: one the actor sees, its agency's own, with markings that allow publishing. */
  private async assertSuspectPublishable(
    ctx: RequestContext,
    campaign: WantedCampaignEntity,
    suspectId: string,
  ): Promise<void> {
    const suspect = await this.suspects.records.findById(ctx, suspectId);
    if (!suspect) throw AppError.badInput('suspectId', `unknown suspect ${suspectId}`);
    assertPublishable(suspect, campaign.ownerAgencyId);
  }
}

/** The given texts trimmed and required; crimes trimmed, without repeats, at least one in each language. */
function entryText(input: UpdateWantedEntryInput): Partial<WantedEntryEntity> {
  const text: Partial<WantedEntryEntity> = {};
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value != null) text[field] = requiredText(field, value);
  }
  for (const field of CRIME_FIELDS) {
    const value = input[field];
    if (value == null) continue;
    const crimes = cleanList(value);
    if (crimes.length === 0) throw AppError.badInput(field, 'should not be empty');
    text[field] = crimes;
  }
  return text;
}

const DESCRIPTION_FIELDS = ['sex', 'approximateAge', 'yearOfBirth', 'heightCm', 'build'] as const;

/** The given description fields (null clears one); marks trimmed, blank as none. */
function entryDescription(input: UpdateWantedEntryInput): Partial<WantedEntryEntity> {
  const description: Partial<WantedEntryEntity> = {};
  for (const field of DESCRIPTION_FIELDS)
    if (input[field] !== undefined) Object.assign(description, { [field]: input[field] });
  for (const field of ['distinguishingMarksEs', 'distinguishingMarksEn'] as const)
    if (input[field] !== undefined) description[field] = input[field]?.trim() || null;
  if (input.armedAndDangerous != null) description.armedAndDangerous = input.armedAndDangerous;
  return description;
}

/** An age is approximate or a year of birth, not both (they could disagree on the poster). */
function assertAge(entry: Pick<WantedEntryEntity, 'approximateAge' | 'yearOfBirth'>): void {
  if (entry.approximateAge != null && entry.yearOfBirth != null)
    throw AppError.badInput('yearOfBirth', 'give an approximate age or a year of birth, not both');
}

/** Trimmed, blanks and repeats left out, in the given order. */
function cleanList(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** Runs a write of an entry; a taken rank or a suspect already listed is a CONFLICT on that field. */
function writeEntry(row: Pick<WantedEntryEntity, 'rank'>, write: () => Promise<unknown>): Promise<unknown> {
  return withUniqueConflicts(write, {
    [ENTRY_RANK_KEY]: () =>
      new AppError(ErrorCode.CONFLICT, `rank ${row.rank} is already taken in this campaign`, { field: 'rank' }),
    [ENTRY_SUSPECT_KEY]: () =>
      new AppError(ErrorCode.CONFLICT, 'this suspect is already listed in this campaign', { field: 'suspectId' }),
  });
}
