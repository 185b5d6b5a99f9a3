import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { audited, AuditAction, changedFields } from '@app/audit';
import { RequestContext, UserEntity, whereAccessible } from '@app/auth';
import { AppError, ConnectionShape, FieldCipher, newId, Order, PageArgs } from '@app/core';
import { orderSortKeys, PRIORITY_RANK_SQL, TIP_ORDER_KEYS, TipOrderField } from '../records/record-order';
import { OrganizationService } from '../organizations/organization.service';
import { Organization } from '../organizations/organization.type';
import { HandlingColumns, handlingColumns } from '../records/handling.type';
import { TipChannel, TipPriority, TipStatus } from '../records/record-enums';
import { mapConnection, RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { requiredText } from '../records/text-fields';
import { SuspectService } from '../suspects/suspect.service';
import { Suspect } from '../suspects/suspect.type';
import { TipFollowUpEntity } from './tip-follow-up.entity';
import { TipOrganizationEntity, TipSubjectEntity } from './tip-mention.entity';
import { TipEntity, TipLanguage, TipsterIdentity } from './tip.entity';
import { SubmitTipInput, TipContactFields, TipFilter, TipsterInput, TriageTipInput } from './tip.inputs';
import { Tip, TipFollowUp, Tipster } from './tip.type';

/** A tip's urgency as a number for the queue's order (the keyset cursor carries it). */

// Clocks of the intake desks may run a little ahead of the server's.
const CLOCK_SKEW_MS = 60_000;
/** Follow-ups one tip takes at most: enough for a tipster, not a channel to flood intake with. */
export const MAX_TIP_FOLLOW_UPS = 20;

/**
 * A tip from the public web form. The campaigns library decides the owner, the markings and
 * the subjects from a published campaign; the public decides only the words and the contact.
 */
export interface PublicTipIntake {
  ownerAgencyId: string;
  campaignId: string;
  language: TipLanguage;
  narrative: string;
  /** The suspect of the campaign entry the tip is about (checked when the entry was added). */
  subjectIds: string[];
  /** Null or empty: an anonymous tip. */
  contact: TipContactFields | null;
  handling: HandlingColumns;
}

/** The columns a new tip is given by whoever files it; the rest start the same for every tip. */
type NewTip = Pick<
  TipEntity,
  | 'ownerAgencyId'
  | 'tlp'
  | 'releasableTo'
  | 'originatorControlled'
  | 'receivedAt'
  | 'channel'
  | 'language'
  | 'receivedIn'
  | 'narrative'
  | 'campaignId'
>;

@Injectable()
export class TipService {
  readonly records = new RecordQueries(TipEntity, 'Tip');

  constructor(
    private readonly suspectService: SuspectService,
    private readonly organizationService: OrganizationService,
    private readonly cipher: FieldCipher,
  ) {}

  view(ctx: RequestContext, row: TipEntity): Tip {
    // Decrypt only for a viewer who may read the tipster; recordView withholds it from the rest.
    const tipster = ctx.readableFields('Tip', row, ['tipster']).has('tipster') ? this.openTipster(row) : null;
    const { assignee, ...fields } = recordView(ctx, 'Tip', row, {
      receivedAt: row.receivedAt,
      channel: row.channel,
      language: row.language,
      receivedIn: row.receivedIn,
      narrative: row.narrative,
      status: row.status,
      priority: row.priority,
      // TipFieldsResolver resolves the person from the id (kept only when readable)
      assignee: row.assigneeId,
      sourceReliability: row.sourceReliability,
      informationCredibility: row.informationCredibility,
      // resolved by TipFieldsResolver; [] here only marks the fields as readable
      subjects: [] as Suspect[],
      organizations: [] as Organization[],
      tipster,
      campaignId: row.campaignId,
      followUps: [] as TipFollowUp[],
    });
    return { ...fields, assigneeId: assignee };
  }

  async findById(ctx: RequestContext, id: string): Promise<Tip | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  /** The intake queue: urgent first, then newest. */
  async list(
    ctx: RequestContext,
    filter: TipFilter | null | undefined,
    args: PageArgs,
    orderBy?: Order<TipOrderField> | null,
  ): Promise<ConnectionShape<Tip>> {
    if (filter?.receivedFrom && filter.receivedTo && filter.receivedFrom >= filter.receivedTo) {
      throw AppError.badInput('receivedTo', 'must be after receivedFrom');
    }
    const page = await this.records.page(
      ctx,
      args,
      (qb) => {
        this.records.whereReadable(ctx, qb, [
          ...(filter?.status ? ['status'] : []),
          ...(filter?.channel ? ['channel'] : []),
          ...(filter?.priority ? ['priority'] : []),
          ...(filter?.language ? ['language'] : []),
          ...(filter?.receivedFrom || filter?.receivedTo ? ['receivedAt'] : []),
          ...(filter?.campaignId ? ['campaignId'] : []),
        ]);
        if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
        if (filter?.channel) qb.andWhere('r.channel = :channel', { channel: filter.channel });
        if (filter?.priority) qb.andWhere('r.priority = :priority', { priority: filter.priority });
        if (filter?.language) qb.andWhere('r.language = :language', { language: filter.language });
        if (filter?.receivedFrom) qb.andWhere('r.received_at >= :receivedFrom', { receivedFrom: filter.receivedFrom });
        if (filter?.receivedTo) qb.andWhere('r.received_at < :receivedTo', { receivedTo: filter.receivedTo });
        if (filter?.campaignId) qb.andWhere('r.campaign_id = :campaignId', { campaignId: filter.campaignId });
        if (orderBy) return orderSortKeys(ctx, this.records, qb, orderBy, TIP_ORDER_KEYS);
        // Urgent first, then newest: the agency's own tips by their priority. Tips other agencies
        // shared sort as routine, so the order never tells a priority the share withholds; a tip
        // whose receivedAt is withheld sorts by when it was recorded, for the same reason.
        qb.setParameter('queueAgencyId', ctx.agencyId);
        const receivedAt = this.records.fieldAllowedSql(ctx, qb, 'receivedAt');
        return [
          {
            sql: `(CASE WHEN r.owner_agency_id = :queueAgencyId THEN ${PRIORITY_RANK_SQL} ELSE 0 END)`,
            type: 'bigint',
          },
          { sql: `(CASE WHEN ${receivedAt} THEN r.received_at ELSE r.created_at END)`, type: 'timestamptz' },
        ];
      },
      orderBy?.direction,
    );
    return mapConnection(page, (row) => this.view(ctx, row));
  }

  async submit(ctx: RequestContext, input: SubmitTipInput): Promise<Tip> {
    // Received times come from JS Dates (millisecond precision), which the keyset cursor keeps exactly.
    const receivedAt = input.receivedAt ?? new Date();
    if (receivedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw AppError.badInput('receivedAt', 'cannot be in the future');
    const row = this.newRow(
      ctx,
      {
        ownerAgencyId: ctx.agencyId,
        ...(await handlingColumns(ctx, input.handling)),
        receivedAt,
        channel: input.channel,
        language: input.language,
        receivedIn: input.receivedIn ?? null,
        narrative: input.narrative,
        campaignId: input.campaignId ?? null,
      },
      tipsterIdentity(input.tipster),
    );
    row.priority = input.priority ?? TipPriority.ROUTINE;
    row.assigneeId = input.assigneeId ?? null;
    ctx.assertCan('create', 'Tip', row, 'tip');
    if (row.assigneeId) await this.assertAssignee(ctx, row.assigneeId);
    if (row.campaignId) await this.assertCampaign(ctx, row);
    const repository = ctx.manager.getRepository(TipEntity);
    await repository.insert(row);
    if (input.subjectIds) await this.replaceSubjects(ctx, row.id, input.subjectIds);
    if (input.organizationIds) await this.replaceOrganizations(ctx, row.id, input.organizationIds);
    return audited(ctx, AuditAction.TIP_SUBMITTED, this.view(ctx, await this.records.saved(ctx, row.id)));
  }

  /**
   * Files a tip from the public web form, where nobody is logged in: a WEB tip of the campaign's
   * owner, queued for its intake like any other, the contact sealed as the tipster (anonymous
   * without one). Returns the new tip's id; the public never reads the tip back.
   */
  async submitFromPublic(ctx: RequestContext, intake: PublicTipIntake): Promise<string> {
    const row = this.newRow(
      ctx,
      {
        ownerAgencyId: intake.ownerAgencyId,
        ...intake.handling,
        receivedAt: new Date(),
        channel: TipChannel.WEB,
        language: intake.language,
        // a web form has no side of the border
        receivedIn: null,
        narrative: intake.narrative,
        campaignId: intake.campaignId,
      },
      contactIdentity(intake.contact),
    );
    await ctx.manager.getRepository(TipEntity).insert(row);
    const subjectIds = [...new Set(intake.subjectIds)];
    if (subjectIds.length > 0)
      await ctx.manager
        .getRepository(TipSubjectEntity)
        .insert(subjectIds.map((suspectId) => ({ tipId: row.id, suspectId })));
    return row.id;
  }

  /**
   * Adds what a tipster tells later to their tip. The caller has proven the tip is theirs (a
   * public tip's receipt code); intake sees it in `followUps` and in the tip's `updatedAt`.
   */
  async addFollowUp(ctx: RequestContext, tipId: string, narrative: string): Promise<void> {
    const text = requiredText('narrative', narrative);
    // Locked: concurrent additions count one after the other.
    await ctx.manager
      .getRepository(TipEntity)
      .findOneOrFail({ where: { id: tipId }, lock: { mode: 'pessimistic_write' } });
    const followUps = ctx.manager.getRepository(TipFollowUpEntity);
    if ((await followUps.countBy({ tipId })) >= MAX_TIP_FOLLOW_UPS) {
      throw AppError.badInput(
        'narrative',
        `a tip takes at most ${MAX_TIP_FOLLOW_UPS} additions: call the hotline instead`,
      );
    }
    await followUps.insert({ id: newId(), tipId, receivedAt: new Date(), narrative: text });
    await ctx.manager.getRepository(TipEntity).update({ id: tipId }, { updatedAt: new Date() });
  }

  async triage(ctx: RequestContext, id: string, input: TriageTipInput): Promise<Tip> {
    rejectNulls(input, ['status', 'handling', 'priority']);
    const row = await this.records.findForUpdate(ctx, id, 'tip');
    const changes: Partial<TipEntity> = input.handling ? await handlingColumns(ctx, input.handling) : {};
    if (input.status != null) changes.status = input.status;
    if (input.priority != null) changes.priority = input.priority;
    if (input.assigneeId !== undefined) {
      if (input.assigneeId !== null) await this.assertAssignee(ctx, input.assigneeId);
      changes.assigneeId = input.assigneeId;
    }
    if (input.sourceReliability !== undefined) changes.sourceReliability = input.sourceReliability;
    if (input.informationCredibility !== undefined) changes.informationCredibility = input.informationCredibility;
    if (input.subjectIds !== undefined) await this.replaceSubjects(ctx, row.id, input.subjectIds ?? []);
    if (input.organizationIds !== undefined) await this.replaceOrganizations(ctx, row.id, input.organizationIds ?? []);
    // a change to the mentions alone is still a change to the tip
    const linksChanged = input.subjectIds !== undefined || input.organizationIds !== undefined;
    const changed = [
      ...changedFields(row, changes),
      ...(input.subjectIds !== undefined ? ['subjects'] : []),
      ...(input.organizationIds !== undefined ? ['organizations'] : []),
    ];
    if (Object.keys(changes).length === 0 && linksChanged) changes.updatedAt = new Date();
    const repository = ctx.manager.getRepository(TipEntity);
    if (Object.keys(changes).length > 0) await repository.update({ id: row.id }, changes);
    return audited(ctx, AuditAction.TIP_TRIAGED, this.view(ctx, await this.records.saved(ctx, row.id)), changed);
  }

  /** A tip's subjects that the viewer may see, batched per request. */
  subjects(ctx: RequestContext, tipId: string): Promise<Suspect[]> {
    return ctx
      .loader<string, Suspect[]>('Tip:subjects', async (tipIds) => {
        // `r` is the suspect: only visible ones join
        const qb = this.suspectService.records.visible(ctx);
        const links = qb
          ? await qb
              .innerJoin(TipSubjectEntity, 'ts', 'ts.suspect_id = r.id')
              .andWhere('ts.tip_id IN (:...tipIds)', { tipIds: [...tipIds] })
              .select(['ts.tip_id AS tip_id', 'r.id AS linked_id'])
              .orderBy('r.id')
              .getRawMany<Link>()
          : [];
        return groupLinked(tipIds, links, (suspectId) => this.suspectService.load(ctx, suspectId));
      })
      .load(tipId);
  }

  /** A tip's organizations that the viewer may see, batched per request. */
  organizations(ctx: RequestContext, tipId: string): Promise<Organization[]> {
    return ctx
      .loader<string, Organization[]>('Tip:organizations', async (tipIds) => {
        // `r` is the organization: only visible ones join
        const qb = this.organizationService.records.visible(ctx);
        const links = qb
          ? await qb
              .innerJoin(TipOrganizationEntity, 'tor', 'tor.organization_id = r.id')
              .andWhere('tor.tip_id IN (:...tipIds)', { tipIds: [...tipIds] })
              .select(['tor.tip_id AS tip_id', 'r.id AS linked_id'])
              .orderBy('r.id')
              .getRawMany<Link>()
          : [];
        return groupLinked(tipIds, links, (organizationId) => this.organizationService.load(ctx, organizationId));
      })
      .load(tipId);
  }

  /** A tip's follow-ups, oldest first, batched per request (the tip itself was visible, and the field readable). */
  followUps(ctx: RequestContext, tipId: string): Promise<TipFollowUp[]> {
    return ctx
      .loader<string, TipFollowUp[]>('Tip:followUps', async (tipIds) => {
        const rows = await ctx.manager
          .getRepository(TipFollowUpEntity)
          .find({ where: { tipId: In([...tipIds]) }, order: { receivedAt: 'ASC', id: 'ASC' } });
        return tipIds.map((tipId) =>
          rows.filter((row) => row.tipId === tipId).map(({ receivedAt, narrative }) => ({ receivedAt, narrative })),
        );
      })
      .load(tipId);
  }

  /** A new tip's row: the narrative trimmed and required, status NEW, ungraded, the tipster sealed to its id. */
  private newRow(ctx: RequestContext, fields: NewTip, identity: TipsterIdentity): TipEntity {
    const id = newId();
    return ctx.manager.getRepository(TipEntity).create({
      ...fields,
      id,
      narrative: requiredText('narrative', fields.narrative),
      status: TipStatus.NEW,
      sourceReliability: null,
      informationCredibility: null,
      // bound to the tip id: the ciphertext cannot be moved to another tip
      tipsterSealed: this.cipher.sealJson(identity, id),
    });
  }

  private openTipster(row: TipEntity): Tipster {
    const identity = this.cipher.openJson<TipsterIdentity>(row.tipsterSealed, row.id);
    return {
      anonymous: identity.anonymous,
      name: identity.name ?? null,
      phone: identity.phone ?? null,
      email: identity.email ?? null,
    };
  }

  /** An active person of the actor's agency (the intake agency); anyone else answers as an unknown id. */
  private async assertAssignee(ctx: RequestContext, userId: string): Promise<void> {
    const found = await ctx.manager
      .getRepository(UserEntity)
      .existsBy({ id: userId, agencyId: ctx.agencyId, active: true });
    if (!found) throw AppError.badInput('assigneeId', `no one of your agency has the id ${userId}`);
  }

  /**
   * A hotline or WhatsApp tip may answer a wanted campaign the actor may read (their agency's:
   * the campaign rules, in SQL). The campaigns library builds on this one: its entity by name.
   */
  private async assertCampaign(ctx: RequestContext, row: TipEntity): Promise<void> {
    if (row.channel !== TipChannel.HOTLINE && row.channel !== TipChannel.WHATSAPP) {
      throw AppError.badInput(
        'campaignId',
        'only hotline and WhatsApp tips are entered for a campaign (web tips come through its form)',
      );
    }
    const qb = ctx.manager
      .getRepository<{ id: string }>('WantedCampaignEntity')
      .createQueryBuilder('c')
      .where('c.id = :campaignId', { campaignId: row.campaignId });
    if (!whereAccessible(qb, ctx.ability, 'read', 'Campaign') || !(await qb.getExists()))
      throw AppError.badInput('campaignId', `unknown campaign ${row.campaignId}`);
  }

  private async replaceSubjects(ctx: RequestContext, tipId: string, subjectIds: string[]): Promise<void> {
    const ids = [...new Set(subjectIds)];
    const visible = await this.suspectService.records.visibleIds(ctx, ids);
    const unknown = ids.find((id) => !visible.has(id));
    if (unknown) throw AppError.badInput('subjectIds', `unknown suspect ${unknown}`);
    const repository = ctx.manager.getRepository(TipSubjectEntity);
    await repository.delete({ tipId });
    if (ids.length > 0) await repository.insert(ids.map((suspectId) => ({ tipId, suspectId })));
  }

  private async replaceOrganizations(ctx: RequestContext, tipId: string, organizationIds: string[]): Promise<void> {
    const ids = [...new Set(organizationIds)];
    const visible = await this.organizationService.records.visibleIds(ctx, ids);
    const unknown = ids.find((id) => !visible.has(id));
    if (unknown) throw AppError.badInput('organizationIds', `unknown organization ${unknown}`);
    const repository = ctx.manager.getRepository(TipOrganizationEntity);
    await repository.delete({ tipId });
    if (ids.length > 0) await repository.insert(ids.map((organizationId) => ({ tipId, organizationId })));
  }
}

interface Link {
  tip_id: string;
  linked_id: string;
}

/** Linked records per tip, in link order; the loads batch into one query through the request's DataLoader. */
async function groupLinked<T>(
  tipIds: readonly string[],
  links: Link[],
  load: (id: string) => Promise<T | null>,
): Promise<T[][]> {
  const loaded = await Promise.all(links.map((link) => load(link.linked_id)));
  const byTip = new Map<string, T[]>(tipIds.map((key) => [key, []]));
  links.forEach((link, i) => {
    const record = loaded[i];
    if (record) byTip.get(link.tip_id)?.push(record);
  });
  return tipIds.map((key) => byTip.get(key) ?? []);
}

/** The contact a member of the public left, sealed the same way; none at all is an anonymous tip. */
function contactIdentity(contact: TipContactFields | null): TipsterIdentity {
  const given = [contact?.name, contact?.phone, contact?.email].some((value) => value?.trim());
  return tipsterIdentity({ ...contact, anonymous: !given });
}

/** The identity to seal. An anonymous tipster carries no identity; a named one carries some. */
function tipsterIdentity(input: TipsterInput): TipsterIdentity {
  const name = input.name?.trim() || null;
  const phone = input.phone?.trim() || null;
  const email = input.email?.trim() || null;
  if (input.anonymous) {
    if (name || phone || email) throw AppError.badInput('tipster', 'an anonymous tipster has no name, phone or email');
    return { anonymous: true, name: null, phone: null, email: null };
  }
  if (!name && !phone && !email)
    throw AppError.badInput('tipster', 'a tipster who is not anonymous needs a name, phone or email');
  return { anonymous: false, name, phone, email };
}
