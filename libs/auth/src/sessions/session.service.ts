import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, AppError, isUuid, newId } from '@app/core';
import { RequestContext } from '../context/request-context';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

/**
 * `frs_<session id, hex>_<session secret>_<rotating secret>`, each secret 43 characters of
 * base64url (256 bits). The session secret is the same in every refresh token of the session
 * and in no access token (those name only the session id), so a token made up from an access
 * token's `sid` proves nothing: only a real, rotated refresh token presented again ends the session.
 */
const REFRESH_TOKEN_FORMAT = /^frs_([0-9a-f]{32})_([A-Za-z0-9_-]{43})_([A-Za-z0-9_-]{43})$/;
const INVALID_REFRESH = 'Invalid or expired refresh token: log in again';

export interface StartedSession {
  sessionId: string;
  refreshToken: string;
  sessionExpiresAt: Date;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function idFromHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function refreshTokenFor(sessionId: string, sessionSecret: string): string {
  return `frs_${sessionId.replace(/-/g, '')}_${sessionSecret}_${randomBytes(32).toString('base64url')}`;
}

/** The session a refresh token names (rate limits count refreshes per session); null when it has not the shape of one. */
export function sessionIdOfRefreshToken(refreshToken: unknown): string | null {
  const match = typeof refreshToken === 'string' ? REFRESH_TOKEN_FORMAT.exec(refreshToken) : null;
  return match ? idFromHex(match[1]) : null;
}

@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async start(ctx: RequestContext, userId: string): Promise<StartedSession> {
    const sessionId = newId();
    const sessionSecret = randomBytes(32).toString('base64url');
    const refreshToken = refreshTokenFor(sessionId, sessionSecret);
    const sessionExpiresAt = new Date(Date.now() + this.config.sessionMaxSeconds * 1000);
    await ctx.manager.getRepository(SessionEntity).insert({
      id: sessionId,
      userId,
      refreshTokenHash: hashToken(refreshToken),
      refreshSecretHash: hashToken(sessionSecret),
      expiresAt: sessionExpiresAt,
    });
    return { sessionId, refreshToken, sessionExpiresAt };
  }

  /**
   * Rotates the refresh token: the presented one stops working. Presenting a token that was
   * already rotated (a stolen copy, or a replay) revokes the whole session; a token that was
   * never issued (right session id, wrong secrets) is refused and changes nothing.
   */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<StartedSession & { user: UserEntity }> {
    const match = REFRESH_TOKEN_FORMAT.exec(refreshToken);
    if (!match) throw AppError.unauthenticated(INVALID_REFRESH);
    const sessionId = idFromHex(match[1]);
    const sessionSecret = match[2];
    const next = refreshTokenFor(sessionId, sessionSecret);
    // Compare-and-swap in one statement: two refreshes with the same token cannot both win.
    const rotated: { user_id: string; expires_at: Date }[] = await ctx.manager
      .query(
        `UPDATE auth_sessions s SET refresh_token_hash = $3, refreshed_at = now()
         FROM users u
        WHERE s.id = $1 AND s.refresh_token_hash = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.id = s.user_id AND u.active
        RETURNING s.user_id, s.expires_at`,
        [sessionId, hashToken(refreshToken), hashToken(next)],
      )
      .then(
        (result: [unknown[], number] | unknown[]) =>
          (Array.isArray(result[0]) ? result[0] : result) as { user_id: string; expires_at: Date }[],
      );
    if (rotated.length === 0) {
      // A rotated token of this session presented again (it carries the session secret): end the session for good.
      await ctx.manager
        .getRepository(SessionEntity)
        .update(
          { id: sessionId, refreshSecretHash: hashToken(sessionSecret), revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
      throw AppError.unauthenticated(INVALID_REFRESH);
    }
    const user = await ctx.manager.getRepository(UserEntity).findOneByOrFail({ id: rotated[0].user_id });
    return { sessionId, refreshToken: next, sessionExpiresAt: new Date(rotated[0].expires_at), user };
  }

  /** The user whose session a (well-formed) refresh token names, whatever became of the session. */
  async userOfRefreshToken(ctx: RequestContext, refreshToken: string): Promise<UserEntity | null> {
    const match = REFRESH_TOKEN_FORMAT.exec(refreshToken);
    const session = match
      ? await ctx.manager
          .getRepository(SessionEntity)
          .findOne({ where: { id: idFromHex(match[1]) }, relations: { user: true } })
      : null;
    return session?.user ?? null;
  }

  /** For the JWT strategy, before any RequestContext exists: the session, if live, with its user, if active. */
  findLiveSession(userId: string, sessionId: unknown): Promise<(SessionEntity & { user: UserEntity }) | null> {
    if (!isUuid(userId) || typeof sessionId !== 'string' || !isUuid(sessionId)) return Promise.resolve(null);
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u', 'u.active')
      .where('s.id = :sessionId AND s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', {
        sessionId,
        userId,
      })
      .getOne() as Promise<(SessionEntity & { user: UserEntity }) | null>;
  }

  /** Ends one session, or all of the user's; their access and refresh tokens stop working at once. */
  async revoke(ctx: RequestContext, userId: string, sessionId: string | null): Promise<number> {
    const where = sessionId ? { id: sessionId, userId, revokedAt: IsNull() } : { userId, revokedAt: IsNull() };
    const result = await ctx.manager.getRepository(SessionEntity).update(where, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  /** Ends every session of the user but `keep` (the one changing the password). */
  async revokeOthers(ctx: RequestContext, userId: string, keep: string | null): Promise<number> {
    const result = await ctx.manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL AND id IS DISTINCT FROM :keep', { userId, keep })
      .execute();
    return result.affected ?? 0;
  }
}
