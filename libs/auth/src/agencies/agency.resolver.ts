import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { Can, DropsAuthCache, Transactional } from '../guards/policy.decorators';
import { AgencyService } from './agency.service';
import { Agency } from './agency.type';
import { UpdateAgencyInput } from './update-agency.input';

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(private readonly agencies: AgencyService) {}

  @Can('update', 'Agency')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => Agency, {
    description: "Agency admins: their own agency's settings (the roles that must log in with TOTP).",
  })
  updateAgency(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'What to change.' }) input: UpdateAgencyInput,
  ): Promise<Agency> {
    return this.agencies.update(ctx, input);
  }
}
