import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { APP_CONFIG, AppConfig } from '@app/core';

export const TOKEN_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  agency: string;
  /** The session (login) the token belongs to: revoking it ends the token at once. */
  sid: string;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly lifetimeSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
    this.lifetimeSeconds = config.accessTokenTtlSeconds;
  }

  /** ACCESS_TOKEN_TTL_SECONDS long, never past the end of its session. */
  async issue(
    userId: string,
    agencyId: string,
    sessionId: string,
    sessionExpiresAt: Date,
  ): Promise<{ accessToken: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = new Date(
      Math.min((now + this.lifetimeSeconds) * 1000, Math.floor(sessionExpiresAt.getTime() / 1000) * 1000),
    );
    const accessToken = await new SignJWT({ agency: agencyId, sid: sessionId } satisfies Omit<AccessTokenClaims, 'sub'>)
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuedAt(now)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { accessToken, expiresAt };
  }
}
