import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { audited, AuditAction, changedFields } from '@app/audit';
import { RequestContext } from '@app/auth';
import {
  AppError,
  connectionOf,
  ConnectionShape,
  NAME_FIELDS,
  newId,
  keysetList,
  Order,
  PageArgs,
  PageInfo,
  pageWindow,
  PageWindow,
  windowPage,
  withCursorWhenRead,
  RECORD_DESCRIPTORS,
  RecordType,
} from '@app/core';
import { orderSortKeys, SUSPECT_ORDER_KEYS, SuspectOrderField } from '../records/record-order';
import { IdentifierKind } from '../identifiers/identifier-kind';
import { checkIdentifiers, maskedSsn } from '../identifiers/identifier-rules';
import { whereIdentifierMatches } from '../search/identifier-search';
import { OrganizationService } from '../organizations/organization.service';
import { MembershipEntity } from '../organizations/membership.entity';
import { handlingColumns } from '../records/handling.type';
import { RecordQueries, rejectNulls } from '../records/record-queries';
import { recordView } from '../records/record-view';
import { SEARCH_DOCUMENT } from '../search/name-search';
import {
  classOfRank,
  isSingleWordSearch,
  MatchClass,
  matchQueryWords,
  QueryTerm,
  rankedIds,
  whereAllWordsMatch,
} from '../search/suspect-search';
import { duplicateProbe, DuplicateProbe } from './duplicate-rule';
import { SuspectEntity, SuspectIdentifier } from './suspect.entity';
import {
  CreateSuspectInput,
  IdentifierInput,
  MembershipInput,
  SuspectFilter,
  UpdateSuspectInput,
} from './suspect.inputs';
import { Membership, Suspect } from './suspect.type';
import { SuspectStatus } from '../records/record-enums';

/** `totalCount` counts the visible matches up to this many; above, it reads this bound and `totalCountCapped` is true. */
export const TOTAL_COUNT_BOUND = 1000;
const NAMES = NAME_FIELDS[RecordType.SUSPECT];
/**
 * The cursors of a one-word search (by match class, then newest): those of the record page's
 * search order (its list is the record type; the match rank its one sort key), so that a page
 * backward, which that page serves, takes them.
 */
const ONE_WORD_LIST = keysetList('Suspect', [{ type: 'bigint' }]);

/** A suspect of a list, and how a name search matched it (null without one). */
type SuspectEdgeShape = ConnectionShape<Suspect>['edges'][number] & { matchClass: MatchClass | null };

/** A list of suspects, with `totalCount` (bounded) and whether it was bounded, counted once when asked for. */
export interface SuspectConnectionShape extends ConnectionShape<Suspect> {
  readonly edges: SuspectEdgeShape[];
  readonly totalCountCapped: Promise<boolean>;
}

function boundedConnection(
  edges: SuspectEdgeShape[],
  pageInfo: PageInfo,
  count: () => Promise<number>,
): SuspectConnectionShape {
  let counted: Promise<number> | null = null;
  const total = () => (counted ??= count());
  const connection = connectionOf(edges, pageInfo, async () => Math.min(await total(), TOTAL_COUNT_BOUND));
  return Object.defineProperty(connection, 'totalCountCapped', {
    get: async () => (await total()) > TOTAL_COUNT_BOUND,
  }) as SuspectConnectionShape;
}

/** The latest date it is anywhere on Earth (UTC+14): a date of birth after it is in the future. */
function latestToday(): string {
  return new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);
}

function checkedIdentifiers(inputs: IdentifierInput[]): SuspectIdentifier[] {
  const checked = checkIdentifiers(inputs);
  if ('problem' in checked) throw AppError.badInput(checked.problem.field, checked.problem.message);
  return checked.identifiers;
}

function checkedDateOfBirth(date: string | null | undefined): string | null {
  if (date && date > latestToday()) throw AppError.badInput('dateOfBirth', 'is in the future');
  return date ?? null;
}

/** Given names and paternal surname are required, unless the person is known by an alias. */
function assertNamedOrAliased(row: Pick<SuspectEntity, 'givenNames' | 'paternalSurname' | 'aliases'>): void {
  if (row.aliases.length > 0) return;
  if (!row.givenNames) throw AppError.badInput('givenNames', 'is required unless an alias is given');
  if (!row.paternalSurname) throw AppError.badInput('paternalSurname', 'is required unless an alias is given');
}

