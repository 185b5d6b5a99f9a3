import { Injectable } from '@nestjs/common';
import { AgencyEntity, RequestContext } from '@app/auth';
import { AppError, isUuid } from '@app/core';
import { CaseEventKind } from './case-event.entity';
import { recordCaseEvent } from './case-events';
import { CaseEntity } from './case.entity';
import { CaseService } from './case.service';
import { Case } from './case.type';

/**
 * Which agencies take part in a case besides its lead: the lead's liaison officers decide
 * (`manageParticipants`), one agency at a time, each change on the timeline.
 */
@Injectable()
export class CaseParticipationService {
  constructor(private readonly cases: CaseService) {}

  async add(ctx: RequestContext, caseId: string, agencyId: string): Promise<Case> {
    const row = await this.cases.records.findForUpdate(ctx, caseId, 'case', 'manageParticipants');
    const agency = await this.agency(ctx, agencyId);
    if (agency.id === row.leadAgencyId || agency.id === row.ownerAgencyId)
      throw AppError.badInput('agencyId', 'the owner and the lead agency take part already');
    if (row.participatingAgencyIds.includes(agency.id))
      throw AppError.conflict(`${agency.code} already takes part in this case`);
    // The participation rules would not let it read the case anyway: say so rather than add a dead entry.
    if (!row.releasableTo.includes(agency.country))
      throw AppError.badInput('agencyId', `the case's markings do not release it to ${agency.country}`);
    await this.write(ctx, row, [...row.participatingAgencyIds, agency.id]);
    await recordCaseEvent(ctx, row, CaseEventKind.PARTICIPANT_ADDED, { agencyId: agency.id });
    return this.cases.saved(ctx, row.id);
  }

  async remove(ctx: RequestContext, caseId: string, agencyId: string): Promise<Case> {
    const row = await this.cases.records.findForUpdate(ctx, caseId, 'case', 'manageParticipants');
    const agency = await this.agency(ctx, agencyId);
    if (!row.participatingAgencyIds.includes(agency.id))
      throw AppError.badInput('agencyId', `${agency.code} does not take part in this case`);
    await this.write(
      ctx,
      row,
      row.participatingAgencyIds.filter((id) => id !== agency.id),
    );
    await recordCaseEvent(ctx, row, CaseEventKind.PARTICIPANT_REMOVED, { agencyId: agency.id });
    return this.cases.saved(ctx, row.id);
  }

  /** The agency directory is readable by every user: an unknown id is the client's mistake. */
  private async agency(ctx: RequestContext, agencyId: string): Promise<AgencyEntity> {
    const agency = isUuid(agencyId) ? await ctx.manager.getRepository(AgencyEntity).findOneBy({ id: agencyId }) : null;
    if (!agency) throw AppError.badInput('agencyId', 'unknown agency');
    return agency;
  }

  private async write(ctx: RequestContext, row: CaseEntity, participatingAgencyIds: string[]): Promise<void> {
    await ctx.manager.getRepository(CaseEntity).update({ id: row.id }, { participatingAgencyIds });
  }
}
