import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@app/core';
import { AuthStateCache } from '../auth-state/auth-state-cache';
import { SessionActor } from '../sessions/session-actor';
import { SessionService } from '../sessions/session.service';
import { AccessTokenClaims, TOKEN_ALGORITHM } from './token.service';

/** People: `Authorization: Bearer <accessToken>`, HS256 only (`alg: none` and every other algorithm refused). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionService,
    private readonly authState: AuthStateCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
      // public key on every request, and building that failure cost ~40% of a lookup's CPU.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: [TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  /**
   * A disabled user, one moved to another agency, or a session ended by logout loses access
   * at once: one query checks the user and the token's session together, and its answer is
   * reused only until such a change (see AuthStateCache) or the session's end.
   */
  async validate(claims: AccessTokenClaims): Promise<SessionActor | false> {
    const session = await this.authState.remember(
      `session:${String(claims.sid)}`,
      () => this.sessions.findLiveSession(claims.sub, claims.sid),
      (live) => live.expiresAt.getTime(),
    );
    const user = session?.user;
    if (!session || !user || session.expiresAt.getTime() <= Date.now() || user.id !== claims.sub || user.agencyId !== claims.agency) return false;
    return { kind: 'user', id: user.id, agencyId: user.agencyId, roles: user.roles, scopes: [], sessionId: claims.sid };
  }
}
