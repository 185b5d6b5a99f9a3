import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { AppError, RecordType } from '@app/core';
import { OrganizationService } from '../organizations/organization.service';
import { Organization } from '../organizations/organization.type';
import { RecordQueries } from '../records/record-queries';
import { RecordEntity } from '../records/record.entity';
import { SuspectService } from '../suspects/suspect.service';
import { Suspect } from '../suspects/suspect.type';
import { TipService } from '../tips/tip.service';
import { Tip } from '../tips/tip.type';
import { WarrantService } from '../warrants/warrant.service';
import { Warrant } from '../warrants/warrant.type';
import { CaseEventKind } from './case-event.entity';
import { recordCaseEvent } from './case-events';
import { CaseLinkEntity } from './case-link.entity';
import { CaseEntity } from './case.entity';
import { CaseLinkInput } from './case.inputs';

/** What a linked record type offers: its visibility-filtered queries and its view. */
interface LinkedRecords<E extends RecordEntity, V> {
  readonly records: RecordQueries<E>;
  view(ctx: RequestContext, row: E): V;
}

type LinkableType = RecordType.SUSPECT | RecordType.ORGANIZATION | RecordType.WARRANT | RecordType.TIP;

/**
 * The records linked to cases, changed one link at a time. A viewer sees a linked record only
 * where they may see the record itself: every read joins case_links to the other type's visible
 * query, so nothing tells a viewer that a link to a hidden record is there.
 */
@Injectable()
export class CaseLinkService {
  constructor(
    private readonly suspectService: SuspectService,
    private readonly organizationService: OrganizationService,
    private readonly warrantService: WarrantService,
    private readonly tipService: TipService,
  ) {}

  suspects(ctx: RequestContext, caseId: string): Promise<Suspect[]> {
    return this.linked(ctx, RecordType.SUSPECT, this.suspectService, caseId);
  }

  organizations(ctx: RequestContext, caseId: string): Promise<Organization[]> {
    return this.linked(ctx, RecordType.ORGANIZATION, this.organizationService, caseId);
  }

  warrants(ctx: RequestContext, caseId: string): Promise<Warrant[]> {
    return this.linked(ctx, RecordType.WARRANT, this.warrantService, caseId);
  }

  tips(ctx: RequestContext, caseId: string): Promise<Tip[]> {
    return this.linked(ctx, RecordType.TIP, this.tipService, caseId);
  }

  /** The distinct links, each to a record the actor may see; anything else is BAD_USER_INPUT on `field`, hidden and unknown alike. */
  async validate(ctx: RequestContext, links: CaseLinkInput[], field: string): Promise<CaseLinkInput[]> {
    const unique = new Map(links.map((link) => [`${link.recordType}:${link.recordId}`, link]));
    for (const [recordType, ids] of this.byType([...unique.values()])) {
      const records = this.recordsOf(recordType);
      if (!records) throw AppError.badInput(field, `a case cannot link a ${recordType.toLowerCase()}`);
      const visible = await records.visibleIds(ctx, ids);
      // hidden and unknown records get the same answer
      const unknown = ids.find((id) => !visible.has(id));
      if (unknown) throw AppError.badInput(field, `unknown ${recordType.toLowerCase()} ${unknown}`);
    }
    return [...unique.values()];
  }

  /** Adds one validated link; a record linked already is a CONFLICT (the actor sees it there). */
  async add(ctx: RequestContext, caseRow: CaseEntity, link: CaseLinkInput): Promise<void> {
    const inserted = await ctx.manager
      .getRepository(CaseLinkEntity)
      .createQueryBuilder()
      .insert()
      .values({ caseId: caseRow.id, recordType: link.recordType, recordId: link.recordId })
      .orIgnore()
      .returning('record_id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0)
      throw AppError.conflict(`${link.recordType.toLowerCase()} ${link.recordId} is linked to this case already`);
    await recordCaseEvent(ctx, caseRow, CaseEventKind.LINK_ADDED, {
      recordType: link.recordType,
      recordId: link.recordId,
    });
  }

  /** Removes one validated link; a record that is not linked is NOT_FOUND. */
  async remove(ctx: RequestContext, caseRow: CaseEntity, link: CaseLinkInput): Promise<void> {
    const deleted = await ctx.manager
      .getRepository(CaseLinkEntity)
      .delete({ caseId: caseRow.id, recordType: link.recordType, recordId: link.recordId });
    if (!deleted.affected) throw AppError.notFound('link');
    await recordCaseEvent(ctx, caseRow, CaseEventKind.LINK_REMOVED, {
      recordType: link.recordType,
      recordId: link.recordId,
    });
  }

  /** The visibility-filtered queries of a linkable record type; null for a type a case cannot link. */
  recordsOf(recordType: RecordType): RecordQueries<RecordEntity> | null {
    const services: Record<LinkableType, LinkedRecords<RecordEntity, unknown>> = {
      [RecordType.SUSPECT]: this.suspectService,
      [RecordType.ORGANIZATION]: this.organizationService,
      [RecordType.WARRANT]: this.warrantService,
      [RecordType.TIP]: this.tipService,
    };
    return recordType in services ? services[recordType as LinkableType].records : null;
  }

  private byType(links: { recordType: RecordType; recordId: string }[]): Map<RecordType, string[]> {
    const byType = new Map<RecordType, string[]>();
    for (const link of links) byType.set(link.recordType, [...(byType.get(link.recordType) ?? []), link.recordId]);
    return byType;
  }

  /** The case's linked records of one type that the viewer may see, batched per request. */
  private linked<E extends RecordEntity, V>(
    ctx: RequestContext,
    recordType: RecordType,
    service: LinkedRecords<E, V>,
    caseId: string,
  ): Promise<V[]> {
    return ctx
      .loader<string, V[]>(`Case:links:${recordType}`, async (caseIds) => {
        const byCase = new Map<string, V[]>(caseIds.map((key) => [key, []]));
        const qb = service.records.visible(ctx);
        if (qb) {
          const { entities, raw } = await qb
            .innerJoin(
              CaseLinkEntity,
              'case_link',
              'case_link.record_id = r.id AND case_link.record_type = :caseLinkType',
              {
                caseLinkType: recordType,
              },
            )
            .andWhere('case_link.case_id IN (:...caseLinkCaseIds)', { caseLinkCaseIds: [...caseIds] })
            .addSelect('case_link.case_id', 'case_link_case_id')
            .orderBy('r.created_at', 'ASC')
            .addOrderBy('r.id', 'ASC')
            .getRawAndEntities<{ r_id: string; case_link_case_id: string }>();
          // one entity per record, one raw row per (case, record) link
          await service.records.withShares(ctx, entities);
          const views = new Map(entities.map((row) => [row.id, service.view(ctx, row)]));
          for (const link of raw) {
            const view = views.get(link.r_id);
            if (view !== undefined) byCase.get(link.case_link_case_id)?.push(view);
          }
        }
        return caseIds.map((key) => byCase.get(key) ?? []);
      })
      .load(caseId);
  }
}
