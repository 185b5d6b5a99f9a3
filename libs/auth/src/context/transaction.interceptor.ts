import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { TRANSACTIONAL } from '../guards/policy.decorators';
import { requestContextOf } from './request-context.decorator';

/** Runs @Transactional() operations in one transaction whose manager services get from the context. */
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
      this.dataSource.transaction(async (manager) => {
        const outer = ctx.manager;
        ctx.manager = manager;
        try {
          return await lastValueFrom(next.handle());
        } finally {
          ctx.manager = outer;
        }
      }),
    );
  }
}
