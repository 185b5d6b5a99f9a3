import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Allow, IsInt, IsOptional, IsString } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The schema descriptions of the paging arguments every connection takes. */
export const PAGE_ARGS = {
  first: `At most this many items (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when left out).`,
  after:
    "A cursor (an edge's cursor, or pageInfo.endCursor of the previous page): the items after it. Left out: from the start.",
  last: `Pages backward: at most this many items, the last ones before \`before\` (1 to ${MAX_PAGE_SIZE}; not with first or after).`,
  before:
    "Pages backward: a cursor (an edge's cursor, or pageInfo.startCursor of the following page): the items before it. Left out (with last): up to the end.",
} as const;

/**
 * The paging arguments of every connection: `first`/`after` page forward, `last`/`before`
 * backward over the same order (the two pairs do not mix).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: PAGE_ARGS.first })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true, description: PAGE_ARGS.after })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => Int, { nullable: true, description: PAGE_ARGS.last })
  @IsOptional()
  @IsInt()
  last?: number | null;

  @Field(() => String, { nullable: true, description: PAGE_ARGS.before })
  @IsOptional()
  @IsString()
  before?: string | null;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way an orderBy key sorts.',
  valuesMap: {
    ASC: { description: 'Smallest (earliest, A to Z) first; values you may not read last.' },
    DESC: { description: 'Largest (latest, Z to A) first; values you may not read last.' },
  },
});

/** An `orderBy` input: a key of the list (`F`, an enum of its own) and a direction. */
export interface Order<F extends string> {
  field: F;
  direction: OrderDirection;
}

/**
 * The fields of a list's `orderBy` input over `fields` (a registered enum of the keys the
 * list offers): `@InputType('SuspectOrder', { description }) class SuspectOrder extends OrderInput(SuspectOrderField) {}`.
 */
export function OrderInput<F extends string>(fields: Record<string, F>) {
  // Both are enums GraphQL checks; @Allow keeps them through the validation pipe's whitelist
  // (which, for an orderBy left out, validates an empty one: a required validator would refuse it).
  @InputType({ isAbstract: true })
  abstract class OrderType implements Order<F> {
    @Field(() => fields, { description: 'The key to sort by (then by id, the same way).' })
    @Allow()
    field: F;

    @Field(() => OrderDirection, {
      defaultValue: OrderDirection.ASC,
      description: 'Which way (ascending when left out).',
    })
    @Allow()
    direction: OrderDirection;
  }
  return OrderType;
}

/**
 * The order an `orderBy` argument asks for; null when it was left out (the validation pipe
 * hands a left-out input object over as an empty one).
 */
export function orderGiven<F extends string>(order: Order<F> | null | undefined): Order<F> | null {
  return order?.field ? order : null;
}
