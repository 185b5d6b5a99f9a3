import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { In } from 'typeorm';
import {
  Agency,
  Can,
  Ctx,
  RequestContext,
  Transactional,
  User,
  UserEntity,
  UsersService,
  whereAccessible,
} from '@app/auth';
import { AgreementEntity } from '../agreements/agreement.entity';
import { ReferralFeedback, ReferralFeedbackArgs } from './referral-feedback.type';
import { ReferralFeedbackService } from './referral-feedback.service';
import { fieldsAllowedBy } from './share-terms';
import { ShareDecisionsService } from './share-decisions.service';
import { ShareEntity } from './share.entity';
import { sharingRequestView } from './share-requests.service';
import { ShareRequestsService } from './share-requests.service';
import {
  ApproveShareArgs,
  OfferShareArgs,
  ReferTipArgs,
  RequestShareArgs,
  ShareDecisionArgs,
  SharingRequestsArgs,
} from './sharing.inputs';
import { SharingRequest, SharingRequestStatus } from './sharing-request.type';

/** Share requests and decisions; who may do what is decided by the ability, row by row, in the services. */
@Resolver(() => SharingRequest)
export class SharingRequestResolver {
  constructor(
    private readonly requests: ShareRequestsService,
    private readonly decisions: ShareDecisionsService,
    private readonly users: UsersService,
    private readonly feedback: ReferralFeedbackService,
  ) {}

  @Can('read', 'SharingRequest')
  @Query(() => [SharingRequest], { description: "A liaison's inbox (INCOMING) or outbox (OUTGOING), newest first." })
  sharingRequests(@Ctx() ctx: RequestContext, @Args() args: SharingRequestsArgs): Promise<SharingRequest[]> {
    return this.requests.list(ctx, args);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, { description: "Ask the owner's liaison for a record (e.g. found by discovery)." })
  requestShare(@Ctx() ctx: RequestContext, @Args() args: RequestShareArgs): Promise<SharingRequest> {
    return this.requests.request(ctx, args);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, {
    description: 'The requester (or a liaison of its agency) takes back a pending request.',
  })
  withdrawShareRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The pending request's id." }) id: string,
  ): Promise<SharingRequest> {
    return this.requests.withdraw(ctx, id);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, {
    description: "The owner's liaison approves: granted fields, expiry and permitted use within the agreement.",
  })
  approveShareRequest(@Ctx() ctx: RequestContext, @Args() args: ApproveShareArgs): Promise<SharingRequest> {
    return this.decisions.approve(ctx, args);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, { description: "The owner's liaison denies, saying why." })
  denyShareRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The pending request's id." }) id: string,
    @Args() { reason }: ShareDecisionArgs,
  ): Promise<SharingRequest> {
    return this.decisions.deny(ctx, id, reason);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, {
    description: "The owner's (or passing-on provider's) liaison ends an approved share at once, saying why.",
  })
  revokeShare(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID, description: "The approved share's id." }) requestId: string,
    @Args() { reason }: ShareDecisionArgs,
  ): Promise<SharingRequest> {
    return this.decisions.revoke(ctx, requestId, reason);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, {
    description: 'A liaison shares a record with a partner agency without being asked (approved at once).',
  })
  offerShare(@Ctx() ctx: RequestContext, @Args() args: OfferShareArgs): Promise<SharingRequest> {
    return this.decisions.offer(ctx, args);
  }

  @Can('read', 'SharingRequest')
  @Transactional()
  @Mutation(() => SharingRequest, {
    description:
      'Intake refers a tip to a partner agency: shared under the sharing rules (never the tipster); the tip reads REFERRED.',
  })
  referTip(@Ctx() ctx: RequestContext, @Args() args: ReferTipArgs): Promise<SharingRequest> {
    return this.decisions.referTip(ctx, args);
  }

  @Can('feedback', 'SharingRequest')
  @Transactional()
  @Mutation(() => ReferralFeedback, {
    description: 'The recipient of a referred tip tells the referring agency what came of it (both sides read it).',
  })
  addReferralFeedback(@Ctx() ctx: RequestContext, @Args() args: ReferralFeedbackArgs): Promise<ReferralFeedback> {
    return this.feedback.add(ctx, args);
  }

  @ResolveField(() => [ReferralFeedback], {
    description: 'What the recipient of a referred tip reported back, oldest first.',
  })
  referralFeedback(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<ReferralFeedback[]> {
    return this.feedback.ofShare(ctx, request.id);
  }

  @ResolveField(() => [SharingRequest], {
    description: 'A referral: the shares of the people the tip names that went with it.',
  })
  async subjectShares(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<SharingRequest[]> {
    if (request.subjectShares) return request.subjectShares;
    const qb = ctx.manager.getRepository(ShareEntity).createQueryBuilder('s');
    if (!whereAccessible(qb, ctx.ability, 'read', 'SharingRequest')) return [];
    const rows = await qb.andWhere('s.carried_with_share_id = :id', { id: request.id }).orderBy('s.id').getMany();
    return rows.map((row) => sharingRequestView(row));
  }

  @ResolveField(() => Agency)
  requestingAgency(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<Agency> {
    return this.users.agency(ctx, request.requestingAgencyId);
  }

  @ResolveField(() => Agency)
  owningAgency(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<Agency> {
    return this.users.agency(ctx, request.owningAgencyId);
  }

  @ResolveField(() => Agency)
  providingAgency(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<Agency> {
    return this.users.agency(ctx, request.providingAgencyId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The person who asked; null for offers and referrals.' })
  requestedBy(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<User | null> {
    if (!request.requestedById) return Promise.resolve(null);
    return ctx
      .loader<string, UserEntity | null>('share-requesters', async (ids) => {
        const rows = await ctx.manager.getRepository(UserEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      })
      .load(request.requestedById);
  }

  @ResolveField(() => [String], {
    nullable: true,
    description:
      'A pending request, for the providing agency: the fields an approval may grant (asked for, and allowed by the agreement). Null for anyone else.',
  })
  async grantableFields(@Ctx() ctx: RequestContext, @Parent() request: SharingRequest): Promise<string[] | null> {
    if (request.status !== SharingRequestStatus.PENDING || request.providingAgencyId !== ctx.agencyId) return null;
    const agreement = await ctx
      .loader<string, AgreementEntity>('share-agreements', async (ids) => {
        const rows = await ctx.manager.getRepository(AgreementEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((row) => row.id === id) ?? new Error(`agreement ${id} missing`));
      })
      .load(request.agreementId);
    return fieldsAllowedBy(agreement, request.recordType).filter(
      (field) => !request.requestedFields || request.requestedFields.includes(field),
    );
  }
}
