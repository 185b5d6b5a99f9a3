import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CaseConnection } from './case-connection.type';
import { CaseFilter, CreateCaseInput, UpdateCaseInput } from './case.inputs';
import { CaseService } from './case.service';
import { Case } from './case.type';

@Resolver(() => Case)
export class CaseResolver {
  constructor(private readonly caseService: CaseService) {}

  @Can('read', 'Case')
  @Query(() => Case, { name: 'case', nullable: true, description: 'Null when unknown or not visible to the viewer: the same answer.' })
  findCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Case | null> {
    return this.caseService.findById(ctx, id);
  }

  @Can('read', 'Case')
  @Query(() => CaseConnection)
  cases(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter: CaseFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CaseConnection> {
    return this.caseService.list(ctx, filter, { first, after });
  }

  @Can('create', 'Case')
  @Transactional()
  @Mutation(() => Case)
  createCase(@Ctx() ctx: RequestContext, @Args('input') input: CreateCaseInput): Promise<Case> {
    return this.caseService.create(ctx, input);
  }

  @Can('update', 'Case')
  @Transactional()
  @Mutation(() => Case)
  updateCase(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseInput,
  ): Promise<Case> {
    return this.caseService.update(ctx, id, input);
  }
}
