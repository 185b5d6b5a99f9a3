import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { Can, Public } from '../guards/policy.decorators';
import { User } from '../users/user.type';
import { UsersService } from '../users/users.service';
import { AuthPayload } from './auth-payload.type';
import { AuthService } from './auth.service';
import { LoginArgs } from './login.args';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Ctx() ctx: RequestContext, @Args() { email, password }: LoginArgs): Promise<AuthPayload> {
    return this.auth.login(ctx, email, password);
  }

  @Can('read', 'User')
  @Query(() => User)
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return this.users.me(ctx);
  }
}
