import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CreateSuspectInput, SuspectFilter, UpdateSuspectInput } from './suspect.inputs';
import { SuspectConnection } from './suspect-connection.type';
import { Suspect } from './suspect.type';
import { SuspectService } from './suspect.service';

@Resolver(() => Suspect)
export class SuspectResolver {
  constructor(private readonly suspectService: SuspectService) {}

  @Can('read', 'Suspect')
  @Query(() => Suspect, { nullable: true, description: 'Null when unknown or not visible to the viewer: the same answer.' })
  suspect(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Suspect | null> {
    return this.suspectService.findById(ctx, id);
  }

  @Can('read', 'Suspect')
  @Query(() => SuspectConnection)
  suspects(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => SuspectFilter, nullable: true }) filter: SuspectFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SuspectConnection> {
    return this.suspectService.list(ctx, filter, { first, after });
  }

  @Can('create', 'Suspect')
  @Transactional()
  @Mutation(() => Suspect)
  createSuspect(@Ctx() ctx: RequestContext, @Args('input') input: CreateSuspectInput): Promise<Suspect> {
    return this.suspectService.create(ctx, input);
  }

  @Can('update', 'Suspect')
  @Transactional()
  @Mutation(() => Suspect)
  updateSuspect(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSuspectInput,
  ): Promise<Suspect> {
    return this.suspectService.update(ctx, id, input);
  }
}
