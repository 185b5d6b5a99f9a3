import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditAction } from '@app/audit';
import { AgencyEntity, RECORD_SUBJECT_OF, RequestContext, UsersService } from '@app/auth';
import { RecordEntity, TipEntity, TipStatus, TipSubjectEntity } from '@app/cases';
import { AppError, Country, isUuid, newId, RecordType, SHARE_USE_ORDER, SHAREABLE_FIELDS, Tlp } from '@app/core';
import { onwardMaxTlp, stricterTlp, tlpsUpTo } from '../agreements/agreement-rules.contributor';
import { agreementInForce } from '../agreements/agreements-in-force';
import { ShareEntity, ShareOrigin, ShareStatus } from './share.entity';
import { auditShare, closeShare, lockedShare, sharingRequestView } from './share-requests.service';
import { ShareNotifications } from './share-notifications';
import { fieldsAllowedBy, grantedFields, lastMomentOf, shareExpiry, shareUse } from './share-terms';
import { SHARED_RECORDS } from './shared-records';
import { ApproveShareArgs, OfferShareArgs, ReferTipArgs } from './sharing.inputs';
import { SharingRequest, SharingRequestStatus } from './sharing-request.type';

/** Whether the record's markings, as they are now, let it go under an agreement up to `maxTlp` to `country`. */
function markingsAllow(record: RecordEntity, maxTlp: Tlp, country: Country): boolean {
  return tlpsUpTo(maxTlp).includes(record.tlp) && record.releasableTo.includes(country);
}

function requiredReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw AppError.badInput('reason', 'must say why');
  return trimmed;
}

/** The provider's side: approving, denying and revoking shares, and offering records to partners. */
@Injectable()
export class ShareDecisionsService {
  constructor(
    private readonly users: UsersService,
    private readonly notices: ShareNotifications,
  ) {}

  /** Fields within what was asked and what the agreement allows; expiry and use within the agreement. */
  async approve(ctx: RequestContext, args: ApproveShareArgs): Promise<SharingRequest> {
    const row = await this.pending(ctx, args.id);
    const agreement = await agreementInForce(ctx.manager, row.providerAgencyId, row.recipientAgencyId);
    if (agreement?.id !== row.agreementId)
      throw AppError.conflict('The agreement this request was made under is no longer in force');
    const record = await SHARED_RECORDS[row.recordType].findById(ctx, row.recordId);
    if (!record || !markingsAllow(record, row.maxTlp, row.recipientCountry))
      throw AppError.conflict("The record's markings no longer allow sharing it with this agency");
    const allowed = fieldsAllowedBy(agreement, row.recordType).filter(
      (field) => !row.requestedFields || row.requestedFields.includes(field),
    );
    const now = new Date();
    const approved = {
      status: ShareStatus.APPROVED,
      grantedFields: grantedFields(row.recordType, args.fields, allowed),
      expiresAt: shareExpiry(args.expiresAt, agreement, now),
      use: shareUse(args.use, agreement.permittedUses),
      decidedBy: ctx.requiredActor.id,
      decidedAt: now,
    };
    await ctx.manager.getRepository(ShareEntity).update({ id: row.id }, approved);
    const result = { ...row, ...approved };
    auditShare(ctx, AuditAction.SHARE_APPROVED, result);
    await this.notices.decided(ctx, result, ShareStatus.APPROVED);
    return sharingRequestView(result, now);
  }

  async deny(ctx: RequestContext, id: string, reason: string): Promise<SharingRequest> {
    const decisionReason = requiredReason(reason);
    const row = await this.pending(ctx, id);
    const denied = await closeShare(ctx, row, ShareStatus.DENIED, decisionReason, AuditAction.SHARE_DENIED);
    await this.notices.decided(ctx, row, ShareStatus.DENIED);
    return denied;
  }

  /** Ends an approved share at once, every share passed on from it, and (a referral) the shares of the people it carried. */
  async revoke(ctx: RequestContext, id: string, reason: string): Promise<SharingRequest> {
    const decisionReason = requiredReason(reason);
    const row = await lockedShare(ctx, id, 'decide');
    const status = sharingRequestView(row).status;
    if (status !== SharingRequestStatus.APPROVED) throw AppError.conflict(`The share is ${status}, not APPROVED`);
    const result = await closeShare(ctx, row, ShareStatus.REVOKED, decisionReason, AuditAction.SHARE_REVOKED);
    await this.notices.decided(ctx, row, ShareStatus.REVOKED);
    const cascaded = await ctx.manager
      .createQueryBuilder()
      .update(ShareEntity)
      .set({
        status: ShareStatus.REVOKED,
        decisionReason: 'The share it was passed on from was revoked',
        decidedBy: ctx.requiredActor.id,
        decidedAt: new Date(),
      })
      .where('(parent_share_id = :id OR carried_with_share_id = :id) AND status IN (:...open)', {
        id: row.id,
        open: [ShareStatus.APPROVED, ShareStatus.PENDING],
      })
      .returning('id')
      .execute();
    // those who held a share passed on from this one hear that it ended too
    const ended = (cascaded.raw as { id: string }[]).map((share) => share.id);
    if (ended.length > 0) {
      for (const share of await ctx.manager.getRepository(ShareEntity).findBy({ id: In(ended) })) {
        await this.notices.decided(ctx, share, ShareStatus.REVOKED);
      }
    }
    return result;
  }

