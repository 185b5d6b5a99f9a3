import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationConnection } from './organization-connection.type';
import { Organization } from './organization.type';
import { OrganizationService } from './organization.service';
import { orderGiven, PageArgs } from '@app/core';
import { OrganizationOrder } from '../records/record-order';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Can('read', 'Organization')
  @Query(() => Organization, {
    nullable: true,
    description: 'Null when unknown or not visible to the viewer: the same answer.',
  })
  organization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The organization's id." }) id: string,
  ): Promise<Organization | null> {
    return this.organizationService.findById(ctx, id);
  }

  @Can('read', 'Organization')
  @Query(() => OrganizationConnection, {
    description: 'The organizations you may see, newest first; with a search, best matches first.',
  })
  organizations(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => OrganizationFilter,
      nullable: true,
      description: 'Narrows the list; none: every organization you may see.',
    })
    filter: OrganizationFilter, // not `| null`: that would erase the type the validation pipe needs
    @Args() page: PageArgs,
    @Args('orderBy', {
      type: () => OrganizationOrder,
      nullable: true,
      description:
        "How to order the list; left out: the list's default order. With a search, the key first, then best matches.",
    })
    orderBy: OrganizationOrder,
  ): Promise<OrganizationConnection> {
    return this.organizationService.list(ctx, filter, page, orderGiven(orderBy));
  }

  @Can('create', 'Organization')
  @Transactional()
  @Mutation(() => Organization, { description: 'Creates an organization of your agency (analysts, investigators).' })
  createOrganization(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new organization.' }) input: CreateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationService.create(ctx, input);
  }

  @Can('update', 'Organization')
  @Transactional()
  @Mutation(() => Organization, {
    description: "Changes one of your agency's organizations: the fields given change, the others stay.",
  })
  updateOrganization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The organization's id." }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationService.update(ctx, id, input);
  }
}
