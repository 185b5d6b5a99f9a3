import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CreateWarrantInput, UpdateWarrantInput, WarrantFilter } from './warrant.inputs';
import { WarrantConnection } from './warrant-connection.type';
import { Warrant } from './warrant.type';
import { WarrantService } from './warrant.service';

@Resolver(() => Warrant)
export class WarrantResolver {
  constructor(private readonly warrantService: WarrantService) {}

  @Can('read', 'Warrant')
  @Query(() => Warrant, { nullable: true, description: 'Null when unknown or not visible to the viewer: the same answer.' })
  warrant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Warrant | null> {
    return this.warrantService.findById(ctx, id);
  }

  @Can('read', 'Warrant')
  @Query(() => WarrantConnection)
  warrants(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => WarrantFilter, nullable: true }) filter: WarrantFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<WarrantConnection> {
    return this.warrantService.list(ctx, filter, { first, after });
  }

  @Can('create', 'Warrant')
  @Transactional()
  @Mutation(() => Warrant)
  createWarrant(@Ctx() ctx: RequestContext, @Args('input') input: CreateWarrantInput): Promise<Warrant> {
    return this.warrantService.create(ctx, input);
  }

  @Can('update', 'Warrant')
  @Transactional()
  @Mutation(() => Warrant)
  updateWarrant(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWarrantInput,
  ): Promise<Warrant> {
    return this.warrantService.update(ctx, id, input);
  }
}