const trimmedOrNull = (text: string | null | undefined): string | null => text?.trim() || null;

/** Told, in the writing transaction, when a suspect's markings changed (the campaigns library takes it off the public list). */
export type SuspectMarkingsListener = (ctx: RequestContext, suspect: SuspectEntity) => Promise<void>;
/** Told, in the writing transaction, when a suspect is recorded with identifiers or its identifiers change (the sharing library's cross-border match). */
export type SuspectIdentifiersListener = (ctx: RequestContext, suspect: SuspectEntity) => Promise<void>;

@Injectable()
export class SuspectService {
  readonly records = new RecordQueries(SuspectEntity, 'Suspect');
  private readonly markingsListeners: SuspectMarkingsListener[] = [];
  private readonly identifiersListeners: SuspectIdentifiersListener[] = [];

  constructor(private readonly organizations: OrganizationService) {}

  onMarkingsChanged(listener: SuspectMarkingsListener): void {
    this.markingsListeners.push(listener);
  }

  onIdentifiersChanged(listener: SuspectIdentifiersListener): void {
    this.identifiersListeners.push(listener);
  }

  view(ctx: RequestContext, row: SuspectEntity): Suspect {
    const names = [row.givenNames, row.paternalSurname, row.maternalSurname].filter(Boolean);
    const own = ctx.actor?.agencyId === row.ownerAgencyId;
    return recordView(
      ctx,
      'Suspect',
      row,
      {
        givenNames: row.givenNames,
        paternalSurname: row.paternalSurname,
        maternalSurname: row.maternalSurname,
        // known by an alias alone: the alias is the name
        fullName: names.length > 0 ? names.join(' ') : (row.aliases[0] ?? null),
        aliases: row.aliases,
        dateOfBirth: row.dateOfBirth,
        sex: row.sex,
        nationalities: row.nationalities,
        identifiers: own
          ? row.identifiers
          : row.identifiers.map((identifier) =>
              identifier.kind === IdentifierKind.SSN
                ? { ...identifier, value: maskedSsn(identifier.value) }
                : identifier,
            ),
        status: row.status,
        // resolved by SuspectFieldsResolver; [] here only marks the field as readable
        memberships: [] as Membership[],
      },
      { fullName: names.length > 0 ? RECORD_DESCRIPTORS[RecordType.SUSPECT].fields.fullName.derivedFrom : ['aliases'] },
    );
  }

  async findById(ctx: RequestContext, id: string): Promise<Suspect | null> {
    const row = await this.records.findById(ctx, id);
    return row && this.view(ctx, row);
  }

  /**
   * A page of the suspects the viewer may see that pass every filter given. A search ranks by
   * match class, then newest first; without one, newest first. A filter on a field the viewer
   * may not read matches nothing of that record.
   */
  async list(
    ctx: RequestContext,
    filter: SuspectFilter | null | undefined,
    args: PageArgs,
    orderBy?: Order<SuspectOrderField> | null,
  ): Promise<SuspectConnectionShape> {
    const terms = filter?.search ? await matchQueryWords(ctx.manager, filter.search) : null;
    const otherFilters = !!(filter?.identifier || filter?.dateOfBirth);
    const window = pageWindow(args);
    if (terms && !otherFilters && !window.backward && !orderBy && isSingleWordSearch(terms))
      return this.searchOneWord(ctx, terms, window);
    const refine = (qb: SelectQueryBuilder<SuspectEntity>) => {
      if (filter?.identifier) {
        this.records.whereReadable(ctx, qb, ['identifiers']);
        whereIdentifierMatches(qb, filter.identifier, ctx.agencyId);
      }
      if (filter?.dateOfBirth) {
        this.records.whereReadable(ctx, qb, ['dateOfBirth']);
        qb.andWhere('r.date_of_birth = :filterDateOfBirth', { filterDateOfBirth: filter.dateOfBirth });
      }
      const order = orderBy ? orderSortKeys(ctx, this.records, qb, orderBy, SUSPECT_ORDER_KEYS) : [];
      if (!terms) return order;
      return [...order, whereAllWordsMatch(qb, terms, this.records.allowedSearchDocument(ctx, qb))];
    };
    const page = await this.records.page(ctx, args, refine, orderBy?.direction);
    return boundedConnection(
      // with a search, the page's last sort key is the match rank (after orderBy's)
      page.edges.map((edge) =>
        withCursorWhenRead(
          { node: this.view(ctx, edge.node), matchClass: terms ? classOfRank(Number(edge.sortValues.at(-1))) : null },
          () => edge.cursor,
        ),
      ),
      page.pageInfo,
      () => this.countVisible(ctx, refine),
    );
  }

