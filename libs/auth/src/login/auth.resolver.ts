import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { Can, DropsAuthCache, Public, Transactional } from '../guards/policy.decorators';
import { ClientAddress } from '../rate-limits/client-address';
import { PublicBudget, SESSION_REFRESH_THROTTLER } from '../rate-limits/rate-limit.guard';
import { AccountsService } from '../users/accounts.service';
import { AcceptInvitationArgs, ChangePasswordArgs } from '../users/user.inputs';
import { User } from '../users/user.type';
import { UsersService } from '../users/users.service';
import { AuthPayload } from './auth-payload.type';
import { AuthService } from './auth.service';
import { ConfirmTotpEnrolmentArgs } from './confirm-totp-enrolment.args';
import { LoginArgs } from './login.args';
import { RefreshSessionArgs } from './refresh-session.args';
import { sessionIdOf } from '../sessions/session-actor';
import { StartTotpEnrolmentArgs } from './start-totp-enrolment.args';
import { TotpEnrolment } from './totp-enrolment.type';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @DropsAuthCache()
  @Mutation(() => AuthPayload, {
    description: 'Logs in with e-mail and password (and a TOTP code where enabled); rate limited.',
  })
  login(
    @Ctx() ctx: RequestContext,
    @ClientAddress() address: string,
    @Args() { email, password, totpCode }: LoginArgs,
  ): Promise<AuthPayload> {
    return this.auth.login(ctx, address, email, password, totpCode);
  }

  @Public()
  @PublicBudget(SESSION_REFRESH_THROTTLER)
  @DropsAuthCache()
  @Mutation(() => AuthPayload, {
    description:
      'A new access token without the password, until the session ends; the refresh token rotates (each is good once).',
  })
  refreshSession(@Ctx() ctx: RequestContext, @Args() { refreshToken }: RefreshSessionArgs): Promise<AuthPayload> {
    return this.auth.refresh(ctx, refreshToken);
  }

  @Can('read', 'User')
  @DropsAuthCache()
  @Mutation(() => Boolean, {
    description: 'Ends this session (or every session of yours): its tokens stop working at once.',
  })
  logout(
    @Ctx() ctx: RequestContext,
    @Args('allSessions', {
      type: () => Boolean,
      defaultValue: false,
      description: 'True: every session of yours ends, on every device.',
    })
    allSessions: boolean,
  ): Promise<boolean> {
    return this.auth.logout(ctx, allSessions);
  }

  @Public()
  @DropsAuthCache()
  @Mutation(() => TotpEnrolment, {
    description: 'Starts two-factor (TOTP) enrolment: a secret for an authenticator app, active once confirmed.',
  })
  startTotpEnrolment(
    @Ctx() ctx: RequestContext,
    @ClientAddress() address: string,
    @Args() { email, password }: StartTotpEnrolmentArgs,
  ): Promise<TotpEnrolment> {
    return this.auth.startTotpEnrolment(ctx, address, email, password);
  }

  @Public()
  @DropsAuthCache()
  @Mutation(() => AuthPayload, {
    description: 'Confirms enrolment with a first code from the app: TOTP is on from then, and this logs you in.',
  })
  confirmTotpEnrolment(
    @Ctx() ctx: RequestContext,
    @ClientAddress() address: string,
    @Args() args: ConfirmTotpEnrolmentArgs,
  ): Promise<AuthPayload> {
    return this.auth.confirmTotpEnrolment(ctx, address, args.email, args.password, args.totpCode);
  }

  /** No login: the invitation token is the credential (rate limited per address, like every public operation). */
  @Public()
  @DropsAuthCache()
  @Mutation(() => AuthPayload, {
    description: 'Sets the password an invitation is for (at least 12 characters, not a common one) and logs in.',
  })
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args() { token, password, totpCode }: AcceptInvitationArgs,
  ): Promise<AuthPayload> {
    return this.auth.acceptInvitation(ctx, token, password, totpCode);
  }

  /** The person's own password; their other sessions end. */
  @Can('read', 'User')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => Boolean, {
    description: 'Your own password, with the current one; your other sessions end, this one goes on.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
  ): Promise<boolean> {
    return this.accounts.changePassword(ctx, currentPassword, newPassword, sessionIdOf(ctx.actor));
  }

  @Can('read', 'User')
  @Query(() => User, { description: 'Who you are: the person logged in, with their agency and roles.' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return this.users.me(ctx);
  }
}
