import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CreateWarrantInput, UpdateWarrantInput, WarrantFilter } from './warrant.inputs';
import { WarrantConnection } from './warrant-connection.type';
import { Warrant } from './warrant.type';
import { WarrantService } from './warrant.service';
import { orderGiven, PageArgs } from '@app/core';
import { WarrantOrder } from '../records/record-order';

@Resolver(() => Warrant)
export class WarrantResolver {
  constructor(private readonly warrantService: WarrantService) {}

  @Can('read', 'Warrant')
  @Query(() => Warrant, {
    nullable: true,
    description: 'Null when unknown or not visible to the viewer: the same answer.',
  })
  warrant(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The warrant's id." }) id: string,
  ): Promise<Warrant | null> {
    return this.warrantService.findById(ctx, id);
  }

  @Can('read', 'Warrant')
  @Query(() => WarrantConnection, { description: 'The warrants you may see, newest first.' })
  warrants(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => WarrantFilter,
      nullable: true,
      description: 'Narrows the list; none: every warrant you may see.',
    })
    filter: WarrantFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args() page: PageArgs,
    @Args('orderBy', {
      type: () => WarrantOrder,
      nullable: true,
      description: "How to order the list; left out: the list's default order.",
    })
    orderBy: WarrantOrder,
  ): Promise<WarrantConnection> {
    return this.warrantService.list(ctx, filter, page, orderGiven(orderBy));
  }

  @Can('create', 'Warrant')
  @Transactional()
  @Mutation(() => Warrant, {
    description: 'Creates a warrant of your agency for one of its suspects (analysts, investigators).',
  })
  createWarrant(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new warrant.' }) input: CreateWarrantInput,
  ): Promise<Warrant> {
    return this.warrantService.create(ctx, input);
  }

  @Can('update', 'Warrant')
  @Transactional()
  @Mutation(() => Warrant, {
    description: "Changes one of your agency's warrants: the fields given change, the others stay.",
  })
  updateWarrant(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The warrant's id." }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateWarrantInput,
  ): Promise<Warrant> {
    return this.warrantService.update(ctx, id, input);
  }
}
