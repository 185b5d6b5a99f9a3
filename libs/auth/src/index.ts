export * from './ability/ability.factory';
export * from './ability/accessible-query';
export * from './ability/accessible-sql';
export * from './ability/actor';
export * from './ability/app-ability';
export * from './agencies/agency.entity';
export * from './agencies/agency-owned.entity';
export * from './api-keys/api-key.entity';
export * from './api-keys/api-key-scope';
export * from './agencies/agency.type';
export * from './auth.module';
export * from './context/request-context';
export * from './context/request-context.decorator';
export * from './guards/policy.decorators';
export {
  NotRateLimited,
  PUBLIC_READ_THROTTLER,
  PUBLIC_TIP_THROTTLER,
  PublicBudget,
} from './rate-limits/rate-limit.guard';
export { clientAddressOf } from './rate-limits/client-address';
export { RateLimitStore } from './rate-limits/rate-limit-store';
export { rateLimited } from './rate-limits/rate-limited.error';
export type { PublicBudgetName } from './rate-limits/rate-limit.guard';
export * from './sessions/session.entity';
export { SessionActors } from './sessions/session-actors';
export { DatabaseListener } from './auth-state/database-listener';
export * from './users/user.entity';
export * from './users/user.type';
export * from './users/users.service';
export * from './ability/authorization-extensions';
export * from './users/user-invitation.entity';
export { createUserIn } from './users/accounts.service';
export { InvitationService } from './users/invitation.service';
export { CreateUserInput } from './users/user.inputs';
export { anonymousRequestBudget } from './rate-limits/anonymous-budget.middleware';
