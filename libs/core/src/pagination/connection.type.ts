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
 * Relay connection types for a node type: `<Name>Edge` and `<Name>Connection`, e.g.
 * `class SuspectConnection extends Connection(Suspect, 'Suspect') {}`.
 */
export function Connection<T>(node: Type<T>, name: string, options: { totalCount?: boolean } = {}) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Omit<ConnectionShape<T>, 'totalCount'> {
    @Field(() => [Edge])
    edges: Edge[];

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
