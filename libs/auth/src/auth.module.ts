import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AbilityFactory } from './ability/ability.factory';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { ApiKeyService } from './api-keys/api-key.service';
import { ApiKeyStrategy } from './api-keys/api-key.strategy';
import { RequestContextFactory } from './context/request-context.factory';
import { TransactionInterceptor } from './context/transaction.interceptor';
import { AuthenticationGuard } from './guards/authentication.guard';
import { PoliciesGuard } from './guards/policies.guard';
import { AuthResolver } from './login/auth.resolver';
import { AuthService } from './login/auth.service';
import { JwtStrategy } from './login/jwt.strategy';
import { TokenService } from './login/token.service';
import { UserFieldsResolver } from './users/user-fields.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [PassportModule],
  providers: [
    AbilityFactory,
    RequestContextFactory,
    UsersService,
    TokenService,
    AuthService,
    JwtStrategy,
    ApiKeyService,
    ApiKeyStrategy,
    ApiKeyResolver,
    AuthResolver,
    UserFieldsResolver,
    // Order matters: authenticate (and build the context) before checking policies.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: PoliciesGuard },
    { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
  ],
  exports: [AbilityFactory, UsersService],
})
export class AuthModule {}
