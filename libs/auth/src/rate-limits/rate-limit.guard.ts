import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler';
import { httpRequestOf, REQUEST_CONTEXT_KEY, RequestWithContext } from '../context/request-context.decorator';
import { IS_PUBLIC } from '../guards/policy.decorators';
import { sessionIdOfRefreshToken } from '../sessions/session.service';
import { clientAddressOf } from './client-address';
import { rateLimited } from './rate-limited.error';

/** The named throttlers: people and scripts by identity, the public by address. */
export const ACTOR_THROTTLER = 'actor';
export const PUBLIC_THROTTLER = 'public';
/** Public reads meant for everyone (a published wanted list, its posters): a larger budget. */
export const PUBLIC_READ_THROTTLER = 'public-read';
/** Public writes into an agency's intake (tips, follow-ups): one small hourly budget for all of them. */
export const PUBLIC_TIP_THROTTLER = 'public-tip';
/** Token refresh: per session (the one the refresh token names), so users behind one address do not share a budget. */
export const SESSION_REFRESH_THROTTLER = 'session-refresh';
export type PublicBudgetName =
  typeof PUBLIC_READ_THROTTLER | typeof PUBLIC_TIP_THROTTLER | typeof SESSION_REFRESH_THROTTLER;

const PUBLIC_BUDGET = 'frontera:publicBudget';
const NOT_RATE_LIMITED = 'frontera:notRateLimited';

/** For probes (health checks) that must answer however often an orchestrator asks. */
export const NotRateLimited = () => SetMetadata(NOT_RATE_LIMITED, true);

/** Counts a @Public() operation against `budget` instead of PUBLIC_RATE_LIMIT_PER_MINUTE. */
export const PublicBudget = (budget: PublicBudgetName) => SetMetadata(PUBLIC_BUDGET, budget);

/**
 * Global, after authentication: every root field of an operation counts once, against the
 * user or API key (RATE_LIMIT_PER_MINUTE, all operations together), or for a @Public()
 * operation against the client address: per operation (PUBLIC_RATE_LIMIT_PER_MINUTE, or
 * PUBLIC_READ_RATE_LIMIT_PER_MINUTE for public reads), or for public tips all such operations
 * together (PUBLIC_TIP_RATE_LIMIT_PER_HOUR).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return (
      this.reflector.getAllAndOverride<boolean>(NOT_RATE_LIMITED, [context.getHandler(), context.getClass()]) === true
    );
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const targets = [props.context.getHandler(), props.context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const budget = isPublic
      ? (this.reflector.getAllAndOverride<PublicBudgetName | undefined>(PUBLIC_BUDGET, targets) ?? PUBLIC_THROTTLER)
      : ACTOR_THROTTLER;
    if (props.throttler.name !== budget) return true;
    if (budget === SESSION_REFRESH_THROTTLER)
      return super.handleRequest({ ...props, getTracker: (req, context) => this.sessionTracker(req, context) });
    return super.handleRequest(props);
  }

  /** The session a refreshSession names; a token without the shape of one counts against the address. */
  private async sessionTracker(req: Record<string, unknown>, context: ExecutionContext): Promise<string> {
    const sessionId = sessionIdOfRefreshToken(
      GqlExecutionContext.create(context).getArgs<{ refreshToken?: unknown }>().refreshToken,
    );
    return sessionId ? `session:${sessionId}` : this.getTracker(req);
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    const req = httpRequestOf(context) as unknown as Record<string, unknown>;
    // Express keeps the response on the request: Retry-After and X-RateLimit-* headers land there.
    return { req, res: (req.res as Record<string, unknown> | undefined) ?? {} };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const actor = (req as RequestWithContext)[REQUEST_CONTEXT_KEY]?.actor;
    return actor ? `${actor.kind}:${actor.id}` : `ip:${clientAddressOf(req)}`;
  }

  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    // Per operation, except the actor's budget and the tip budget, which every operation shares.
    return name === ACTOR_THROTTLER || name === PUBLIC_TIP_THROTTLER
      ? `${name}:${tracker}`
      : `${name}:${context.getHandler().name}:${tracker}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    // The standard header too (the throttler only sets Retry-After-<throttler name>).
    this.setResponseHeader(this.getRequestResponse(context).res, 'Retry-After', Math.max(1, detail.timeToBlockExpire));
    throw rateLimited(`Too many requests: at most ${detail.limit} a minute`, detail.timeToBlockExpire);
  }
}