  /**
   * The provider's liaison shares a record with a partner without being asked: the owner's
   * liaison for its own records, or a recipient's liaison passing on a record it holds where
   * the owner's agreement allows onward sharing (never ORCON, never AMBER+STRICT, never a
   * record it holds second-hand), under an agreement in force with the partner.
   */
  async offer(
    ctx: RequestContext,
    args: OfferShareArgs,
    action: AuditAction = AuditAction.SHARE_OFFERED,
  ): Promise<SharingRequest> {
    const purpose = args.purpose.trim();
    if (!purpose) throw AppError.badInput('purpose', 'must say why the record is shared');
    const type = args.recordType;
    const subject = RECORD_SUBJECT_OF[type];
    const record = await SHARED_RECORDS[type].findById(ctx, args.recordId);
    if (!record) throw AppError.notFound('record');
    if (!ctx.can('share', subject, record)) throw AppError.forbidden('You may not share this record');
    const recipient = isUuid(args.recipientAgencyId)
      ? await ctx.manager.getRepository(AgencyEntity).findOneBy({ id: args.recipientAgencyId })
      : null;
    if (!recipient) throw AppError.badInput('recipientAgencyId', 'unknown agency');
    if (recipient.id === ctx.agencyId || recipient.id === record.ownerAgencyId)
      throw AppError.badInput('recipientAgencyId', 'already holds the record');
    const agreement = await agreementInForce(ctx.manager, ctx.agencyId, recipient.id);
    if (!agreement?.recordTypes.includes(type))
      throw AppError.badInput('recipientAgencyId', `no agreement in force with this agency covers ${type}`);
    const onward = record.ownerAgencyId !== ctx.agencyId ? await this.onwardTerms(ctx, type, record) : null;
    const maxTlp = onward
      ? stricterTlp(onward.maxTlp, agreement.maxTlp)
      : stricterTlp(agreement.maxTlp, Tlp.AMBER_STRICT);
    if (!markingsAllow(record, maxTlp, recipient.country))
      throw AppError.badInput('recipientAgencyId', "the record's markings do not allow sharing it with this agency");
    // Passed on: what the provider holds, and never what the owner withholds from the final recipient.
    const ownerTerms = onward ? await agreementInForce(ctx.manager, record.ownerAgencyId, recipient.id) : null;
    const allowed = fieldsAllowedBy(agreement, type).filter(
      (field) =>
        !onward || (onward.fields.includes(field) && !(ownerTerms?.withheldFields[type] ?? []).includes(field)),
    );
    const now = new Date();
    const provider = await this.users.agency(ctx, ctx.agencyId);
    const row = ctx.manager.getRepository(ShareEntity).create({
      id: newId(),
      recordType: type,
      recordId: record.id,
      ownerAgencyId: record.ownerAgencyId,
      providerAgencyId: ctx.agencyId,
      providerCountry: provider.country,
      recipientAgencyId: recipient.id,
      recipientCountry: recipient.country,
      agreementId: agreement.id,
      upstreamAgreementId: onward?.upstream.id ?? null,
      parentShareId: onward?.parentShareId ?? null,
      carriedWithShareId: null,
      origin: ShareOrigin.OFFER,
      purpose,
      requestedFields: null,
      status: ShareStatus.APPROVED,
      grantedFields: grantedFields(type, args.fields, allowed),
      use: shareUse(args.use, agreement.permittedUses, ...(onward ? [onward.uses] : [])),
      maxTlp,
      expiresAt: shareExpiry(args.expiresAt, agreement, now, onward?.expiryCaps ?? []),
      decisionReason: null,
      requestedBy: ctx.requiredActor.id,
      decidedBy: ctx.requiredActor.id,
      decidedAt: now,
    });
    await ctx.manager.getRepository(ShareEntity).insert(row);
    auditShare(ctx, action, row);
    return sharingRequestView(row, now);
  }

