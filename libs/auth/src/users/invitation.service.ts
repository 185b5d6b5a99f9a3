import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { IsNull } from 'typeorm';
import { AppError, ErrorCode, newId } from '@app/core';
import { RequestContext } from '../context/request-context';
import { assertStrongPassword } from '../passwords/password-policy';
import { UserInvitationEntity } from './user-invitation.entity';
import { UserEntity } from './user.entity';

/** How long an invitation can be accepted. */
export const INVITATION_HOURS = 72;
/** `fri_<invitation id, hex>_<43 characters of base64url: 256 random bits>` */
const TOKEN_FORMAT = /^fri_([0-9a-f]{32})_[A-Za-z0-9_-]{43}$/;
const INVALID_INVITATION = 'Invalid, used or expired invitation: ask your agency admin for a new one';

export interface IssuedInvitation {
  invitationToken: string;
  expiresAt: Date;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function idFromHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function invalidInvitation(): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, INVALID_INVITATION, { reason: 'INVALID_INVITATION' });
}

/** Invitations to set a password: issued by an admin (or the CLI), accepted once by the person. */
@Injectable()
export class InvitationService {
  /**
   * A new invitation for `user`; any earlier one still open ends (only the newest works). The
   * token is in the answer only: the database keeps its hash.
   */
  async issue(ctx: RequestContext, user: UserEntity): Promise<IssuedInvitation> {
    const id = newId();
    const invitationToken = `fri_${id.replace(/-/g, '')}_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + INVITATION_HOURS * 3_600_000);
    const repository = ctx.manager.getRepository(UserInvitationEntity);
    await repository.update({ userId: user.id, endedAt: IsNull() }, { endedAt: new Date() });
    await repository.insert({
      id,
      userId: user.id,
      tokenHash: hashToken(invitationToken),
      createdBy: ctx.actor?.id ?? null,
      expiresAt,
      endedAt: null,
    });
    return { invitationToken, expiresAt };
  }

  /**
   * Sets the password the invitation was for, and ends the invitation: one statement that
   * succeeds for one caller only (two acceptances of the same token: the second is refused).
   * The token is checked before the password, so a weak password does not use it up.
   */
  async accept(ctx: RequestContext, token: string, password: string): Promise<UserEntity> {
    const match = TOKEN_FORMAT.exec(token);
    if (!match) throw invalidInvitation();
    const id = idFromHex(match[1]);
    const invitation = await ctx.manager
      .getRepository(UserInvitationEntity)
      .findOne({ where: { id }, relations: { user: true } });
    const user = invitation?.user;
    if (
      !invitation ||
      !user ||
      !timingSafeEqual(invitation.tokenHash, hashToken(token)) ||
      invitation.endedAt ||
      invitation.expiresAt.getTime() <= Date.now() ||
      !user.active
    ) {
      throw invalidInvitation();
    }
    assertStrongPassword(password, [user.email, user.displayName]);
    const passwordHash = await argon2.hash(password);
    const accepted: unknown[] = await ctx.manager.query(
      `WITH ended AS (
         UPDATE user_invitations SET ended_at = now()
          WHERE id = $1 AND token_hash = $2 AND ended_at IS NULL AND expires_at > now()
          RETURNING user_id)
       UPDATE users u SET password_hash = $3 FROM ended WHERE u.id = ended.user_id AND u.active RETURNING u.id`,
      [id, hashToken(token), passwordHash],
    );
    const rows = (Array.isArray(accepted[0]) ? accepted[0] : accepted) as unknown[];
    if (rows.length === 0) throw invalidInvitation();
    return { ...user, passwordHash };
  }
}
