import { Injectable } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { RequestContext, UsersService, whereAccessible } from '@app/auth';
import { AppError, forPurpose, isUniqueViolation, isUuid, newId, Tlp } from '@app/core';
import { stricterTlp } from '../agreements/agreement-rules.contributor';
import { agreementInForce } from '../agreements/agreements-in-force';
import { ShareEntity, ShareOrigin, ShareStatus } from './share.entity';
import { ShareNotifications } from './share-notifications';
import { fieldsAllowedBy, grantedFields } from './share-terms';
import { SHARED_RECORDS } from './shared-records';
import { RequestShareArgs, SharingRequestsArgs } from './sharing.inputs';
import { SharingDirection, SharingRequest, SharingRequestStatus } from './sharing-request.type';

const ONE_PENDING_INDEX = 'shares_one_pending_idx';
const DEFAULT_PAGE = 100;

/** A share as its parties see it; an approved share past its expiry reads EXPIRED. */
export function sharingRequestView(row: ShareEntity, now = new Date()): SharingRequest {
  const expired =
    row.status === ShareStatus.APPROVED && row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime();
  return {
    id: row.id,
    recordType: row.recordType,
    recordId: row.recordId,
    requestingAgencyId: row.recipientAgencyId,
    owningAgencyId: row.ownerAgencyId,
    providingAgencyId: row.providerAgencyId,
    origin: row.origin,
    purpose: row.purpose,
    status: expired ? SharingRequestStatus.EXPIRED : (row.status as unknown as SharingRequestStatus),
    requestedFields: row.requestedFields,
    grantedFields: row.status === ShareStatus.PENDING ? null : row.grantedFields,
    use: row.use,
    expiresAt: row.expiresAt,
    decisionReason: row.decisionReason,
    parentRequestId: row.parentShareId,
    carriedWithRequestId: row.carriedWithShareId,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    requestedById: row.requestedBy,
    agreementId: row.agreementId,
  };
}

/** The recipient's side: asking for a record, taking the request back, and both sides' lists. */
@Injectable()
export class ShareRequestsService {
  constructor(
    private readonly users: UsersService,
    private readonly notices: ShareNotifications,
  ) {}

  /** The inbox (INCOMING) or outbox (OUTGOING) of the actor's agency, newest first. */
  async list(ctx: RequestContext, args: SharingRequestsArgs): Promise<SharingRequest[]> {
    const qb = ctx.manager.getRepository(ShareEntity).createQueryBuilder('s');
    if (!whereAccessible(qb, ctx.ability, 'read', 'SharingRequest')) return [];
    const agency = { agency: ctx.agencyId };
    if (args.direction === SharingDirection.INCOMING)
      qb.andWhere('(s.provider_agency_id = :agency OR s.owner_agency_id = :agency)', agency);
    else qb.andWhere('s.recipient_agency_id = :agency', agency);
    switch (args.status) {
      case null:
      case undefined:
        break;
      case SharingRequestStatus.APPROVED:
        qb.andWhere("s.status = 'APPROVED' AND (s.expires_at IS NULL OR s.expires_at > now())");
        break;
      case SharingRequestStatus.EXPIRED:
        qb.andWhere("s.status = 'APPROVED' AND s.expires_at <= now()");
        break;
      default:
        qb.andWhere('s.status = :status', { status: args.status });
    }
    if (args.after) qb.andWhere('s.id < :after', { after: args.after });
    const rows = await qb
      .orderBy('s.id', 'DESC')
      .limit(args.first ?? DEFAULT_PAGE)
      .getMany();
    return rows.map((row) => sharingRequestView(row));
  }