  /**
   * Intake refers a tip to a partner: an offer of the tip (never its tipster), and the tip reads
   * REFERRED. The people it names that the referrer may `refer` (its agency's own, in SQL) go
   * with it as shares of their own under the same agreement, as far as it covers suspects and
   * their markings allow, on the tip's terms; they end when the referral is revoked. What the
   * tipster adds later reaches the partner through the tip's `followUps` where that is granted.
   * The answer carries what a notification of the partner needs: the recipient, the tip, the
   * carried shares (`subjectShares`).
   */
  async referTip(ctx: RequestContext, args: ReferTipArgs): Promise<SharingRequest> {
    const share = await this.offer(
      ctx,
      { ...args, recordType: RecordType.TIP, recordId: args.id },
      AuditAction.TIP_REFERRED,
    );
    if (share.owningAgencyId === ctx.agencyId)
      await ctx.manager.getRepository(TipEntity).update({ id: share.recordId }, { status: TipStatus.REFERRED });
    await this.notices.tipReferred(ctx, share);
    return { ...share, subjectShares: await this.carrySubjects(ctx, share) };
  }

  private async carrySubjects(ctx: RequestContext, referral: SharingRequest): Promise<SharingRequest[]> {
    const agreement = await agreementInForce(ctx.manager, ctx.agencyId, referral.requestingAgencyId);
    if (!agreement?.recordTypes.includes(RecordType.SUSPECT)) return [];
    const fields = fieldsAllowedBy(agreement, RecordType.SUSPECT);
    const qb = SHARED_RECORDS[RecordType.SUSPECT].visible(ctx, 'refer');
    const subjects = qb
      ? await qb
          .innerJoin(TipSubjectEntity, 'ts', 'ts.suspect_id = r.id AND ts.tip_id = :tipId', {
            tipId: referral.recordId,
          })
          .orderBy('r.id')
          .getMany()
      : [];
    const [provider, recipient] = await Promise.all([
      this.users.agency(ctx, ctx.agencyId),
      this.users.agency(ctx, referral.requestingAgencyId),
    ]);
    const maxTlp = stricterTlp(agreement.maxTlp, Tlp.AMBER_STRICT);
    const now = new Date();
    const rows = subjects
      .filter((subject) => fields.length > 0 && markingsAllow(subject, maxTlp, recipient.country))
      .map((subject) =>
        ctx.manager.getRepository(ShareEntity).create({
          id: newId(),
          recordType: RecordType.SUSPECT,
          recordId: subject.id,
          ownerAgencyId: subject.ownerAgencyId,
          providerAgencyId: ctx.agencyId,
          providerCountry: provider.country,
          recipientAgencyId: recipient.id,
          recipientCountry: recipient.country,
          agreementId: agreement.id,
          upstreamAgreementId: null,
          parentShareId: null,
          carriedWithShareId: referral.id,
          origin: ShareOrigin.OFFER,
          purpose: referral.purpose,
          requestedFields: null,
          status: ShareStatus.APPROVED,
          grantedFields: fields,
          use: referral.use,
          maxTlp,
          expiresAt: referral.expiresAt,
          decisionReason: null,
          requestedBy: ctx.requiredActor.id,
          decidedBy: ctx.requiredActor.id,
          decidedAt: now,
        }),
      );
    if (rows.length > 0) await ctx.manager.getRepository(ShareEntity).insert(rows);
    rows.forEach((row) => auditShare(ctx, 'SHARE_OFFERED', row));
    return rows.map((row) => sharingRequestView(row, now));
  }

  /**
   * What a recipient may pass on of a record it holds: no more than it holds (fields, use,
   * expiry), within the owner's agreement with it, and only first-hand.
   */
  private async onwardTerms(ctx: RequestContext, type: RecordType, record: RecordEntity) {
    const upstream = await agreementInForce(ctx.manager, record.ownerAgencyId, ctx.agencyId);
    if (!upstream?.onwardSharingAllowed) throw AppError.forbidden('You may not share this record');
    // The `share` rule has made sure an approval-based holding is the owner's own share.
    const parent = upstream.approvalRequired ? record.sharing! : null;
    return {
      upstream,
      fields: [...ctx.readableFields(RECORD_SUBJECT_OF[type], record, [...SHAREABLE_FIELDS[type]])],
      maxTlp: onwardMaxTlp(upstream.maxTlp),
      parentShareId: parent?.requestId ?? null,
      uses: parent ? SHARE_USE_ORDER.slice(0, SHARE_USE_ORDER.indexOf(parent.use) + 1) : upstream.permittedUses,
      expiryCaps: [lastMomentOf(upstream), parent?.expiresAt ?? null],
    };
  }

  private async pending(ctx: RequestContext, id: string): Promise<ShareEntity> {
    const row = await lockedShare(ctx, id, 'decide');
    if (row.status !== ShareStatus.PENDING) throw AppError.conflict(`The request is ${row.status}, no longer PENDING`);
    return row;
  }
}
