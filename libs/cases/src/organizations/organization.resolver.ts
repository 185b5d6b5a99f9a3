import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationConnection } from './organization-connection.type';
import { Organization } from './organization.type';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Can('read', 'Organization')
  @Query(() => Organization, { nullable: true, description: 'Null when unknown or not visible to the viewer: the same answer.' })
  organization(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Organization | null> {
    return this.organizationService.findById(ctx, id);
  }

  @Can('read', 'Organization')
  @Query(() => OrganizationConnection)
  organizations(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter: OrganizationFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OrganizationConnection> {
    return this.organizationService.list(ctx, filter, { first, after });
  }

  @Can('create', 'Organization')
  @Transactional()
  @Mutation(() => Organization)
  createOrganization(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.organizationService.create(ctx, input);
  }

  @Can('update', 'Organization')
  @Transactional()
  @Mutation(() => Organization)
  updateOrganization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationService.update(ctx, id, input);
  }
}
