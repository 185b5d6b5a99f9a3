import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Can, Ctx, RequestContext, UsersService } from '@app/auth';
import { RecordType } from '@app/core';
import { AuditEvent, AuditEventConnection } from './audit-event.type';
import { AuditTrailService } from './audit-trail.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly trails: AuditTrailService,
    private readonly users: UsersService,
  ) {}

  @Can('read', 'AuditEvent')
  @Query(() => AuditEventConnection, { description: "The owning agency's liaison officers and admins: who did what to this record." })
  auditTrail(
    @Ctx() ctx: RequestContext,
    @Args('recordType', { type: () => RecordType }) recordType: RecordType,
    @Args('recordId', { type: () => ID }) recordId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    return this.trails.trail(ctx, recordType, recordId, { first, after });
  }

  @ResolveField(() => Agency)
  actorAgency(@Ctx() ctx: RequestContext, @Parent() event: AuditEvent): Promise<Agency> {
    return this.users.agency(ctx, event.actorAgencyId);
  }
}
