import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import {
  AppError,
  ConnectionShape,
  emptyConnection,
  Country,
  ErrorCode,
  isUniqueViolation,
  isUuid,
  keysetPage,
  newId,
  PageArgs,
  Role,
} from '@app/core';
import { whereAccessible } from '../ability/accessible-query';
import { AgencyEntity } from '../agencies/agency.entity';
import { RequestContext } from '../context/request-context';
import { assertStrongPassword } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';
import { InvitationMailer } from './invitation-mailer';
import { InvitationService, IssuedInvitation } from './invitation.service';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UserEntity } from './user.entity';

const EMAIL_INDEX = 'UQ_97672ac88f789774dd47f7c8be3';

export interface UserInvitationResult extends IssuedInvitation {
  user: UserEntity;
}

/** The default language of an agency's people: its country's. */
function languageOf(country: Country): string {
  return country === Country.MX ? 'es' : 'en';
}

function sameRoles(a: Role[], b: Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/**
 * An agency's admins run its people: invite them, change their names and roles, disable and
 * enable them, reset their passwords. Every change is audited under the agency (who, whom, what
 * changed), and the agency always keeps one active admin.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
    private readonly mailer: InvitationMailer,
  ) {}

  /** The agency's people the actor may read (all of them for its admins), newest first. */
  list(ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<UserEntity>> {
    const qb = ctx.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.agency_id = :agency', { agency: ctx.agencyId });
    const count = qb.clone();
    if (!whereAccessible(qb, ctx.ability, 'read', 'User')) return Promise.resolve(emptyConnection<UserEntity>(args));
    whereAccessible(count, ctx.ability, 'read', 'User');
    return keysetPage(qb, { cursors: ctx.cursors, list: 'User', idSql: 'u.id', args, count: () => count.getCount() });
  }

  /** A new person of the admin's agency, with an invitation to set their password (72 hours, once). */
  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserInvitationResult> {
    const agency = await ctx.manager.getRepository(AgencyEntity).findOneByOrFail({ id: ctx.agencyId });
    const user = await createUserIn(ctx, agency, input);
    const invitation = await this.invitations.issue(ctx, user);
    ctx.audit({
      action: 'USER_CREATED',
      recordOwnerAgencyId: user.agencyId,
      detail: { userId: user.id, email: user.email, roles: user.roles },
    });
    await this.mailer.send(user, agency, invitation);
    return { user, ...invitation };
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserEntity> {
    const user = await this.lockedUser(ctx, id);
    const changes: Partial<Pick<UserEntity, 'displayName' | 'roles' | 'language'>> = {};
    const displayName = input.displayName?.trim();
    if (input.displayName !== undefined && input.displayName !== null && !displayName)
      throw AppError.badInput('displayName', 'must not be empty');
    if (displayName && displayName !== user.displayName) changes.displayName = displayName;
    if (input.roles && !sameRoles(input.roles, user.roles)) changes.roles = [...new Set(input.roles)];
    if (input.language && input.language !== user.language) changes.language = input.language;
    if (changes.roles && user.roles.includes(Role.AGENCY_ADMIN) && !changes.roles.includes(Role.AGENCY_ADMIN))
      await this.assertAnotherAdmin(ctx, user);
    if (Object.keys(changes).length === 0) return user;
    await ctx.manager.getRepository(UserEntity).update({ id: user.id }, changes);
    const changed = Object.keys(changes);
    ctx.audit({
      action: 'USER_UPDATED',
      recordOwnerAgencyId: user.agencyId,
      changedFields: changed,
      detail: {
        userId: user.id,
        email: user.email,
        ...(changes.roles ? { roles: { from: user.roles, to: changes.roles } } : {}),
      },
    });
    return { ...user, ...changes };
  }

  /** The person can no longer log in, and every session of theirs ends at once. */
  async disable(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.lockedUser(ctx, id);
    if (!user.active) return user;
    if (user.roles.includes(Role.AGENCY_ADMIN)) await this.assertAnotherAdmin(ctx, user);
    await ctx.manager.getRepository(UserEntity).update({ id: user.id }, { active: false });
    const sessionsEnded = await this.sessions.revoke(ctx, user.id, null);
    ctx.audit({
      action: 'USER_DISABLED',
      recordOwnerAgencyId: user.agencyId,
      detail: { userId: user.id, email: user.email, sessionsEnded },
    });
    return { ...user, active: false };
  }

  async enable(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.lockedUser(ctx, id);
    if (user.active) return user;
    await ctx.manager.getRepository(UserEntity).update({ id: user.id }, { active: true });
    ctx.audit({
      action: 'USER_ENABLED',
      recordOwnerAgencyId: user.agencyId,
      detail: { userId: user.id, email: user.email },
    });
    return { ...user, active: true };
  }

  /** The old password and every session end at once; a new invitation sets the next password. */
  async resetPassword(ctx: RequestContext, id: string): Promise<UserInvitationResult> {
    const user = await this.lockedUser(ctx, id);
    if (!user.active) throw AppError.conflict('The user is disabled: enable them first');
    await ctx.manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash: null });
    const sessionsEnded = await this.sessions.revoke(ctx, user.id, null);
    const invitation = await this.invitations.issue(ctx, user);
    ctx.audit({
      action: 'USER_PASSWORD_RESET',
      recordOwnerAgencyId: user.agencyId,
      detail: { userId: user.id, email: user.email, sessionsEnded },
    });
    const agency = await ctx.manager.getRepository(AgencyEntity).findOneByOrFail({ id: user.agencyId });
    await this.mailer.send(user, agency, invitation);
    return { user: { ...user, passwordHash: null }, ...invitation };
  }

  /** The person's own password; their other sessions end (this one goes on). */
  async changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
    sessionId: string | null,
  ): Promise<boolean> {
    const user = await ctx.manager
      .getRepository(UserEntity)
      .findOne({ where: { id: ctx.requiredActor.id }, lock: { mode: 'pessimistic_write' } });
    if (!user?.passwordHash || !(await argon2.verify(user.passwordHash, currentPassword))) {
      ctx.audit({ action: 'PASSWORD_CHANGED', outcome: 'DENIED', detail: { reason: 'WRONG_PASSWORD' } });
      throw AppError.badInput('currentPassword', 'is not your current password');
    }
    if (currentPassword === newPassword)
      throw AppError.badInput('newPassword', 'must differ from the current password');
    assertStrongPassword(newPassword, [user.email, user.displayName]);
    await ctx.manager
      .getRepository(UserEntity)
      .update({ id: user.id }, { passwordHash: await argon2.hash(newPassword) });
    const sessionsEnded = await this.sessions.revokeOthers(ctx, user.id, sessionId);
    ctx.audit({
      action: 'PASSWORD_CHANGED',
      recordOwnerAgencyId: user.agencyId,
      detail: { userId: user.id, sessionsEnded },
    });
    return true;
  }

  /** A user of the actor's agency to change, locked; one of another agency is NOT_FOUND, as an unknown id. */
  private async lockedUser(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = isUuid(id)
      ? await ctx.manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!user) throw AppError.notFound('user');
    ctx.assertCan('update', 'User', user, 'user');
    return user;
  }

  /**
   * Refuses to leave the agency without an active admin. The agency's active admins are locked
   * first, so two admins demoting each other at once cannot both succeed.
   */
  private async assertAnotherAdmin(ctx: RequestContext, user: UserEntity): Promise<void> {
    const admins: { id: string }[] = await ctx.manager.query(
      `SELECT id FROM users WHERE agency_id = $1 AND active AND $2 = ANY(roles) ORDER BY id FOR UPDATE`,
      [user.agencyId, Role.AGENCY_ADMIN],
    );
    if (!admins.some((admin) => admin.id !== user.id)) {
      throw new AppError(ErrorCode.CONFLICT, 'The agency must keep at least one active admin', {
        reason: 'LAST_ADMIN',
      });
    }
  }
}

/**
 * A new user of `agency` without a password (their invitation sets it). Shared by the admins'
 * createUser and the first-admin command line.
 */
export async function createUserIn(
  ctx: RequestContext,
  agency: AgencyEntity,
  input: CreateUserInput,
): Promise<UserEntity> {
  const displayName = input.displayName.trim();
  if (!displayName) throw AppError.badInput('displayName', 'must not be empty');
  const user: UserEntity = {
    id: newId(),
    agencyId: agency.id,
    email: input.email.trim().toLowerCase(),
    displayName,
    roles: [...new Set(input.roles)],
    passwordHash: null,
    active: true,
    language: input.language ?? languageOf(agency.country),
    lastLoginAt: null,
    totpSecret: null,
    totpEnabledAt: null,
    totpLastStep: null,
    createdAt: new Date(),
  };
  ctx.assertCan('create', 'User', user, 'user');
  try {
    await ctx.manager.getRepository(UserEntity).insert(user);
  } catch (error) {
    if (isUniqueViolation(error, EMAIL_INDEX))
      throw new AppError(ErrorCode.CONFLICT, 'A user with this e-mail address already exists', {
        reason: 'EMAIL_TAKEN',
      });
    throw error;
  }
  return user;
}
