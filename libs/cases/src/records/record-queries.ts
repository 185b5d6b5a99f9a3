import { EntityTarget, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  accessiblePredicate,
  Action,
  RECORD_SUBJECT_OF,
  RecordRowLoader,
  recordRowLoaders,
  RecordSubject,
  RequestContext,
  whereAccessible,
} from '@app/auth';
import {
  AppError,
  connectionOf,
  ConnectionShape,
  emptyConnection,
  isUuid,
  KeysetConnection,
  KeysetEdge,
  keysetPage,
  NAME_FIELDS,
  OrderDirection,
  RECORD_DESCRIPTORS,
  PageArgs,
  RecordType,
  SortKey,
  withCursorWhenRead,
} from '@app/core';
import { MatchedNames, matchedNamesOf } from '../search/name-search';
import { RecordEntity } from './record.entity';
import { HANDLING_COLUMNS } from './record-view';

const ALIAS = 'r';
/** The column `readable` selects the `i`th row loader's data for each row into. */
const loadedColumn = (i: number) => `row_loader_${i}`;

/** In an update input, a field that is required on create may be left out but not nulled. */
export function rejectNulls<I extends object>(input: I, required: (keyof I & string)[]): void {
  const nulled = required.find((field) => input[field] === null);
  if (nulled) throw AppError.badInput(nulled, 'cannot be null');
}

export function mapConnection<A, B>(page: ConnectionShape<A>, map: (node: A) => B): ConnectionShape<B> {
  return connectionOf(
    page.edges.map((edge) => withCursorWhenRead({ node: map(edge.node) }, () => edge.cursor)),
    page.pageInfo,
    () => page.totalCount,
  );
}

/**
 * Queries of records as the viewer may see them. Every one goes through whereAccessible, so
 * a record a viewer may not read is never fetched, whatever path asks for it.
 */
export class RecordQueries<E extends RecordEntity> {
  /** The contract's name of the type (its descriptor's key). */
  readonly recordType: RecordType;

  constructor(
    readonly entity: EntityTarget<E>,
    readonly type: RecordSubject,
  ) {
    this.recordType = (Object.keys(RECORD_SUBJECT_OF) as RecordType[]).find(
      (recordType) => RECORD_SUBJECT_OF[recordType] === type,
    )!;
  }

  /** A query over the rows the actor may read (or `action`), aliased `r`; null when there are none. */
  visible(ctx: RequestContext, action: Action = 'read', alias: string = ALIAS): SelectQueryBuilder<E> | null {
    const qb = ctx.manager.getRepository(this.entity).createQueryBuilder(alias);
    return whereAccessible(qb, ctx.ability, action, this.type) ? qb : null;
  }

  /**
   * Keeps the rows of `qb` whose `column` (SQL) points at a record of this type the viewer may
   * see: a filter by a hidden record's id answers as one by an unknown id.
   */
  whereVisibleTarget<Q extends ObjectLiteral>(ctx: RequestContext, qb: SelectQueryBuilder<Q>, column: string): void {
    const targets = this.visible(ctx, 'read', 'target');
    if (!targets) {
      qb.andWhere('FALSE');
      return;
    }
    qb.andWhere(`${column} IN (${targets.select('target.id').getQuery()})`, targets.getParameters());
  }

  /**
   * Keeps only the rows whose `fields` the actor may read. Every filter or search on a content
   * field goes through it, so a recipient cannot learn a withheld value by filtering on it.
   */
  whereReadable(ctx: RequestContext, qb: SelectQueryBuilder<E>, fields: string[]): void {
    for (const field of fields) whereAccessible(qb, ctx.ability, 'read', this.type, field);
  }

  /**
   * Whether some rule limits what the actor reads of `fields` below the whole record (a share
   * granting some fields, an agreement withholding some): then only a per-row predicate
   * (`fieldAllowedSql`) says where they are readable.
   */
  limitsFields(ctx: RequestContext, fields: readonly string[]): boolean {
    return ctx.ability
      .rulesFor('read', this.type)
      .some(
        (rule) => rule.fields !== undefined && (!rule.inverted || fields.some((field) => rule.matchesField(field))),
      );
  }