  /** One search word: the page's ids through the ordered search keys, then the rows. */
  private async searchOneWord(
    ctx: RequestContext,
    terms: QueryTerm[],
    window: PageWindow,
  ): Promise<SuspectConnectionShape> {
    let after: { rank: number; id: string } | null = null;
    if (window.cursor !== null) {
      const [rank, id] = ctx.cursors.open(ONE_WORD_LIST, window.cursor, ['bigint', 'uuid']);
      if (![0, 1, 2].includes(Number(rank))) throw AppError.badInput('after', 'is not a cursor this list returned');
      after = { rank: Number(rank), id: String(id) };
    }
    // The search keys hold every name of a suspect: a viewer who reads only some names of some
    // suspects has each candidate checked against the names it may read.
    const partly = this.records.limitsFields(ctx, NAMES);
    const readableNames = <Q extends ObjectLiteral>(qb: SelectQueryBuilder<Q>) =>
      this.records.allowedSearchDocument(ctx, qb);
    const ranked = await rankedIds(ctx.manager, terms, {
      limit: window.limit + 1,
      after,
      visible: () => this.records.visible(ctx),
      ...(partly ? { matchedOn: readableNames } : {}),
    });
    const { edges: page, pageInfo } = windowPage(window, ranked, (entry) =>
      withCursorWhenRead({ entry }, () => ctx.cursors.seal(ONE_WORD_LIST, [entry.rank, entry.id])),
    );
    const rows =
      page.length > 0
        ? await this.records.loadMany(
            ctx,
            page.map(({ entry }) => entry.id),
          )
        : new Map<string, SuspectEntity>();
    const edges = page.flatMap((edge) => {
      const row = rows.get(edge.entry.id);
      return row
        ? [
            withCursorWhenRead(
              { node: this.view(ctx, row), matchClass: classOfRank(edge.entry.rank) },
              () => edge.cursor,
            ),
          ]
        : [];
    });
    return boundedConnection(edges, pageInfo, () =>
      this.countVisible(ctx, (qb) =>
        whereAllWordsMatch(qb, terms, partly ? readableNames(qb) : SEARCH_DOCUMENT.suspect('r')),
      ),
    );
  }

  /** The visible suspects `refine` keeps, counted up to one past the bound. */
  private async countVisible(
    ctx: RequestContext,
    refine: (qb: SelectQueryBuilder<SuspectEntity>) => unknown,
  ): Promise<number> {
    const qb = this.records.visible(ctx);
    if (!qb) return 0;
    refine(qb);
    qb.select('1').limit(TOTAL_COUNT_BOUND + 1);
    const [{ count }] = await ctx.manager
      .createQueryBuilder()
      .select('count(*)', 'count')
      .from(`(${qb.getQuery()})`, 'matches')
      .setParameters(qb.getParameters())
      .getRawMany<{ count: string }>();
    return Number(count);
  }

  /** A visible suspect for another record's field (a warrant's subject, a tip's subjects). */
  async load(ctx: RequestContext, id: string): Promise<Suspect | null> {
    const row = await this.records.load(ctx, id);
    return row && this.view(ctx, row);
  }

