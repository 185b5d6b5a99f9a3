import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppError, ErrorCode } from '@app/core';
import { RequestContext } from '../context/request-context';
import { TotpEnrolment, TotpService } from '../mfa/totp.service';
import { LoginLimitsService } from '../rate-limits/login-limits.service';
import { sessionIdOf } from '../sessions/session-actor';
import { SessionService } from '../sessions/session.service';
import { UsersService } from '../users/users.service';
import { UserEntity } from '../users/user.entity';
import { TokenService } from './token.service';

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  sessionExpiresAt: Date;
  user: UserEntity;
}

const INVALID_LOGIN = 'Invalid email or password';

/** UNAUTHENTICATED with `extensions.reason`, for the TOTP steps of a login. */
function totpError(message: string, reason: 'TOTP_REQUIRED' | 'TOTP_INVALID' | 'TOTP_ENROLMENT_REQUIRED'): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { reason });
}

@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified when the email is unknown, so both failures take as long. */
  private decoyHash = '';

  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly limits: LoginLimitsService,
    private readonly totp: TotpService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await argon2.hash('decoy-password-never-matches');
  }

  async login(ctx: RequestContext, address: string, email: string, password: string, totpCode?: string): Promise<LoginResult> {
    const user = await this.checkPassword(ctx, address, email, password);
    if (user.totpEnabledAt) {
      // Only after the right password: the code question tells nothing to a guesser.
      if (!totpCode) throw totpError('A TOTP code is required for this account', 'TOTP_REQUIRED');
      if (!(await this.totp.verify(ctx, user, totpCode))) {
        await this.limits.recordFailure(email, address);
        throw totpError('Invalid TOTP code', 'TOTP_INVALID');
      }
    } else if (await this.totp.requiredFor(ctx, user)) {
      throw totpError('Your agency requires a TOTP code for your role: enrol with startTotpEnrolment', 'TOTP_ENROLMENT_REQUIRED');
    }
    await this.limits.recordSuccess(email);
    return this.startSession(ctx, user);
  }

  async startTotpEnrolment(ctx: RequestContext, address: string, email: string, password: string): Promise<TotpEnrolment> {
    const user = await this.checkPassword(ctx, address, email, password);
    return this.totp.start(ctx, user);
  }

  /** The first code confirms the enrolment; the answer is a login. */
  async confirmTotpEnrolment(ctx: RequestContext, address: string, email: string, password: string, totpCode: string): Promise<LoginResult> {
    const user = await this.checkPassword(ctx, address, email, password);
    if (user.totpEnabledAt) throw AppError.conflict('TOTP is already enabled for this account');
    if (!(await this.totp.verify(ctx, user, totpCode))) {
      await this.limits.recordFailure(email, address);
      throw totpError('Invalid TOTP code (start the enrolment first)', 'TOTP_INVALID');
    }
    await this.limits.recordSuccess(email);
    return this.startSession(ctx, { ...user, totpEnabledAt: new Date() });
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<LoginResult> {
    const { user, sessionId, refreshToken: next, sessionExpiresAt } = await this.sessions.refresh(ctx, refreshToken);
    const token = await this.tokens.issue(user.id, user.agencyId, sessionId, sessionExpiresAt);
    return { ...token, refreshToken: next, sessionExpiresAt, user };
  }

  /** Ends the caller's session (or all of the user's sessions): its tokens stop working at once. */
  async logout(ctx: RequestContext, allSessions: boolean): Promise<boolean> {
    const actor = ctx.requiredActor;
    const sessionId = sessionIdOf(actor);
    if (actor.kind !== 'user' || !sessionId) throw AppError.forbidden('Only a logged-in person can log out');
    await this.sessions.revoke(ctx, actor.id, allSessions ? null : sessionId);
    return true;
  }

  /**
   * Lockouts first (even the right password does not open a closed account), then the
   * password. A wrong password, an unknown email and a disabled account get the same answer
   * and each count as a failure.
   */
  private async checkPassword(ctx: RequestContext, address: string, email: string, password: string): Promise<UserEntity> {
    await this.limits.assertOpen(email, address);
    const user = await this.users.findByEmail(ctx, email);
    const matches = await argon2.verify(user?.passwordHash ?? this.decoyHash, password);
    if (!user || !matches || !user.active) {
      await this.limits.recordFailure(email, address);
      throw AppError.unauthenticated(INVALID_LOGIN);
    }
    return user;
  }

  private async startSession(ctx: RequestContext, user: UserEntity): Promise<LoginResult> {
    const session = await this.sessions.start(ctx, user.id);
    const token = await this.tokens.issue(user.id, user.agencyId, session.sessionId, session.sessionExpiresAt);
    return { ...token, refreshToken: session.refreshToken, sessionExpiresAt: session.sessionExpiresAt, user };
  }
}