  /**
   * SQL that holds for the rows of this type aliased `alias` in `qb` on whose `field` the actor
   * may do `action` (read, or discover: match on it); FALSE where it may on none. Its
   * parameters go onto `qb`.
   */
  fieldAllowedSql<Q extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<Q>,
    field: string,
    alias: string = ALIAS,
    action: Action = 'read',
  ): string {
    const metadata = ctx.manager.connection.getMetadata(this.entity);
    const predicate = accessiblePredicate(qb, ctx.ability, action, this.type, { alias, metadata, field });
    if (!predicate) return 'FALSE';
    qb.setParameters(predicate.params);
    return `(${predicate.sql})`;
  }

  /**
   * Inner-joins to `qb` the records of this type, aliased `alias`, that meet `on` and on whose
   * `field` the viewer may read: the far end of a link joins only where the link shows from it.
   */
  joinWhereReadable<Q extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<Q>,
    alias: string,
    on: string,
    field: string,
  ): SelectQueryBuilder<Q> {
    const table = ctx.manager.connection.getMetadata(this.entity).tableName;
    return qb.innerJoin(table, alias, `${on} AND ${this.fieldAllowedSql(ctx, qb, field, alias)}`);
  }

  /**
   * The record's search document (its names and aliases) made only of the name fields the
   * actor may `action` (read: search; discover: match on) on each row: a partly shared person
   * is found by the names it was granted, and by nothing else.
   */
  allowedSearchDocument<Q extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<Q>,
    action: Action = 'read',
    alias: string = ALIAS,
  ): MatchedNames {
    const metadata = ctx.manager.connection.getMetadata(this.entity);
    const parts = NAME_FIELDS[this.recordType].map((field) => {
      const column = metadata.findColumnWithPropertyPath(field)!;
      const sql = `${alias}.${column.databaseName}`;
      const allowed = this.fieldAllowedSql(ctx, qb, field, alias, action);
      return column.isArray
        ? `(CASE WHEN ${allowed} THEN ${sql} ELSE ARRAY[]::text[] END)`
        : `ARRAY[CASE WHEN ${allowed} THEN ${sql}::text END]`;
    });
    return matchedNamesOf(parts.join(' || '));
  }

  /**
   * Loads onto rows of other agencies what the rules test in memory (the sharing library's
   * row loader: what the viewer's active shares grant), so that recordView redacts them as the
   * SQL filter decided. For rows fetched by a query of the caller's own (case links, with a row
   * per link): one query per loader and batch, none when no loader applies. This class's own
   * lookups, pages and `findWhere` select it with the rows instead (`readable`).
   */
  async withShares<R extends E | null>(ctx: RequestContext, rows: R[]): Promise<R[]> {
    const loaders = this.loadersFor(ctx);
    if (loaders.length === 0) return rows;
    const agencyId = ctx.agencyId;
    const foreign = rows.filter((row): row is NonNullable<R> => row !== null && row.ownerAgencyId !== agencyId);
    const table = ctx.manager.getRepository(this.entity).metadata.tableName;
    for (const loader of loaders) await loader.attach(ctx.manager, table, agencyId, foreign);
    return rows;
  }

  /**
   * SQL that holds where a change that touched `changedColumnsSql` (a text[] of column names;
   * NULL: the record was created) is one the viewer sees: a creation, a change of the markings,
   * or one of a field it may read on that row (alias `r`). Its owner sees every change.
   */
  changeSeenSql<Q extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<Q>,
    changedColumnsSql: string,
  ): string {
    const metadata = ctx.manager.connection.getMetadata(this.entity);
    const byField = Object.keys(RECORD_DESCRIPTORS[this.recordType].fields).flatMap((field) => {
      const column = metadata.findColumnWithPropertyPath(field) ?? metadata.findColumnWithPropertyPath(`${field}Id`);
      return column
        ? [`(${changedColumnsSql} && ARRAY['${column.databaseName}'] AND ${this.fieldAllowedSql(ctx, qb, field)})`]
        : [];
    });
    qb.setParameter('changeViewerAgencyId', ctx.agencyId);
    return `(${changedColumnsSql} IS NULL OR ${ALIAS}.owner_agency_id = :changeViewerAgencyId OR ${changedColumnsSql} && ARRAY[${HANDLING_COLUMNS.map((column) => `'${column}'`).join(', ')}] OR ${byField.join(' OR ')})`;
  }

  /**
   * Records that relation fields of a record (kept in tables of their own: a suspect's
   * memberships) changed now, for `updatedAt` as each viewer sees it (the trigger of the
   * field-change-times migration records the record's own columns).
   */
  async markRelationsChanged(ctx: RequestContext, id: string, fields: string[]): Promise<void> {
    if (fields.length === 0) return;
    const table = ctx.manager.connection.getMetadata(this.entity).tableName;
    await ctx.manager.query(
      `UPDATE "${table}" SET field_changed_at = field_changed_at || (SELECT jsonb_object_agg(f, to_jsonb(now())) FROM unnest($2::text[]) f) WHERE id = $1`,
      [id, fields],
    );
  }

  /** A record by id, or null when it is unknown or hidden: the two look the same. */
  async findById(ctx: RequestContext, id: string): Promise<E | null> {
    const qb = isUuid(id) ? this.readableById(ctx, id) : null;
    return qb ? ((await this.rowsOf(ctx, qb))[0] ?? null) : null;
  }

  /** The row the actor has just written (created or changed), read back through the door like any other. */
  async saved(ctx: RequestContext, id: string): Promise<E> {
    const row = await this.findById(ctx, id);
    if (!row) throw new Error(`${this.type} ${id}: written, but not readable by its writer`);
    return row;
  }

  /**
   * A record to change (`action`, update by default), locked for the rest of the transaction.
   * Hidden: NOT_FOUND, as for an unknown id; visible but not the actor's to change (a shared
   * copy): FORBIDDEN.
   */
  async findForUpdate(ctx: RequestContext, id: string, what: string, action: Action = 'update'): Promise<E> {
    const qb = isUuid(id) ? this.readableById(ctx, id) : null;
    const [row] = qb ? await this.rowsOf(ctx, qb.setLock('pessimistic_write'), false) : [];
    if (!row) throw AppError.notFound(what);
    ctx.assertCan(action, this.type, row, what);
    return row;
  }

  /** A keyset page of visible rows; `refine` adds filters and may return sort keys (relevance, orderBy), in `direction`. */
  async page(
    ctx: RequestContext,
    args: PageArgs,
    refine?: (qb: SelectQueryBuilder<E>) => SortKey[],
    direction?: OrderDirection,
  ): Promise<KeysetConnection<E>> {
    const qb = this.readable(ctx);
    if (!qb) return emptyConnection<E, KeysetEdge<E>>(args);
    const sortKeys = refine?.(qb) ?? [];
    const countQuery = qb.clone();
    return keysetPage(qb, {
      cursors: ctx.cursors,
      list: this.type,
      idSql: `${ALIAS}.id`,
      sortKeys,
      direction,
      args,
      count: () => countQuery.getCount(),
      rows: (entities, raw) => this.received(ctx, entities, raw),
    });
  }

  /** Visible rows that `refine` narrows and orders (no joins), with their share grants, in one query. */
  async findWhere(ctx: RequestContext, refine: (qb: SelectQueryBuilder<E>) => void): Promise<E[]> {
    const qb = this.readable(ctx);
    if (!qb) return [];
    refine(qb);
    return this.rowsOf(ctx, qb);
  }

  /** Visible rows by id, in one query. */
  async loadMany(ctx: RequestContext, ids: string[]): Promise<Map<string, E>> {
    const rows = ids.length > 0 ? await this.findWhere(ctx, (qb) => qb.andWhere({ id: In(ids) })) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Visible rows by id, batched through the request's DataLoader. */
  load(ctx: RequestContext, id: string): Promise<E | null> {
    return this.byIdLoader(ctx).load(id);
  }

  /**
   * Visible rows (aliased `r`) joined by `refine` to rows of other tables, whose columns it
   * adds to the selection: one raw row per joined row, each with its record (and the viewer's
   * share grants selected alongside), in one query. Like every read here, the records also
   * answer later `load`s of this request.
   */
  async findJoined<Raw extends Record<string, unknown>>(
    ctx: RequestContext,
    refine: (qb: SelectQueryBuilder<E>) => void,
  ): Promise<{ record: E; raw: Raw }[]> {
    const qb = this.readable(ctx);
    if (!qb) return [];
    refine(qb);
    const { entities, raw } = await qb.getRawAndEntities<Raw>();
    const idOf = (row: Raw) => row[`${ALIAS}_id`] as string;
    // one raw row per joined row: any of a record's carries its share grants
    const rawOf = new Map(raw.map((row) => [idOf(row), row]));
    this.received(
      ctx,
      entities,
      entities.map((row) => rawOf.get(row.id)!),
    );
    const byId = new Map(entities.map((row) => [row.id, row]));
    return raw.map((row) => ({ record: byId.get(idOf(row))!, raw: row }));
  }

  private byIdLoader(ctx: RequestContext) {
    return ctx.loader<string, E | null>(`${this.type}:byId`, async (ids) => {
      const byId = await this.loadMany(ctx, [...ids]);
      return ids.map((key) => byId.get(key) ?? null);
    });
  }

  /** Which of `ids` the viewer may see (to validate links from another record). */
  async visibleIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    const qb = this.visible(ctx);
    if (!qb || ids.length === 0) return new Set();
    const rows = await qb
      .select(`${ALIAS}.id`, 'id')
      .andWhere({ id: In(ids) })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /**
   * `visible`, with what each row loader that applies loads selected alongside each row (the
   * viewer's active shares of it): one query where `withShares` would take two.
   */
  private readable(ctx: RequestContext): SelectQueryBuilder<E> | null {
    const qb = this.visible(ctx);
    const loaders = this.loadersFor(ctx);
    if (qb && loaders.length > 0) {
      loaders.forEach((loader, i) => qb.addSelect(loader.selectSql(ALIAS, ':rowLoaderAgencyId'), loadedColumn(i)));
      qb.setParameter('rowLoaderAgencyId', ctx.agencyId);
    }
    return qb;
  }

  private readableById(ctx: RequestContext, id: string): SelectQueryBuilder<E> | null {
    return this.readable(ctx)?.andWhere(`${ALIAS}.id = :id`, { id }) ?? null;
  }

  private async rowsOf(ctx: RequestContext, qb: SelectQueryBuilder<E>, keep = true): Promise<E[]> {
    const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
    return this.received(ctx, entities, raw, keep);
  }

  /**
   * Puts what `readable` selected for the row loaders onto the rows (no joins: one raw row per
   * entity), and keeps the rows for this request's later `load`s (a warrant's subject on a page
   * of suspects reads no suspect again); not a row locked to be changed, which its service changes.
   */
  private received(ctx: RequestContext, entities: E[], raw: Record<string, unknown>[], keep = true): E[] {
    const loaders = this.loadersFor(ctx);
    for (const [i, loader] of loaders.entries()) {
      entities.forEach(
        (row, r) => row.ownerAgencyId !== ctx.agencyId && loader.apply(row, ctx.agencyId, raw[r][loadedColumn(i)]),
      );
    }
    if (keep) {
      // the freshest read wins over an earlier one of this request
      const byId = this.byIdLoader(ctx);
      for (const row of entities) byId.clear(row.id).prime(row.id, row);
    }
    return entities;
  }

  /** The row loaders whose data the viewer's rules for this type test (none for a viewer without an agency). */
  private loadersFor(ctx: RequestContext): readonly RecordRowLoader[] {
    return ctx.actor ? recordRowLoaders().filter((loader) => loader.appliesTo(ctx.ability, this.type)) : [];
  }
}
