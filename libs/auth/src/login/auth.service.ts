import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppError } from '@app/core';
import { RequestContext } from '../context/request-context';
import { UsersService } from '../users/users.service';
import { UserEntity } from '../users/user.entity';
import { TokenService } from './token.service';

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
}

const INVALID_LOGIN = 'Invalid email or password';

@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified when the email is unknown, so both failures take as long. */
  private decoyHash = '';

  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await argon2.hash('decoy-password-never-matches');
  }

  async login(ctx: RequestContext, email: string, password: string): Promise<LoginResult> {
    const user = await this.users.findByEmail(ctx, email);
    const matches = await argon2.verify(user?.passwordHash ?? this.decoyHash, password);
    // A wrong password, an unknown email and a disabled account all get the same answer.
    if (!user || !matches || !user.active) throw AppError.unauthenticated(INVALID_LOGIN);
    const token = await this.tokens.issue(user.id, user.agencyId);
    return { ...token, user };
  }
}
