import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency } from '../agencies/agency.type';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { User } from './user.type';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UserFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => Agency)
  agency(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<Agency> {
    return this.users.agency(ctx, user.agencyId);
  }
}