  /**
   * Asks the owner for a record the actor's agency may request (an approval-based agreement in
   * force covers it and its markings allow it: the `request` rules, in SQL). Anything else is
   * NOT_FOUND, as for an unknown id: a request must not confirm that a hidden record exists.
   */
  async request(ctx: RequestContext, args: RequestShareArgs): Promise<SharingRequest> {
    const purpose = args.purpose.trim();
    if (!purpose) throw AppError.badInput('purpose', 'must say why the record is needed');
    const records = SHARED_RECORDS[args.recordType];
    const qb = isUuid(args.recordId) ? records.visible(ctx, 'request') : null;
    // A record one may ask for is not one to read: the database shows it to this query alone.
    const record = qb
      ? await forPurpose(ctx.manager, 'request', () => qb.andWhere('r.id = :id', { id: args.recordId }).getOne())
      : null;
    if (!record) throw AppError.notFound('record');
    // The `request` rule came from this agreement; re-read it whole for its terms.
    const agreement = await agreementInForce(ctx.manager, record.ownerAgencyId, ctx.agencyId);
    if (!agreement?.approvalRequired || !agreement.recordTypes.includes(args.recordType))
      throw AppError.notFound('record');
    const requestedFields = args.fields
      ? grantedFields(args.recordType, args.fields, fieldsAllowedBy(agreement, args.recordType))
      : null;
    // Through the request's agency loader: one query, reused by the answer's agency fields.
    const [provider, recipient] = await Promise.all([
      this.users.agency(ctx, record.ownerAgencyId),
      this.users.agency(ctx, ctx.agencyId),
    ]);
    const row = ctx.manager.getRepository(ShareEntity).create({
      id: newId(),
      recordType: args.recordType,
      recordId: record.id,
      ownerAgencyId: record.ownerAgencyId,
      providerAgencyId: record.ownerAgencyId,
      providerCountry: provider.country,
      recipientAgencyId: ctx.agencyId,
      recipientCountry: recipient.country,
      agreementId: agreement.id,
      upstreamAgreementId: null,
      parentShareId: null,
      carriedWithShareId: null,
      origin: ShareOrigin.REQUEST,
      purpose,
      requestedFields,
      status: ShareStatus.PENDING,
      grantedFields: [],
      use: null,
      maxTlp: stricterTlp(agreement.maxTlp, Tlp.AMBER_STRICT),
      expiresAt: null,
      decisionReason: null,
      requestedBy: ctx.requiredActor.id,
      decidedBy: null,
      decidedAt: null,
    });
    try {
      await ctx.manager.getRepository(ShareEntity).insert(row);
    } catch (error) {
      if (isUniqueViolation(error, ONE_PENDING_INDEX))
        throw AppError.conflict('Your agency already has a pending request for this record');
      throw error;
    }
    auditShare(ctx, AuditAction.SHARE_REQUESTED, row);
    await this.notices.requested(ctx, row);
    return sharingRequestView(row);
  }

  /** The requester, or a liaison of the requesting agency, takes back a pending request. */
  async withdraw(ctx: RequestContext, id: string): Promise<SharingRequest> {
    const row = await lockedShare(ctx, id, 'withdraw');
    if (row.status !== ShareStatus.PENDING) throw AppError.conflict(`The request is ${row.status}, no longer PENDING`);
    return closeShare(ctx, row, ShareStatus.WITHDRAWN, null, AuditAction.SHARE_WITHDRAWN);
  }
}

/**
 * A share to act on, locked for the rest of the transaction. A party that may not take the
 * action gets FORBIDDEN; anyone who may not know the share exists, NOT_FOUND.
 */
export async function lockedShare(
  ctx: RequestContext,
  id: string,
  action: 'decide' | 'withdraw',
): Promise<ShareEntity> {
  const qb = ctx.manager.getRepository(ShareEntity).createQueryBuilder('s');
  const row =
    isUuid(id) && whereAccessible(qb, ctx.ability, 'read', 'SharingRequest')
      ? await qb.andWhere('s.id = :id', { id }).setLock('pessimistic_write').getOne()
      : null;
  if (!row) throw AppError.notFound('sharing request');
  ctx.assertCan(action, 'SharingRequest', row, 'sharing request');
  return row;
}

/** Ends a share (or request) with `status`, audited for the record's owner. */
export async function closeShare(
  ctx: RequestContext,
  row: ShareEntity,
  status: ShareStatus,
  reason: string | null,
  action: AuditAction,
): Promise<SharingRequest> {
  const decided = { status, decisionReason: reason, decidedBy: ctx.requiredActor.id, decidedAt: new Date() };
  await ctx.manager.getRepository(ShareEntity).update({ id: row.id }, decided);
  const closed = { ...row, ...decided };
  auditShare(ctx, action, closed);
  return sharingRequestView(closed);
}

/** Every sharing step goes to the audit log under the record, so its owner sees the chain. */
export function auditShare(ctx: RequestContext, action: AuditAction, row: ShareEntity): void {
  ctx.audit({
    action,
    recordType: row.recordType,
    recordId: row.recordId,
    recordOwnerAgencyId: row.ownerAgencyId,
    detail: {
      requestId: row.id,
      providerAgencyId: row.providerAgencyId,
      recipientAgencyId: row.recipientAgencyId,
      ...(row.status === ShareStatus.APPROVED
        ? { fields: row.grantedFields, use: row.use, expiresAt: row.expiresAt }
        : {}),
      ...(row.decisionReason ? { reason: row.decisionReason } : {}),
      ...(row.status === ShareStatus.PENDING ? { purpose: row.purpose } : {}),
    },
  });
}
