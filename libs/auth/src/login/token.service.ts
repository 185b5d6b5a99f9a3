import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { APP_CONFIG, AppConfig } from '@app/core';

export const TOKEN_ALGORITHM = 'HS256';
const TOKEN_LIFETIME_SECONDS = 15 * 60;

export interface AccessTokenClaims {
  sub: string;
  agency: string;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async issue(userId: string, agencyId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = new Date((now + TOKEN_LIFETIME_SECONDS) * 1000);
    const accessToken = await new SignJWT({ agency: agencyId } satisfies Omit<AccessTokenClaims, 'sub'>)
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuedAt(now)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { accessToken, expiresAt };
  }
}
