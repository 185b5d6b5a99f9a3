import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@app/core';
import { Actor } from '../ability/actor';
import { UsersService } from '../users/users.service';
import { AccessTokenClaims, TOKEN_ALGORITHM } from './token.service';

/** People: `Authorization: Bearer <accessToken>`, HS256 only (no `alg: none`, no key confusion). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  /** A disabled user, or one moved to another agency, loses access at once. */
  async validate(claims: AccessTokenClaims): Promise<Actor | false> {
    const user = await this.users.findActive(claims.sub);
    if (!user || user.agencyId !== claims.agency) return false;
    return { kind: 'user', id: user.id, agencyId: user.agencyId, roles: user.roles, scopes: [] };
  }
}
