import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { connectionOf, ConnectionShape, PageInfo } from './connection.type';
import { CursorCodec, CursorValue } from './cursor-codec';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, OrderDirection, PageArgs } from './page-args';

/** A sort key: a SQL expression over the query's alias. */
export interface SortKey {
  sql: string;
  /** The PostgreSQL type the cursor value is cast back to. */
  type: 'real' | 'timestamptz' | 'text' | 'bigint';
}

/** Placeholders for null in `readableSortKeys` (a flag before them tells a real one from null). */
const NULL_STAND_IN: Record<SortKey['type'], string> = {
  real: '0',
  bigint: '0',
  text: "''",
  timestamptz: "'epoch'::timestamptz",
};

/**
 * The sort keys of an orderBy key `key` (SQL of its value) on rows where it is readable
 * (`readableSql`): where it is not, the row sorts as if it had no value (after every value,
 * in either direction), so the order tells nothing of a value withheld from the viewer.
 */
export function readableSortKeys(key: SortKey, readableSql: string, direction: OrderDirection): SortKey[] {
  const value = `(CASE WHEN ${readableSql} THEN ${key.sql} END)`;
  const [isNull, isValue] = direction === OrderDirection.ASC ? [1, 0] : [0, 1];
  return [
    { sql: `(CASE WHEN ${value} IS NULL THEN ${isNull} ELSE ${isValue} END)`, type: 'bigint' },
    { sql: `COALESCE(${value}, ${NULL_STAND_IN[key.type]})`, type: key.type },
  ];
}

/** The API's cursor codec under `secret`: a cursor its list did not hand out answers BAD_USER_INPUT on the argument it came in. */
export function apiCursorCodec(secret: Buffer): CursorCodec {
  return new CursorCodec(secret, (argument) => AppError.badInput(argument, 'is not a cursor this list returned'));
}

/** Which way a page goes through its list: forward (first/after) or backward (last/before). */
export interface PageWindow {
  limit: number;
  backward: boolean;
  /** The cursor it starts from (after, or before when backward). */
  cursor: string | null;
  argument: 'after' | 'before';
}

function size(argument: 'first' | 'last', value: number | null | undefined): number {
  if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)
    throw AppError.badInput(argument, `must be between 1 and ${MAX_PAGE_SIZE}`);
  return value;
}

export function pageSize(first: number | null | undefined): number {
  return size('first', first);
}

/** The window `args` ask for; BAD_USER_INPUT when they mix forward and backward. */
export function pageWindow(args: PageArgs): PageWindow {
  const last = args.last ?? null;
  const before = args.before ?? null;
  if (last === null && before === null)
    return { limit: size('first', args.first), backward: false, cursor: args.after ?? null, argument: 'after' };
  const argument = last !== null ? 'last' : 'before';
  if (args.first !== undefined && args.first !== null)
    throw AppError.badInput(argument, 'pages backward: not with first (first and after page forward)');
  if (args.after !== undefined && args.after !== null)
    throw AppError.badInput(argument, 'pages backward: not with after (first and after page forward)');
  return { limit: size('last', last), backward: true, cursor: before, argument: 'before' };
}

/** The order a window reads its list in: the list's own, reversed when paging backward. */
export function scanDirection(window: PageWindow, direction: OrderDirection = OrderDirection.DESC): OrderDirection {
  if (!window.backward) return direction;
  return direction === OrderDirection.ASC ? OrderDirection.DESC : OrderDirection.ASC;
}

/** The row comparison that keeps what comes after a cursor's position in `scan` order. */
export function beyond(scan: OrderDirection): '<' | '>' {
  return scan === OrderDirection.DESC ? '<' : '>';
}

/**
 * `fields` with a `cursor` made by `cursorOf` the first time it is read, then kept. Sealing a
 * cursor costs ~20 µs (AES-GCM): a page of 50 whose selection takes no edge's cursor seals only
 * the end cursor it asks for, not 51. A copy of an edge passes the original's on the same way.
 */
export function withCursorWhenRead<T extends object>(
  fields: T,
  cursorOf: () => string,
): T & { readonly cursor: string } {
  let cursor: string | undefined;
  return Object.defineProperty(fields, 'cursor', { get: () => (cursor ??= cursorOf()), enumerable: true }) as T & {
    readonly cursor: string;
  };
}

