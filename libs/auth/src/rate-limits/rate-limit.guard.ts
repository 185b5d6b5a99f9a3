import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler';
import { httpRequestOf, REQUEST_CONTEXT_KEY, RequestWithContext } from '../context/request-context.decorator';
import { IS_PUBLIC } from '../guards/policy.decorators';
import { clientAddressOf } from './client-address';
import { rateLimited } from './rate-limited.error';

/** The two named throttlers: people and scripts by identity, the public by address. */
export const ACTOR_THROTTLER = 'actor';
export const PUBLIC_THROTTLER = 'public';

/**
 * Global, after authentication: every root field of an operation counts once, against the
 * user or API key (RATE_LIMIT_PER_MINUTE, all operations together), or for a @Public()
 * operation against the client address and that operation (PUBLIC_RATE_LIMIT_PER_MINUTE).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [props.context.getHandler(), props.context.getClass()]) === true;
    if ((props.throttler.name === PUBLIC_THROTTLER) !== isPublic) return true;
    return super.handleRequest(props);
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    const req = httpRequestOf(context) as unknown as Record<string, unknown>;
    // Express keeps the response on the request: Retry-After and X-RateLimit-* headers land there.
    return { req, res: (req.res as Record<string, unknown> | undefined) ?? {} };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const actor = (req as RequestWithContext)[REQUEST_CONTEXT_KEY]?.actor;
    return actor ? `${actor.kind}:${actor.id}` : `ip:${clientAddressOf(req)}`;
  }

  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    return name === PUBLIC_THROTTLER ? `${name}:${context.getHandler().name}:${tracker}` : `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    // The standard header too (the throttler only sets Retry-After-<throttler name>).
    this.setResponseHeader(this.getRequestResponse(context).res, 'Retry-After', Math.max(1, detail.timeToBlockExpire));
    throw rateLimited(`Too many requests: at most ${detail.limit} a minute`, detail.timeToBlockExpire);
  }
}
