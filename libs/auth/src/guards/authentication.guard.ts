import { EventEmitter } from 'node:events';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '@app/core';
import { Actor } from '../ability/actor';
import { endRequestReads, RequestContextFactory } from '../context/request-context.factory';
import { httpRequestOf, REQUEST_CONTEXT_KEY, RequestWithContext } from '../context/request-context.decorator';
import { AUTH_STRATEGIES } from '../login/auth-strategies';
import { IS_PUBLIC } from './policy.decorators';

/**
 * Global: authenticates every operation that is not @Public() (JWT for people, API key for
 * scripts) and builds the request's RequestContext once.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard([...AUTH_STRATEGIES]) {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: RequestContextFactory,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext): RequestWithContext {
    return httpRequestOf(context);
  }

  getResponse(): Record<string, never> {
    return {};
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = httpRequestOf(context) as RequestWithContext & { user?: Actor };
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const existing = req[REQUEST_CONTEXT_KEY];
    // One context per HTTP request, even when an operation has several root fields.
    if (existing && (isPublic || existing.actor)) return true;
    let actor: Actor | null = null;
    if (!isPublic) {
      await super.canActivate(context);
      actor = req.user ?? null;
    }
    const ctx = await this.contexts.create(actor, req.headers['x-request-id']);
    req[REQUEST_CONTEXT_KEY] = ctx;
    // However the request ends (an HTTP handler, an aborted GraphQL request), its reads' connection
    // goes back; a GraphQL answer ends them earlier, before it leaves (RequestReadsPlugin), and
    // reports a failure there: here nobody is left to tell.
    (req as { res?: EventEmitter }).res?.once('close', () => void endRequestReads(ctx).catch(() => undefined));
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    // A strategy's error (the database is down) is a server fault, not a bad credential:
    // the formatter answers it INTERNAL_SERVER_ERROR, so clients do not drop valid tokens.
    if (err) throw err;
    if (!user) throw AppError.unauthenticated();
    return user;
  }
}
