import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { Affiliation, Member, Organization } from './organization.type';
import { OrganizationMemberService } from './organization-member.service';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationFieldsResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly memberService: OrganizationMemberService,
  ) {}

  @ResolveField(() => [Affiliation], {
    nullable: true,
    description: 'Only affiliations to organizations the viewer may see.',
  })
  affiliations(@Ctx() ctx: RequestContext, @Parent() organization: Organization): Promise<Affiliation[]> | null {
    return organization.affiliations === null ? null : this.organizations.affiliations(ctx, organization.id);
  }

  @ResolveField(() => [Member], { nullable: true, description: 'Only members the viewer may see.' })
  members(@Ctx() ctx: RequestContext, @Parent() organization: Organization): Promise<Member[]> | null {
    return organization.members === null ? null : this.memberService.members(ctx, organization.id);
  }
}
