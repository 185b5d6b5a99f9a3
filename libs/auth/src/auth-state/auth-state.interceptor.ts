import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { finalize, Observable } from 'rxjs';
import { DROPS_AUTH_CACHE } from '../guards/policy.decorators';
import { AuthStateCache } from './auth-state-cache';

/**
 * After a @DropsAuthCache() operation (committed or not), this process forgets its cached
 * sessions and abilities, so the client's next request reads what the operation changed without
 * waiting for the database's notification (see AuthStateCache).
 */
@Injectable()
export class AuthStateInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly authState: AuthStateCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(DROPS_AUTH_CACHE, context.getHandler())) return next.handle();
    return next.handle().pipe(finalize(() => this.authState.invalidate()));
  }
}
