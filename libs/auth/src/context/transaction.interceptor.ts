import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { agencyTransaction } from '@app/core';
import { TRANSACTIONAL } from '../guards/policy.decorators';
import { bindInvocationContext, requestContextOf } from './request-context.decorator';

/**
 * Runs each @Transactional() operation in one transaction acting for the actor's agency
 * (row-level security): its handler gets a child of the request's context that carries the
 * transaction's manager (the request's own never changes).
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(TRANSACTIONAL, context.getHandler())) return next.handle();
    const ctx = requestContextOf(context);
    return from(
      agencyTransaction(this.dataSource, ctx.actor?.agencyId ?? null, (manager) => {
        bindInvocationContext(context, ctx.withTransaction(manager));
        return lastValueFrom(next.handle());
      }),
    );
  }
}
