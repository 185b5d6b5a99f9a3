import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { AppError } from '@app/core';
import { Affiliation, Organization } from './organization.type';
import { OrganizationService } from './organization.service';

@Resolver(() => Affiliation)
export class AffiliationFieldsResolver {
  constructor(private readonly organizations: OrganizationService) {}

  // Affiliations are listed only where the affiliated organization is visible, so it loads.
  @ResolveField(() => Organization, { description: 'The other organization.' })
  async organization(@Ctx() ctx: RequestContext, @Parent() affiliation: Affiliation): Promise<Organization> {
    const organization = await this.organizations.load(ctx, affiliation.organizationId);
    if (!organization) throw AppError.notFound('organization');
    return organization;
  }
}
