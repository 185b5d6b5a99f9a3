import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { WarrantChangeFeedService } from './warrant-change-feed.service';
import { WarrantSyncService } from './warrant-sync.service';
import { SyncWarrantStatusesArgs, WarrantChangePage, WarrantSyncResult } from './warrant-sync.types';

@Resolver()
export class WarrantSyncResolver {
  constructor(
    private readonly sync: WarrantSyncService,
    private readonly feed: WarrantChangeFeedService,
  ) {}

  @Can('update', 'Warrant')
  @Transactional()
  @Mutation(() => WarrantSyncResult, {
    description: 'Integration scripts (scope warrants:sync): up to 5,000 status updates, each with its own outcome.',
  })
  syncWarrantStatuses(
    @Ctx() ctx: RequestContext,
    @Args() { updates }: SyncWarrantStatusesArgs,
  ): Promise<WarrantSyncResult> {
    return this.sync.sync(ctx, updates);
  }

  @Can('read', 'Warrant')
  @Query(() => WarrantChangePage, { description: 'Changes to the warrants the caller may see, in commit-safe order.' })
  warrantChanges(
    @Ctx() ctx: RequestContext,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The endCursor of the previous page; left out: from the beginning.',
    })
    after: string | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'At most this many changes (1 to 100, default 20).',
    })
    first: number | null,
  ): Promise<WarrantChangePage> {
    return this.feed.changes(ctx, after, first);
  }
}