/**
 * A page from rows fetched in `window`'s scan order, up to `limit + 1` of them (one more
 * tells there is more that way): its edges in the list's order and its PageInfo. Whether
 * there is more the other way is known from the cursor (the Relay rule: a page that starts
 * from a cursor has items on that side).
 */
export function windowPage<R, Edge extends { cursor: string }>(
  window: PageWindow,
  fetched: R[],
  edgeOf: (row: R) => Edge,
): { edges: Edge[]; pageInfo: PageInfo } {
  const rows = fetched.slice(0, window.limit);
  if (window.backward) rows.reverse();
  const edges = rows.map(edgeOf);
  const more = fetched.length > window.limit;
  const fromCursor = window.cursor !== null;
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backward ? fromCursor : more,
      hasPreviousPage: window.backward ? more : fromCursor,
      // read when asked for: an edge's cursor may be sealed only then (keysetPage)
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** A connection with no items (bad paging arguments still refused). */
export function emptyConnection<T, Edge extends { cursor: string; node: T } = { cursor: string; node: T }>(
  args: PageArgs,
): ConnectionShape<T> & { readonly edges: Edge[] } {
  pageWindow(args);
  return connectionOf<T, Edge>(
    [],
    { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    async () => 0,
  );
}

/** The name a keyset list's cursors are bound to: its own, its order and its keys' types. */
export function keysetList(
  list: string,
  sortKeys: Pick<SortKey, 'type'>[],
  direction: OrderDirection = OrderDirection.DESC,
): string {
  return `${list}|${direction}|${sortKeys.map((k) => k.type).join(',')}`;
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
 * Runs one keyset-paginated page of `qb` ordered by `sortKeys` then `idSql`, all in
 * `direction` (descending by default: newest or best first), forward or backward as `args`
 * ask (no OFFSET: a deep page costs what the first one does). `count` builds the total lazily.
 */
export async function keysetPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  options: {
    cursors: CursorCodec;
    /** The list's name: its cursors open only for it. */
    list: string;
    idSql: string;
    sortKeys?: SortKey[];
    direction?: OrderDirection;
    args: PageArgs;
    count: () => Promise<number>;
    /** Completes the rows from the columns selected beside them (`raw[i]` is `entities[i]`'s). */
    rows?: (entities: E[], raw: Record<string, unknown>[]) => E[];
  },
): Promise<KeysetConnection<E>> {
  const sortKeys = options.sortKeys ?? [];
  const window = pageWindow(options.args);
  const scan = scanDirection(window, options.direction);
  const columns = [...sortKeys.map((k) => k.sql), options.idSql];
  const list = keysetList(options.list, sortKeys, options.direction);
  if (window.cursor !== null) {
    const values = options.cursors.open(list, window.cursor, [...sortKeys.map((k) => k.type), 'uuid'], window.argument);
    const params: Record<string, unknown> = {};
    const placeholders = values.map((value, i) => {
      params[`keyset_${i}`] = value;
      return `CAST(:keyset_${i} AS ${i < sortKeys.length ? sortKeys[i].type : 'uuid'})`;
    });
    qb.andWhere(`(${columns.join(', ')}) ${beyond(scan)} (${placeholders.join(', ')})`, params);
  }
  sortKeys.forEach((key, i) => qb.addSelect(key.sql, `keyset_sort_${i}`));
  columns.forEach((column, i) => (i === 0 ? qb.orderBy(column, scan) : qb.addOrderBy(column, scan)));
  qb.limit(window.limit + 1);

  const { entities: fetched, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  const entities = options.rows ? options.rows(fetched, raw) : fetched;
  const { edges, pageInfo } = windowPage(
    window,
    entities.map((node, i) => ({ node, raw: raw[i] })),
    ({ node, raw: row }) => {
      const sortValues = sortKeys.map((_key, k) => {
        const value = row[`keyset_sort_${k}`];
        return value instanceof Date ? value.toISOString() : (value as CursorValue);
      });
      const position = [...sortValues, (node as unknown as { id: string }).id];
      return withCursorWhenRead({ node, sortValues }, () => options.cursors.seal(list, position));
    },
  );
  return connectionOf(edges, pageInfo, options.count);
}
