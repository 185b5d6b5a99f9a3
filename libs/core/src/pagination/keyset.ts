import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { connectionOf, ConnectionShape } from './connection.type';
import { CursorCodec, CursorValue } from './cursor-codec';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A sort key: a SQL expression over the query's alias, newest or best first (DESC). */
export interface SortKey {
  sql: string;
  /** The PostgreSQL type the cursor value is cast back to. */
  type: 'real' | 'timestamptz' | 'text' | 'bigint';
}

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** An edge of a keyset page, with its sort values for the server (its cursor seals them for the client). */
export interface KeysetEdge<E> {
  cursor: string;
  node: E;
  sortValues: CursorValue[];
}

export interface KeysetConnection<E> extends ConnectionShape<E> {
  readonly edges: KeysetEdge<E>[];
}

/**
 * Runs one keyset-paginated page of `qb` ordered by `sortKeys` then `idSql`, all descending
 * (no OFFSET: a deep page costs what the first one does). `count` builds the total lazily.
 */
export async function keysetPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  options: {
    cursors: CursorCodec;
    /** The list's name: its cursors open only for it. */
    list: string;
    idSql: string;
    sortKeys?: SortKey[];
    args: PageArgs;
    count: () => Promise<number>;
    /** Completes the rows from the columns selected beside them (`raw[i]` is `entities[i]`'s). */
    rows?: (entities: E[], raw: Record<string, unknown>[]) => E[];
  },
): Promise<KeysetConnection<E>> {
  const sortKeys = options.sortKeys ?? [];
  const limit = pageSize(options.args.first);
  const columns = [...sortKeys.map((k) => k.sql), options.idSql];
  const list = `${options.list}|${sortKeys.map((k) => k.type).join(',')}`;
  if (options.args.after) {
    const values = options.cursors.open(list, options.args.after, [...sortKeys.map((k) => k.type), 'uuid']);
    const params: Record<string, unknown> = {};
    const placeholders = values.map((value, i) => {
      params[`keyset_${i}`] = value;
      return `CAST(:keyset_${i} AS ${i < sortKeys.length ? sortKeys[i].type : 'uuid'})`;
    });
    qb.andWhere(`(${columns.join(', ')}) < (${placeholders.join(', ')})`, params);
  }
  sortKeys.forEach((key, i) => qb.addSelect(key.sql, `keyset_sort_${i}`));
  columns.forEach((column, i) => (i === 0 ? qb.orderBy(column, 'DESC') : qb.addOrderBy(column, 'DESC')));
  qb.limit(limit + 1);

  const { entities: fetched, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  const entities = options.rows ? options.rows(fetched, raw) : fetched;
  const hasNextPage = entities.length > limit;
  const edges = entities.slice(0, limit).map((node, i) => {
    const sortValues = sortKeys.map((_key, k) => {
      const value = raw[i][`keyset_sort_${k}`];
      return value instanceof Date ? value.toISOString() : (value as CursorValue);
    });
    return { cursor: options.cursors.seal(list, [...sortValues, (node as unknown as { id: string }).id]), node, sortValues };
  });
  return connectionOf(edges, { hasNextPage, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null }, options.count);
}