  async create(ctx: RequestContext, input: CreateSuspectInput): Promise<Suspect> {
    const row = ctx.manager.getRepository(SuspectEntity).create({
      id: newId(),
      ownerAgencyId: ctx.agencyId,
      ...(await handlingColumns(ctx, input.handling)),
      givenNames: trimmedOrNull(input.givenNames),
      paternalSurname: trimmedOrNull(input.paternalSurname),
      maternalSurname: trimmedOrNull(input.maternalSurname),
      aliases: input.aliases ?? [],
      dateOfBirth: checkedDateOfBirth(input.dateOfBirth),
      sex: input.sex ?? null,
      nationalities: [...new Set(input.nationalities ?? [])],
      identifiers: checkedIdentifiers(input.identifiers ?? []),
      status: input.status ?? SuspectStatus.AT_LARGE,
    });
    assertNamedOrAliased(row);
    ctx.assertCan('create', 'Suspect', row, 'suspect');
    await ctx.manager.getRepository(SuspectEntity).insert(row);
    if (input.memberships) await this.replaceMemberships(ctx, row.id, input.memberships);
    const saved = await this.records.saved(ctx, row.id);
    if (saved.identifiers.length > 0) for (const listener of this.identifiersListeners) await listener(ctx, saved);
    return audited(ctx, AuditAction.SUSPECT_CREATED, this.view(ctx, saved));
  }

  async update(ctx: RequestContext, id: string, input: UpdateSuspectInput): Promise<Suspect> {
    rejectNulls(input, ['handling']);
    const row = await this.records.findForUpdate(ctx, id, 'suspect');
    const changes: Partial<SuspectEntity> = {};
    if (input.givenNames !== undefined) changes.givenNames = trimmedOrNull(input.givenNames);
    if (input.paternalSurname !== undefined) changes.paternalSurname = trimmedOrNull(input.paternalSurname);
    if (input.maternalSurname !== undefined) changes.maternalSurname = trimmedOrNull(input.maternalSurname);
    if (input.aliases !== undefined) changes.aliases = input.aliases ?? [];
    if (input.dateOfBirth !== undefined) changes.dateOfBirth = checkedDateOfBirth(input.dateOfBirth);
    if (input.sex !== undefined) changes.sex = input.sex;
    if (input.nationalities !== undefined) changes.nationalities = [...new Set(input.nationalities ?? [])];
    if (input.identifiers !== undefined) changes.identifiers = checkedIdentifiers(input.identifiers ?? []);
    if (input.status != null) changes.status = input.status;
    if (input.handling) Object.assign(changes, await handlingColumns(ctx, input.handling));
    assertNamedOrAliased({ ...row, ...changes });
    await ctx.manager.getRepository(SuspectEntity).update({ id: row.id }, changes);
    if (input.memberships !== undefined) await this.replaceMemberships(ctx, row.id, input.memberships ?? []);
    const changed = [...changedFields(row, changes), ...(input.memberships !== undefined ? ['memberships'] : [])];
    if (input.memberships !== undefined) await this.records.markRelationsChanged(ctx, row.id, ['memberships']);
    const updated = await this.records.saved(ctx, row.id);
    if (input.handling) for (const listener of this.markingsListeners) await listener(ctx, updated);
    if (changed.includes('identifiers') && updated.identifiers.length > 0)
      for (const listener of this.identifiersListeners) await listener(ctx, updated);
    return audited(ctx, AuditAction.SUSPECT_UPDATED, this.view(ctx, updated), changed);
  }

  /**
   * The viewer's agency's own suspects that may be the same person as `suspect` (see
   * duplicateProbe), batched per request: two statements for a page of suspects.
   */
  possibleDuplicates(ctx: RequestContext, suspect: Suspect): Promise<Suspect[]> {
    return ctx
      .loader<Suspect, Suspect[]>('Suspect:possibleDuplicates', async (suspects) => {
        const probes = suspects
          .map((seen) => duplicateProbe({ ...seen, own: seen.ownerAgencyId === ctx.agencyId }))
          .filter((probe): probe is DuplicateProbe => probe !== null);
        const pairs = probes.length > 0 ? await this.duplicatePairs(ctx, probes) : [];
        const rows =
          pairs.length > 0
            ? await this.records.loadMany(ctx, [...new Set(pairs.map((pair) => pair.id))])
            : new Map<string, SuspectEntity>();
        return suspects.map((seen) =>
          pairs.flatMap((pair) => {
            const row = pair.source === seen.id ? rows.get(pair.id) : undefined;
            return row ? [this.view(ctx, row)] : [];
          }),
        );
      })
      .load(suspect);
  }

