import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, SubjectName } from '@app/auth';
import { CampaignService } from '@app/campaigns';
import { CaseService, OrganizationService, SuspectService, TipService, WarrantService } from '@app/cases';
import { AppError, isUuid, RelayNode } from '@app/core';

/** At most this many ids in one `nodes(ids:)`. */
export const MAX_NODE_IDS = 100;

interface NodeLookup {
  typename: string;
  /** The type-level policy of the type's own query (`@Can('read', subject)`). */
  subject: SubjectName;
  /** The visible ones of `ids`, as the type's own lookup answers each: one query for all of them. */
  findMany(ctx: RequestContext, ids: string[]): Promise<Map<string, { id: string }>>;
}

/** A record type's lookup in bulk: its rows through the one door (RecordQueries), each as its service's view. */
function viewsOf<R, V extends { id: string }>(
  records: { loadMany(ctx: RequestContext, ids: string[]): Promise<Map<string, R>> },
  view: (ctx: RequestContext, row: R) => V,
): NodeLookup['findMany'] {
  return async (ctx, ids) => new Map([...(await records.loadMany(ctx, ids))].map(([id, row]) => [id, view(ctx, row)]));
}

type FoundNode = RelayNode & { __typename: string };

/**
 * Relay's `node(id:)` and `nodes(ids:)`. A global id is a record's own UUID (unique across the
 * tables), so the type is found by asking each type's lookup in turn, in bulk for every id not
 * found yet (the rows its query reads, through the same door, as its service's view): the same
 * visibility and redaction, at most one query per type however many ids, and a hidden id answers
 * null like an unknown one after the same lookups. A type whose query the actor may not call at
 * all (FORBIDDEN there) is not asked.
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
      {
        typename: 'Suspect',
        subject: 'Suspect',
        findMany: viewsOf(suspects.records, (ctx, row) => suspects.view(ctx, row)),
      },
      {
        typename: 'Organization',
        subject: 'Organization',
        findMany: viewsOf(organizations.records, (ctx, row) => organizations.view(ctx, row)),
      },
      {
        typename: 'Warrant',
        subject: 'Warrant',
        findMany: viewsOf(warrants.records, (ctx, row) => warrants.view(ctx, row)),
      },
      { typename: 'Tip', subject: 'Tip', findMany: viewsOf(tips.records, (ctx, row) => tips.view(ctx, row)) },
      { typename: 'Case', subject: 'Case', findMany: viewsOf(cases.records, (ctx, row) => cases.view(ctx, row)) },
      { typename: 'WantedCampaign', subject: 'Campaign', findMany: (ctx, ids) => campaigns.findByIds(ctx, ids) },
    ];
  }

  // Every actor may read agencies: this lets any logged-in caller in; each type's own policy is checked per lookup.
  @Can('read', 'Agency')
  @Query(() => RelayNode, {
    nullable: true,
    description:
      "The record with this id, whatever its type, exactly as its type's own lookup (`suspect(id:)`, `case(id:)`, ...) answers it: withheld fields null and named in redactedFields; null when unknown or not visible to you (the same answer).",
  })
  async node(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A record id (a UUID), as `id` reads on any Node.' }) id: string,
  ): Promise<FoundNode | null> {
    return (await this.find(ctx, [id]))[0];
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
    return this.find(ctx, ids);
  }

  /** Each of `ids` in order, found by the first type whose lookup sees it; null for the rest. */
  private async find(ctx: RequestContext, ids: string[]): Promise<(FoundNode | null)[]> {
    const found = new Map<string, FoundNode>();
    let remaining = [...new Set(ids.filter((id) => isUuid(id)))];
    for (const lookup of this.lookups) {
      if (remaining.length === 0) break;
      if (!ctx.ability.can('read', lookup.subject)) continue;
      for (const [id, node] of await lookup.findMany(ctx, remaining))
        found.set(id, { ...node, __typename: lookup.typename });
      remaining = remaining.filter((id) => !found.has(id));
    }
    return ids.map((id) => found.get(id) ?? null);
  }
}
