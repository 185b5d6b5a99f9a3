import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@app/core';
import { AbilityFactory } from './ability/ability.factory';
import { AgencyResolver } from './agencies/agency.resolver';
import { AgencyService } from './agencies/agency.service';
import { AuthStateCache } from './auth-state/auth-state-cache';
import { AuthStateInterceptor } from './auth-state/auth-state.interceptor';
import { DatabaseListener } from './auth-state/database-listener';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { ApiKeyService } from './api-keys/api-key.service';
import { ApiKeyStrategy } from './api-keys/api-key.strategy';
import { RequestContextFactory } from './context/request-context.factory';
import { RequestReadsPlugin } from './context/request-reads.plugin';
import { TransactionInterceptor } from './context/transaction.interceptor';
import { AuthenticationGuard } from './guards/authentication.guard';
import { PoliciesGuard } from './guards/policies.guard';
import { AuthResolver } from './login/auth.resolver';
import { AuthService } from './login/auth.service';
import { JwtStrategy } from './login/jwt.strategy';
import { TokenService } from './login/token.service';
import { TotpService } from './mfa/totp.service';
import { LoginLimitsService } from './rate-limits/login-limits.service';
import {
  ACTOR_THROTTLER,
  PUBLIC_READ_THROTTLER,
  PUBLIC_THROTTLER,
  PUBLIC_TIP_THROTTLER,
  RateLimitGuard,
  SESSION_REFRESH_THROTTLER,
} from './rate-limits/rate-limit.guard';
import { RateLimitStore } from './rate-limits/rate-limit-store';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { SessionActors } from './sessions/session-actors';
import { SessionService } from './sessions/session.service';
import { AccountsService } from './users/accounts.service';
import { InvitationMailer } from './users/invitation-mailer';
import { InvitationService } from './users/invitation.service';
import { UserFieldsResolver } from './users/user-fields.resolver';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    PassportModule,
    RateLimitsModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitsModule],
      inject: [APP_CONFIG, RateLimitStore],
      useFactory: (config: AppConfig, storage: RateLimitStore) => ({
        storage,
        throttlers: [
          { name: ACTOR_THROTTLER, ttl: 60_000, limit: config.rateLimitPerMinute },
          { name: PUBLIC_THROTTLER, ttl: 60_000, limit: config.publicRateLimitPerMinute },
          { name: PUBLIC_READ_THROTTLER, ttl: 60_000, limit: config.publicReadRateLimitPerMinute },
          { name: PUBLIC_TIP_THROTTLER, ttl: 3_600_000, limit: config.publicTipRateLimitPerHour },
          { name: SESSION_REFRESH_THROTTLER, ttl: 60_000, limit: config.publicRateLimitPerMinute },
        ],
      }),
    }),
  ],
  providers: [
    DatabaseListener,
    AuthStateCache,
    SessionActors,
    AbilityFactory,
    RequestContextFactory,
    RequestReadsPlugin,
    UsersService,
    TokenService,
    AuthService,
    SessionService,
    LoginLimitsService,
    TotpService,
    JwtStrategy,
    ApiKeyService,
    ApiKeyStrategy,
    ApiKeyResolver,
    AuthResolver,
    UserFieldsResolver,
    AccountsService,
    InvitationService,
    InvitationMailer,
    UsersResolver,
    AgencyService,
    AgencyResolver,
    // Order matters: authenticate (and build the context), count against the actor's or
    // address's rate limit, then check policies.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: PoliciesGuard },
    // Outermost first: the cache is dropped after the operation's transaction has ended.
    { provide: APP_INTERCEPTOR, useClass: AuthStateInterceptor },
    { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
  ],
  exports: [AbilityFactory, UsersService, DatabaseListener, SessionActors],
})
export class AuthModule {}