  /** (suspect, possible duplicate) pairs: the viewer's own visible suspects matching each probe, newest first. */
  private async duplicatePairs(
    ctx: RequestContext,
    probes: DuplicateProbe[],
  ): Promise<{ source: string; id: string }[]> {
    const qb = this.records.visible(ctx);
    if (!qb) return [];
    const folded = (sql: string) => `frontera_search_text(ARRAY[${sql}])`;
    const candidates = `(SELECT p.source, m.id FROM jsonb_to_recordset(CAST(:duplicateProbes AS jsonb)) AS p(source uuid, keys text[], "givenNames" text, "paternalSurname" text, "dateOfBirth" date)
      CROSS JOIN LATERAL (
        SELECT k.suspect_id AS id FROM suspect_search_keys k WHERE k.key = ANY(p.keys)
        UNION SELECT s.id FROM suspects s WHERE s.date_of_birth = p."dateOfBirth"
          AND ${folded('s.given_names::text')} = ${folded('p."givenNames"')} AND ${folded('s.paternal_surname::text')} = ${folded('p."paternalSurname"')}
      ) m WHERE m.id <> p.source)`;
    return qb
      .innerJoin(candidates, 'pair', 'pair.id = r.id')
      .andWhere('r.owner_agency_id = :duplicateOwner', {
        duplicateOwner: ctx.agencyId,
        duplicateProbes: JSON.stringify(probes),
      })
      .select('pair.source', 'source')
      .addSelect('r.id', 'id')
      .orderBy('r.id', 'DESC')
      .getRawMany<{ source: string; id: string }>();
  }

  /**
   * A suspect's memberships whose organization the viewer may see, batched per request: only
   * where the viewer may read both the suspect's `memberships` and the organization's
   * `members` (see OrganizationMemberService.members, the same link from the other end).
   */
  memberships(ctx: RequestContext, suspectId: string): Promise<Membership[]> {
    return ctx
      .loader<string, Membership[]>('Suspect:memberships', async (suspectIds) => {
        // the organizations come with their memberships: Membership.organization reads them from the loader
        const rows = await this.organizations.records.findJoined<{
          suspect_id: string;
          organization_id: string;
          role: Membership['role'];
          since: string | null;
        }>(ctx, (qb) => {
          this.organizations.records.whereReadable(ctx, qb, ['members']);
          qb.innerJoin(MembershipEntity, 'm', 'm.organization_id = r.id');
          this.records.joinWhereReadable(ctx, qb, 's', 's.id = m.suspect_id', 'memberships');
          qb.andWhere('m.suspect_id IN (:...suspectIds)', { suspectIds: [...suspectIds] })
            .addSelect([
              'm.suspect_id AS suspect_id',
              'm.organization_id AS organization_id',
              'm.role AS role',
              'm.since AS since',
            ])
            .orderBy('m.created_at');
        });
        const bySuspect = new Map<string, Membership[]>(suspectIds.map((key) => [key, []]));
        for (const { raw: row } of rows) {
          bySuspect
            .get(row.suspect_id)
            ?.push({ organizationId: row.organization_id, role: row.role, since: row.since });
        }
        return suspectIds.map((key) => bySuspect.get(key) ?? []);
      })
      .load(suspectId);
  }

  private async replaceMemberships(
    ctx: RequestContext,
    suspectId: string,
    memberships: MembershipInput[],
  ): Promise<void> {
    const organizationIds = [...new Set(memberships.map((m) => m.organizationId))];
    const visible = await this.organizations.records.visibleIds(ctx, organizationIds);
    const unknown = organizationIds.find((id) => !visible.has(id));
    if (unknown) throw AppError.badInput('memberships.organizationId', `unknown organization ${unknown}`);
    const repository = ctx.manager.getRepository(MembershipEntity);
    await repository.delete({ suspectId });
    const unique = new Map(memberships.map((m) => [`${m.organizationId}:${m.role}`, m]));
    if (unique.size > 0) {
      await repository.insert(
        [...unique.values()].map((m) => ({
          suspectId,
          organizationId: m.organizationId,
          role: m.role,
          since: m.since ?? null,
        })),
      );
    }
  }
}
