import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { connectionOf, ConnectionShape } from './connection.type';

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

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw AppError.badInput('after', 'is not a cursor this list returned');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs one keyset-paginated page of `qb` ordered by `sortKeys` then `idSql`, all descending
 * (no OFFSET: a deep page costs what the first one does). `count` builds the total lazily.
 */
export async function keysetPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  options: {
    idSql: string;
    sortKeys?: SortKey[];
    args: PageArgs;
    count: () => Promise<number>;
    /** Completes the rows from the columns selected beside them (`raw[i]` is `entities[i]`'s). */
    rows?: (entities: E[], raw: Record<string, unknown>[]) => E[];
  },
): Promise<ConnectionShape<E>> {
  const sortKeys = options.sortKeys ?? [];
  const limit = pageSize(options.args.first);
  const columns = [...sortKeys.map((k) => k.sql), options.idSql];
  if (options.args.after) {
    const values = decodeCursor(options.args.after, columns.length);
    if (typeof values[values.length - 1] !== 'string' || !UUID.test(values[values.length - 1] as string)) {
      throw AppError.badInput('after', 'is not a cursor this list returned');
    }
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
      return value instanceof Date ? value.toISOString() : (value as string | number);
    });
    return { cursor: encodeCursor([...sortValues, (node as unknown as { id: string }).id]), node };
  });
  return connectionOf(edges, { hasNextPage, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null }, options.count);
}
