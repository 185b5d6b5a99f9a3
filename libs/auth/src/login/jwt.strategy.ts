import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@app/core';
import { SessionActor } from '../sessions/session-actor';
import { SessionActors } from '../sessions/session-actors';
import { AccessTokenClaims, TOKEN_ALGORITHM } from './token.service';

/** People: `Authorization: Bearer <accessToken>`, HS256 only (`alg: none` and every other algorithm refused). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly actors: SessionActors,
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

  /** The token's session as it is now (SessionActors). */
  async validate(claims: AccessTokenClaims): Promise<SessionActor | false> {
    return (await this.actors.actorOf(claims.sub, claims.sid, claims.agency)) ?? false;
  }
}
