import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A getter: counted only when a client asks for it, as a count over millions of rows is not free. */
  readonly totalCount: Promise<number>;
}

/** A connection whose `totalCount` runs `countTotal` only when read. */
export function connectionOf<T>(edges: { cursor: string; node: T }[], pageInfo: PageInfo, countTotal: () => Promise<number>): ConnectionShape<T> {
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
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }
  return EdgeType;
}

/**
 * Relay connection types for a node type: `<Name>Edge` and `<Name>Connection`, e.g.
 * `class SuspectConnection extends Connection(Suspect, 'Suspect') {}`; `edge` replaces the
 * plain `<Name>Edge` with one of `EdgeFields`.
 */
export function Connection<T>(node: Type<T>, name: string, options: { totalCount?: boolean; edge?: Type<{ cursor: string; node: T }> } = {}) {
  const Edge = options.edge ?? plainEdge(node, name);

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Omit<ConnectionShape<T>, 'totalCount'> {
    @Field(() => [Edge])
    edges: { cursor: string; node: T }[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }

  if (options.totalCount === false) return ConnectionType;

  @ObjectType({ isAbstract: true })
  abstract class CountedConnectionType extends ConnectionType {
    @Field(() => Int)
    totalCount: Promise<number>;
  }
  return CountedConnectionType;
}

function plainEdge<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge extends EdgeFields(node) {}
  return Edge;
}
