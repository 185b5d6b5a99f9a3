import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { SubmitTipInput, TipFilter, TriageTipInput } from './tip.inputs';
import { TipConnection } from './tip-connection.type';
import { Tip } from './tip.type';
import { TipService } from './tip.service';
import { orderGiven, PageArgs } from '@app/core';
import { TipOrder } from '../records/record-order';

@Resolver(() => Tip)
export class TipResolver {
  constructor(private readonly tipService: TipService) {}

  @Can('read', 'Tip')
  @Query(() => Tip, { nullable: true, description: 'Null when unknown or not visible to the viewer: the same answer.' })
  tip(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The tip's id." }) id: string,
  ): Promise<Tip | null> {
    return this.tipService.findById(ctx, id);
  }

  @Can('read', 'Tip')
  @Query(() => TipConnection, {
    description:
      "The intake queue: the agency's own tips by priority (LIFE_THREATENING, URGENT, ROUTINE), then newest first; partners' shared tips as routine.",
  })
  tips(
    @Ctx() ctx: RequestContext,
    // typed without `| null` so its design type is TipFilter and the validation pipe checks it
    @Args('filter', {
      type: () => TipFilter,
      nullable: true,
      description: 'Narrows the queue; none: every tip you may see.',
    })
    filter: TipFilter,
    @Args() page: PageArgs,
    @Args('orderBy', {
      type: () => TipOrder,
      nullable: true,
      description: "How to order the list; left out: the list's default order.",
    })
    orderBy: TipOrder,
  ): Promise<TipConnection> {
    return this.tipService.list(ctx, filter, page, orderGiven(orderBy));
  }

  @Can('create', 'Tip')
  @Transactional()
  @Mutation(() => Tip, { description: 'Intake officers record a tip from the hotline, WhatsApp, the web form...' })
  submitTip(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The tip.' }) input: SubmitTipInput,
  ): Promise<Tip> {
    return this.tipService.submit(ctx, input);
  }

  @Can('update', 'Tip')
  @Transactional()
  @Mutation(() => Tip, {
    description: "Intake officers triage one of their agency's tips: status, priority, grading, mentions, markings.",
  })
  triageTip(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The tip's id." }) id: string,
    @Args('input', { description: 'What to change.' }) input: TriageTipInput,
  ): Promise<Tip> {
    return this.tipService.triage(ctx, id, input);
  }
}
