import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CaseConnection } from './case-connection.type';
import { CaseFilter, CreateCaseInput, UpdateCaseInput } from './case.inputs';
import { CaseService } from './case.service';
import { Case } from './case.type';
import { orderGiven, PageArgs } from '@app/core';
import { CaseOrder } from '../records/record-order';

@Resolver(() => Case)
export class CaseResolver {
  constructor(private readonly caseService: CaseService) {}

  @Can('read', 'Case')
  @Query(() => Case, {
    name: 'case',
    nullable: true,
    description: 'Null when unknown or not visible to the viewer: the same answer.',
  })
  findCase(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The case's id." }) id: string,
  ): Promise<Case | null> {
    return this.caseService.findById(ctx, id);
  }

  @Can('read', 'Case')
  @Query(() => CaseConnection, {
    description: "The cases you may see (your agency's and those it takes part in), newest first.",
  })
  cases(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => CaseFilter,
      nullable: true,
      description: 'Narrows the list; none: every case you may see.',
    })
    filter: CaseFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args() page: PageArgs,
    @Args('orderBy', {
      type: () => CaseOrder,
      nullable: true,
      description: "How to order the list; left out: the list's default order.",
    })
    orderBy: CaseOrder,
  ): Promise<CaseConnection> {
    return this.caseService.list(ctx, filter, page, orderGiven(orderBy));
  }

  @Can('create', 'Case')
  @Transactional()
  @Mutation(() => Case, { description: 'Opens a case of your agency (analysts, investigators).' })
  createCase(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new case.' }) input: CreateCaseInput,
  ): Promise<Case> {
    return this.caseService.create(ctx, input);
  }

  @Can('update', 'Case')
  @Transactional()
  @Mutation(() => Case, {
    description: "Changes a case's own fields, from the version you read (CONFLICT when it changed since).",
  })
  updateCase(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The case's id." }) id: string,
    @Args('input', { description: 'The fields to change, and the version they were made from.' })
    input: UpdateCaseInput,
  ): Promise<Case> {
    return this.caseService.update(ctx, id, input);
  }
}
