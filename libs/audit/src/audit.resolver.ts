import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Can, Ctx, RequestContext, UsersService } from '@app/auth';
import { PageArgs, RecordType } from '@app/core';
import { AuditEvent, AuditEventConnection, AuditEventFilter } from './audit-event.type';
import { AuditTrailService } from './audit-trail.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly trails: AuditTrailService,
    private readonly users: UsersService,
  ) {}

  @Can('read', 'AuditEvent')
  @Query(() => AuditEventConnection, {
    description:
      "An agency's liaison officers and admins: who did what to this record (its own, or by its own people).",
  })
  auditTrail(
    @Ctx() ctx: RequestContext,
    @Args('recordType', { type: () => RecordType, description: 'The type of the record.' }) recordType: RecordType,
    @Args('recordId', { type: () => ID, description: "The record's id." }) recordId: string,
    @Args() page: PageArgs,
  ): Promise<AuditEventConnection> {
    return this.trails.trail(ctx, recordType, recordId, page);
  }

  @Can('read', 'AuditEvent')
  @Query(() => AuditEventConnection, {
    description: "An agency's liaison officers and admins: events on its records and by its own people, newest first.",
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => AuditEventFilter,
      nullable: true,
      description: 'Narrows the events; none: every event you may read.',
    })
    filter: AuditEventFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args() page: PageArgs,
  ): Promise<AuditEventConnection> {
    return this.trails.events(ctx, filter, page);
  }

  @ResolveField(() => Agency)
  actorAgency(@Ctx() ctx: RequestContext, @Parent() event: AuditEvent): Promise<Agency> {
    return this.users.agency(ctx, event.actorAgencyId);
  }
}
