import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, SubjectName } from '@app/auth';
import { CampaignService } from '@app/campaigns';
import { CaseService, OrganizationService, SuspectService, TipService, WarrantService } from '@app/cases';
import { AppError, RelayNode } from '@app/core';

/** At most this many ids in one `nodes(ids:)`: each may try every type's lookup. */
export const MAX_NODE_IDS = 100;

interface NodeLookup {
  typename: string;
  /** The type-level policy of the type's own query (`@Can('read', subject)`). */
  subject: SubjectName;
  find(ctx: RequestContext, id: string): Promise<{ id: string } | null>;
}

type FoundNode = RelayNode & { __typename: string };

/**
 * Relay's `node(id:)` and `nodes(ids:)`. A global id is a record's own UUID (unique across the
 * tables), so the type is found by asking each type's own lookup in turn, the one its query
 * calls (`suspect(id:)` → SuspectService.findById): the same visibility and redaction, and a
 * hidden id answers null like an unknown one after the same lookups. A type whose query the
 * actor may not call at all (FORBIDDEN there) is not asked.
 */
@Resolver(() => RelayNode)
export class NodeResolver {
  private readonly lookups: NodeLookup[];

  constructor(
    suspects: SuspectService,
    organizations: OrganizationService,
    warrants: WarrantService,
    tips: TipService,
    cases: CaseService,
    campaigns: CampaignService,
  ) {
    this.lookups = [
      { typename: 'Suspect', subject: 'Suspect', find: (ctx, id) => suspects.findById(ctx, id) },
      { typename: 'Organization', subject: 'Organization', find: (ctx, id) => organizations.findById(ctx, id) },
      { typename: 'Warrant', subject: 'Warrant', find: (ctx, id) => warrants.findById(ctx, id) },
      { typename: 'Tip', subject: 'Tip', find: (ctx, id) => tips.findById(ctx, id) },
      { typename: 'Case', subject: 'Case', find: (ctx, id) => cases.findById(ctx, id) },
      { typename: 'WantedCampaign', subject: 'Campaign', find: (ctx, id) => campaigns.findById(ctx, id) },
    ];
  }

  // Every actor may read agencies: this lets any logged-in caller in; each type's own policy is checked per lookup.
  @Can('read', 'Agency')
  @Query(() => RelayNode, {
    nullable: true,
    description:
      "The record with this id, whatever its type, exactly as its type's own lookup (`suspect(id:)`, `case(id:)`, ...) answers it: withheld fields null and named in redactedFields; null when unknown or not visible to you (the same answer).",
  })
  node(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A record id (a UUID), as `id` reads on any Node.' }) id: string,
  ): Promise<FoundNode | null> {
    return this.find(ctx, id);
  }

  @Can('read', 'Agency')
  @Query(() => [RelayNode], {
    nullable: 'items',
    description: `Each id as \`node(id:)\` answers it, in the order given: null for one unknown or not visible to you. At most ${MAX_NODE_IDS} ids.`,
  })
  async nodes(
    @Ctx() ctx: RequestContext,
    @Args('ids', {
      type: () => [ID],
      description: `Record ids (UUIDs), at most ${MAX_NODE_IDS}; repeats are answered each time.`,
    })
    ids: string[],
  ): Promise<(FoundNode | null)[]> {
    if (ids.length > MAX_NODE_IDS) throw AppError.badInput('ids', `at most ${MAX_NODE_IDS} ids`);
    const found: (FoundNode | null)[] = [];
    for (const id of ids) found.push(await this.find(ctx, id));
    return found;
  }

  private async find(ctx: RequestContext, id: string): Promise<FoundNode | null> {
    for (const lookup of this.lookups) {
      if (!ctx.ability.can('read', lookup.subject)) continue;
      const found = await lookup.find(ctx, id);
      if (found) return { ...found, __typename: lookup.typename };
    }
    return null;
  }
}
