import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Ctx, RequestContext, UsersService } from '@app/auth';
import { ConnectionShape, emptyConnection, PageArgs } from '@app/core';
import { Organization } from '../organizations/organization.type';
import { Suspect } from '../suspects/suspect.type';
import { Tip } from '../tips/tip.type';
import { Warrant } from '../warrants/warrant.type';
import { CaseEvent, CaseEventConnection } from './case-event.type';
import { CaseLinkService } from './case-link.service';
import { CaseNote, CaseNoteConnection } from './case-note.type';
import { CaseNoteService } from './case-note.service';
import { CaseTask } from './case-task.type';
import { CaseTaskService } from './case-task.service';
import { CaseTimelineService } from './case-timeline.service';
import { Case } from './case.type';

/** A withheld field stays null (a withheld connection, empty); the rest resolve in batches (agencies, each link type, tasks). */
@Resolver(() => Case)
export class CaseFieldsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly links: CaseLinkService,
    private readonly notesService: CaseNoteService,
    private readonly tasksService: CaseTaskService,
    private readonly timelineService: CaseTimelineService,
  ) {}

  @ResolveField(() => Agency, { nullable: true })
  leadAgency(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Agency> | null {
    return record.leadAgencyId === null ? null : this.users.agency(ctx, record.leadAgencyId);
  }

  @ResolveField(() => [Agency], { nullable: true })
  participatingAgencies(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Agency[]> | null {
    return record.participatingAgencyIds === null
      ? null
      : Promise.all(record.participatingAgencyIds.map((id) => this.users.agency(ctx, id)));
  }

  @ResolveField(() => [Suspect], { nullable: true, description: 'Only suspects the viewer may see.' })
  suspects(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Suspect[]> | null {
    return record.suspects === null ? null : this.links.suspects(ctx, record.id);
  }

  @ResolveField(() => [Organization], { nullable: true, description: 'Only organizations the viewer may see.' })
  organizations(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Organization[]> | null {
    return record.organizations === null ? null : this.links.organizations(ctx, record.id);
  }

  @ResolveField(() => [Warrant], { nullable: true, description: 'Only warrants the viewer may see.' })
  warrants(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Warrant[]> | null {
    return record.warrants === null ? null : this.links.warrants(ctx, record.id);
  }

  @ResolveField(() => [Tip], { nullable: true, description: 'Only tips the viewer may see.' })
  tips(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Tip[]> | null {
    return record.tips === null ? null : this.links.tips(ctx, record.id);
  }

  @ResolveField(() => CaseNoteConnection, { description: 'Newest first; empty where withheld.' })
  notes(
    @Ctx() ctx: RequestContext,
    @Parent() record: Case,
    @Args() page: PageArgs,
  ): Promise<ConnectionShape<CaseNote>> {
    return record.notes === null ? withheld(page) : this.notesService.page(ctx, record.id, page);
  }

  @ResolveField(() => [CaseTask], { nullable: true, description: 'Open ones first, then by due date.' })
  tasks(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<CaseTask[]> | null {
    return record.tasks === null ? null : this.tasksService.ofCase(ctx, record.id);
  }

  @ResolveField(() => CaseEventConnection, {
    description:
      "Newest first: the case's own events and its linked warrants' status changes, only those about records you may read; empty where withheld.",
  })
  timeline(
    @Ctx() ctx: RequestContext,
    @Parent() record: Case,
    @Args() page: PageArgs,
  ): Promise<ConnectionShape<CaseEvent>> {
    return record.timeline === null ? withheld(page) : this.timelineService.page(ctx, record.id, page);
  }
}

async function withheld<T>(page: PageArgs): Promise<ConnectionShape<T>> {
  return emptyConnection<T>(page);
}
