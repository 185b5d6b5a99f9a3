import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Can, Ctx, DropsAuthCache, RequestContext, Transactional, UsersService } from '@app/auth';
import { CreateAgreementInput } from './agreement.inputs';
import { Agreement } from './agreement.type';
import { AgreementService } from './agreement.service';

@Resolver(() => Agreement)
export class AgreementResolver {
  constructor(
    private readonly agreementService: AgreementService,
    private readonly users: UsersService,
  ) {}

  @Can('read', 'Agreement')
  @Query(() => [Agreement], { description: 'The agreements your agency provides or receives.' })
  agreements(@Ctx() ctx: RequestContext): Promise<Agreement[]> {
    return this.agreementService.list(ctx);
  }

  @Can('create', 'Agreement')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => Agreement, { description: "The provider's agency admins." })
  createAgreement(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The agreement.' }) input: CreateAgreementInput,
  ): Promise<Agreement> {
    return this.agreementService.create(ctx, input);
  }

  @Can('update', 'Agreement')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => Agreement, { description: "The provider's agency admins; takes effect at once." })
  endAgreement(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The agreement's id." }) id: string,
  ): Promise<Agreement> {
    return this.agreementService.end(ctx, id);
  }

  @ResolveField(() => Agency)
  providerAgency(@Ctx() ctx: RequestContext, @Parent() agreement: Agreement): Promise<Agency> {
    return this.users.agency(ctx, agreement.providerAgencyId);
  }

  @ResolveField(() => Agency)
  recipientAgency(@Ctx() ctx: RequestContext, @Parent() agreement: Agreement): Promise<Agency> {
    return this.users.agency(ctx, agreement.recipientAgencyId);
  }
}
