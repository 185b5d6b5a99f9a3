import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { RequestContext, whereAccessible } from '@app/auth';
import { requiredText } from '@app/cases';
import { AppError, isUuid, newId } from '@app/core';
import { ReferralFeedbackEntity } from './referral-feedback.entity';
import { ReferralFeedback, ReferralFeedbackArgs } from './referral-feedback.type';
import { ShareEntity } from './share.entity';

/**
 * The recipient of a referred tip reports back to the referring agency (the `feedback` rule:
 * the recipient of a share of a tip, approved then or now); both sides of the share read it.
 */
@Injectable()
export class ReferralFeedbackService {
  async add(ctx: RequestContext, args: ReferralFeedbackArgs): Promise<ReferralFeedback> {
    const body = requiredText('body', args.body);
    const qb = ctx.manager.getRepository(ShareEntity).createQueryBuilder('s');
    const share =
      isUuid(args.requestId) && whereAccessible(qb, ctx.ability, 'read', 'SharingRequest')
        ? await qb.andWhere('s.id = :id', { id: args.requestId }).getOne()
        : null;
    // A share the actor's agency is no party to does not exist for it.
    if (!share) throw AppError.notFound('sharing request');
    if (!ctx.can('feedback', 'SharingRequest', share))
      throw AppError.forbidden('Only the recipient of a referred tip reports back on it');
    const row: ReferralFeedbackEntity = {
      id: newId(),
      shareId: share.id,
      authorId: ctx.requiredActor.id,
      outcome: args.outcome,
      body,
      createdAt: new Date(),
    };
    await ctx.manager.getRepository(ReferralFeedbackEntity).insert(row);
    ctx.audit({
      action: 'REFERRAL_FEEDBACK',
      recordType: share.recordType,
      recordId: share.recordId,
      recordOwnerAgencyId: share.ownerAgencyId,
      detail: { requestId: share.id, outcome: args.outcome },
    });
    return view(row);
  }

  /** The feedback on a share its parties read, oldest first, batched per request. */
  ofShare(ctx: RequestContext, shareId: string): Promise<ReferralFeedback[]> {
    return ctx
      .loader<string, ReferralFeedback[]>('SharingRequest:feedback', async (shareIds) => {
        const rows = await ctx.manager
          .getRepository(ReferralFeedbackEntity)
          .find({ where: { shareId: In([...shareIds]) }, order: { id: 'ASC' } });
        return shareIds.map((id) => rows.filter((row) => row.shareId === id).map(view));
      })
      .load(shareId);
  }
}

function view(row: ReferralFeedbackEntity): ReferralFeedback {
  return {
    id: row.id,
    requestId: row.shareId,
    outcome: row.outcome,
    body: row.body,
    at: row.createdAt,
    authorId: row.authorId,
  };
}
