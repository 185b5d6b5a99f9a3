import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppError, ErrorCode } from '@app/core';
import { Actor } from '../ability/actor';
import { RequestContext } from '../context/request-context';
import { TotpEnrolment, TotpService } from '../mfa/totp.service';
import { LoginLimitsService } from '../rate-limits/login-limits.service';
import { sessionIdOf } from '../sessions/session-actor';
import { SessionService } from '../sessions/session.service';
import { UsersService } from '../users/users.service';
import { InvitationService } from '../users/invitation.service';
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

/** The operations that prove a password, by their audit action (see the audit library's AuditAction). */
type PasswordAction = 'LOGIN' | 'TOTP_ENROLMENT_STARTED' | 'TOTP_ENROLMENT_CONFIRMED' | 'INVITATION_ACCEPTED';

function actorOf(user: UserEntity): Actor {
  return { kind: 'user', id: user.id, agencyId: user.agencyId, roles: user.roles, scopes: [] };
}

/** A refused attempt on a known account, audited under that account (the request has no actor yet). */
function auditRefusal(ctx: RequestContext, action: string, user: UserEntity, reason: string): void {
  ctx.audit({ action, outcome: 'DENIED', actor: actorOf(user), detail: { reason } });
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
    private readonly invitations: InvitationService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await argon2.hash('decoy-password-never-matches');
  }

  async login(
    ctx: RequestContext,
    address: string,
    email: string,
    password: string,
    totpCode?: string,
  ): Promise<LoginResult> {
    const user = await this.checkPassword(ctx, address, email, password, 'LOGIN');
    if (user.totpEnabledAt) {
      // Only after the right password: the code question tells nothing to a guesser.
      if (!totpCode) {
        auditRefusal(ctx, 'LOGIN', user, 'TOTP_REQUIRED');
        throw totpError('A TOTP code is required for this account', 'TOTP_REQUIRED');
      }
      if (!(await this.totp.verify(ctx, user, totpCode))) {
        await this.limits.recordFailure(email, address);
        auditRefusal(ctx, 'LOGIN', user, 'TOTP_INVALID');
        throw totpError('Invalid TOTP code', 'TOTP_INVALID');
      }
    } else if (await this.totp.requiredFor(ctx, user)) {
      auditRefusal(ctx, 'LOGIN', user, 'TOTP_ENROLMENT_REQUIRED');
      throw totpError(
        'Your agency requires a TOTP code for your role: enrol with startTotpEnrolment',
        'TOTP_ENROLMENT_REQUIRED',
      );
    }
    await this.limits.recordSuccess(email);
    return this.startSession(ctx, user, 'LOGIN');
  }

  async startTotpEnrolment(
    ctx: RequestContext,
    address: string,
    email: string,
    password: string,
  ): Promise<TotpEnrolment> {
    const user = await this.checkPassword(ctx, address, email, password, 'TOTP_ENROLMENT_STARTED');
    const enrolment = await this.totp.start(ctx, user);
    ctx.audit({ action: 'TOTP_ENROLMENT_STARTED', actor: actorOf(user) });
    return enrolment;
  }

  /** The first code confirms the enrolment; the answer is a login. */
  async confirmTotpEnrolment(
    ctx: RequestContext,
    address: string,
    email: string,
    password: string,
    totpCode: string,
  ): Promise<LoginResult> {
    const user = await this.checkPassword(ctx, address, email, password, 'TOTP_ENROLMENT_CONFIRMED');
    if (user.totpEnabledAt) throw AppError.conflict('TOTP is already enabled for this account');
    if (!(await this.totp.verify(ctx, user, totpCode))) {
      await this.limits.recordFailure(email, address);
      auditRefusal(ctx, 'TOTP_ENROLMENT_CONFIRMED', user, 'TOTP_INVALID');
      throw totpError('Invalid TOTP code (start the enrolment first)', 'TOTP_INVALID');
    }
    await this.limits.recordSuccess(email);
    return this.startSession(ctx, { ...user, totpEnabledAt: new Date() }, 'TOTP_ENROLMENT_CONFIRMED');
  }

  /**
   * Sets the password an invitation is for and logs in. The password is set for good even where
   * a second factor then stands in the way: the person logs in (or enrols) with it and their code.
   */
  async acceptInvitation(
    ctx: RequestContext,
    token: string,
    password: string,
    totpCode?: string | null,
  ): Promise<LoginResult> {
    const user = await this.invitations.accept(ctx, token, password);
    if (user.totpEnabledAt) {
      if (!totpCode || !(await this.totp.verify(ctx, user, totpCode))) {
        auditRefusal(ctx, 'INVITATION_ACCEPTED', user, totpCode ? 'TOTP_INVALID' : 'TOTP_REQUIRED');
        throw totpError('Password set: log in with it and your TOTP code', totpCode ? 'TOTP_INVALID' : 'TOTP_REQUIRED');
      }
    } else if (await this.totp.requiredFor(ctx, user)) {
      auditRefusal(ctx, 'INVITATION_ACCEPTED', user, 'TOTP_ENROLMENT_REQUIRED');
      throw totpError(
        'Password set: your agency requires a TOTP code for your role, enrol with startTotpEnrolment',
        'TOTP_ENROLMENT_REQUIRED',
      );
    }
    return this.startSession(ctx, user, 'INVITATION_ACCEPTED');
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<LoginResult> {
    try {
      const { user, sessionId, refreshToken: next, sessionExpiresAt } = await this.sessions.refresh(ctx, refreshToken);
      const token = await this.tokens.issue(user.id, user.agencyId, sessionId, sessionExpiresAt);
      ctx.audit({ action: 'SESSION_REFRESHED', actor: actorOf(user) });
      return { ...token, refreshToken: next, sessionExpiresAt, user };
    } catch (error) {
      // a refused token whose session is known is audited under its user (a replay ends the session)
      const user =
        error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED
          ? await this.sessions.userOfRefreshToken(ctx, refreshToken)
          : null;
      if (user) auditRefusal(ctx, 'SESSION_REFRESHED', user, 'INVALID_REFRESH_TOKEN');
      throw error;
    }
  }

  /** Ends the caller's session (or all of the user's sessions): its tokens stop working at once. */
  async logout(ctx: RequestContext, allSessions: boolean): Promise<boolean> {
    const actor = ctx.requiredActor;
    const sessionId = sessionIdOf(actor);
    if (actor.kind !== 'user' || !sessionId) throw AppError.forbidden('Only a logged-in person can log out');
    const ended = await this.sessions.revoke(ctx, actor.id, allSessions ? null : sessionId);
    ctx.audit({ action: 'LOGOUT', detail: { allSessions, sessionsEnded: ended } });
    return true;
  }

  /**
   * Lockouts first (even the right password does not open a closed account), then the
   * password. A wrong password, an unknown email and a disabled account get the same answer
   * and each count as a failure.
   */
  private async checkPassword(
    ctx: RequestContext,
    address: string,
    email: string,
    password: string,
    action: PasswordAction,
  ): Promise<UserEntity> {
    try {
      await this.limits.assertOpen(email, address);
    } catch (error) {
      const locked = await this.users.findByEmail(ctx, email);
      if (locked) auditRefusal(ctx, action, locked, 'LOCKED_OUT');
      throw error;
    }
    const user = await this.users.findByEmail(ctx, email);
    const matches = await argon2.verify(user?.passwordHash ?? this.decoyHash, password);
    if (!user || !matches || !user.active) {
      await this.limits.recordFailure(email, address);
      // An unknown email names nobody to attribute the attempt to (the lockout counts it all the same).
      if (user) auditRefusal(ctx, action, user, matches ? 'ACCOUNT_DISABLED' : 'WRONG_PASSWORD');
      throw AppError.unauthenticated(INVALID_LOGIN);
    }
    return user;
  }

  private async startSession(ctx: RequestContext, user: UserEntity, action: PasswordAction): Promise<LoginResult> {
    const session = await this.sessions.start(ctx, user.id);
    await this.users.recordLogin(ctx, user.id);
    const token = await this.tokens.issue(user.id, user.agencyId, session.sessionId, session.sessionExpiresAt);
    ctx.audit({ action, actor: actorOf(user) });
    return { ...token, refreshToken: session.refreshToken, sessionExpiresAt: session.sessionExpiresAt, user };
  }
}
