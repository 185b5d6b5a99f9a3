import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { Membership } from '../suspects/suspect.type';
import { Organization } from './organization.type';
import { OrganizationService } from './organization.service';

@Resolver(() => Membership)
export class MembershipFieldsResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'Null where the viewer may not see the organization.',
  })
  organization(@Ctx() ctx: RequestContext, @Parent() membership: Membership): Promise<Organization | null> {
    return this.organizations.load(ctx, membership.organizationId);
  }
}
