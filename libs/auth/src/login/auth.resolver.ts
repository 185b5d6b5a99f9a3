import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { Can, Public } from '../guards/policy.decorators';
import { ClientAddress } from '../rate-limits/client-address';
import { PublicBudget, SESSION_REFRESH_THROTTLER } from '../rate-limits/rate-limit.guard';
import { User } from '../users/user.type';
import { UsersService } from '../users/users.service';
import { AuthPayload } from './auth-payload.type';
import { AuthService } from './auth.service';
import { ConfirmTotpEnrolmentArgs } from './confirm-totp-enrolment.args';
import { LoginArgs } from './login.args';
import { RefreshSessionArgs } from './refresh-session.args';
import { StartTotpEnrolmentArgs } from './start-totp-enrolment.args';
import { TotpEnrolment } from './totp-enrolment.type';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Ctx() ctx: RequestContext, @ClientAddress() address: string, @Args() { email, password, totpCode }: LoginArgs): Promise<AuthPayload> {
    return this.auth.login(ctx, address, email, password, totpCode);
  }

  /** A new access token without the password, until the session's end; the refresh token rotates. */
  @Public()
  @PublicBudget(SESSION_REFRESH_THROTTLER)
  @Mutation(() => AuthPayload)
  refreshSession(@Ctx() ctx: RequestContext, @Args() { refreshToken }: RefreshSessionArgs): Promise<AuthPayload> {
    return this.auth.refresh(ctx, refreshToken);
  }

  /** Ends this session (or every session of the user): its tokens stop working at once. */
  @Can('read', 'User')
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: RequestContext, @Args('allSessions', { type: () => Boolean, defaultValue: false }) allSessions: boolean): Promise<boolean> {
    return this.auth.logout(ctx, allSessions);
  }

  @Public()
  @Mutation(() => TotpEnrolment)
  startTotpEnrolment(@Ctx() ctx: RequestContext, @ClientAddress() address: string, @Args() { email, password }: StartTotpEnrolmentArgs): Promise<TotpEnrolment> {
    return this.auth.startTotpEnrolment(ctx, address, email, password);
  }

  @Public()
  @Mutation(() => AuthPayload)
  confirmTotpEnrolment(@Ctx() ctx: RequestContext, @ClientAddress() address: string, @Args() args: ConfirmTotpEnrolmentArgs): Promise<AuthPayload> {
    return this.auth.confirmTotpEnrolment(ctx, address, args.email, args.password, args.totpCode);
  }

  @Can('read', 'User')
  @Query(() => User)
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return this.users.me(ctx);
  }
}
