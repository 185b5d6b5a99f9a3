import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CreateSuspectInput, SuspectFilter, UpdateSuspectInput } from './suspect.inputs';
import { SuspectConnection } from './suspect-connection.type';
import { Suspect } from './suspect.type';
import { SuspectService } from './suspect.service';
import { orderGiven, PageArgs } from '@app/core';
import { SuspectOrder } from '../records/record-order';

@Resolver(() => Suspect)
export class SuspectResolver {
  constructor(private readonly suspectService: SuspectService) {}

  @Can('read', 'Suspect')
  @Query(() => Suspect, {
    nullable: true,
    description: 'Null when unknown or not visible to the viewer: the same answer.',
  })
  suspect(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The suspect's id." }) id: string,
  ): Promise<Suspect | null> {
    return this.suspectService.findById(ctx, id);
  }

  @Can('read', 'Suspect')
  @Query(() => SuspectConnection, {
    description: 'The suspects you may see, newest first; with a search, best matches first.',
  })
  suspects(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => SuspectFilter,
      nullable: true,
      description: 'Narrows the list; none: every suspect you may see.',
    })
    filter: SuspectFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args() page: PageArgs,
    @Args('orderBy', {
      type: () => SuspectOrder,
      nullable: true,
      description:
        "How to order the list; left out: the list's default order. With a search, the key first, then best matches.",
    })
    orderBy: SuspectOrder,
  ): Promise<SuspectConnection> {
    return this.suspectService.list(ctx, filter, page, orderGiven(orderBy));
  }

  @Can('create', 'Suspect')
  @Transactional()
  @Mutation(() => Suspect, { description: 'Creates a suspect of your agency (analysts, investigators).' })
  createSuspect(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new suspect.' }) input: CreateSuspectInput,
  ): Promise<Suspect> {
    return this.suspectService.create(ctx, input);
  }

  @Can('update', 'Suspect')
  @Transactional()
  @Mutation(() => Suspect, {
    description: "Changes one of your agency's suspects: the fields given change, the others stay.",
  })
  updateSuspect(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The suspect's id." }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateSuspectInput,
  ): Promise<Suspect> {
    return this.suspectService.update(ctx, id, input);
  }
}
