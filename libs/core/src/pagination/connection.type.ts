import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Where a page of a connection starts and ends, and whether there is more before or after it.',
})
export class PageInfo {
  @Field({
    description:
      'True when more items follow this page: ask again with `after: endCursor` (paging backward: whenever `before` was given).',
  })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the last edge of this page, for the next page's `after`; null on an empty page.",
  })
  endCursor: string | null;

  @Field({
    description:
      'True when more items come before this page: ask again with `last` and `before: startCursor` (paging forward: whenever `after` was given).',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the first edge of this page, for the previous page's `before`; null on an empty page.",
  })
  startCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A getter: counted only when a client asks for it, as a count over millions of rows is not free. */
  readonly totalCount: Promise<number>;
}

/** A connection whose `totalCount` runs `countTotal` only when read. */
export function connectionOf<T, Edge extends { cursor: string; node: T } = { cursor: string; node: T }>(
  edges: Edge[],
  pageInfo: PageInfo,
  countTotal: () => Promise<number>,
): ConnectionShape<T> & { readonly edges: Edge[] } {
  return {
    edges,
    pageInfo,
    get totalCount() {
      return countTotal();
    },
  };
}

/**
 * An edge's `cursor` and `node`, for an edge type that adds fields of its own:
 * `@ObjectType('SuspectEdge') class SuspectEdge extends EdgeFields(Suspect) { ... }`.
 */
export function EdgeFields<T>(node: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class EdgeType {
    @Field({ description: 'Where this item is in the list: pass it as `after` for the items after it.' })
    cursor: string;

    @Field(() => node, { description: 'The item at this place in the list.' })
    node: T;
  }
  return EdgeType;
}

/**
 * Relay connection types for a node type: `<Name>Edge` and `<Name>Connection`, e.g.
 * `class SuspectConnection extends Connection(Suspect, 'Suspect') {}`; `edge` replaces the
 * plain `<Name>Edge` with one of `EdgeFields`.
 */
export function Connection<T>(
  node: Type<T>,
  name: string,
  options: { totalCount?: boolean; edge?: Type<{ cursor: string; node: T }> } = {},
) {
  const Edge = options.edge ?? plainEdge(node, name);

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Omit<ConnectionShape<T>, 'totalCount'> {
    @Field(() => [Edge], { description: "The items of this page, in the list's order." })
    edges: { cursor: string; node: T }[];

    @Field(() => PageInfo, { description: 'Where this page ends, and whether more follow.' })
    pageInfo: PageInfo;
  }

  if (options.totalCount === false) return ConnectionType;

  @ObjectType({ isAbstract: true })
  abstract class CountedConnectionType extends ConnectionType {
    @Field(() => Int, {
      description: 'How many items the whole list has (every page), as you may see them; counted only when asked for.',
    })
    totalCount: Promise<number>;
  }
  return CountedConnectionType;
}

function plainEdge<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge extends EdgeFields(node) {}
  return Edge;
}
