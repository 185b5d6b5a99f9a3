import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { finalize, from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuthStateCache } from '../auth-state/auth-state-cache';
import { TRANSACTIONAL } from '../guards/policy.decorators';
import { requestContextOf } from './request-context.decorator';

/**
 * Runs @Transactional() operations in one transaction whose manager services get from the
 * context. After any mutation (committed or not) this process forgets its cached sessions and
 * abilities, so the next request reads what the mutation changed without waiting for the
 * database's notification (see AuthStateCache).
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly authState: AuthStateCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const isMutation = context.getType<GqlContextType>() === 'graphql' && GqlExecutionContext.create(context).getInfo<{ operation: { operation: string } }>().operation.operation === 'mutation';
    const handled = this.handle(context, next);
    return isMutation ? handled.pipe(finalize(() => this.authState.invalidate())) : handled;
  }

  private handle(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(TRANSACTIONAL, context.getHandler())) return next.handle();
    const ctx = requestContextOf(context);
    return from(
      this.dataSource.transaction(async (manager) => {
        const outer = ctx.manager;
        ctx.manager = manager;
        try {
          const result = await lastValueFrom(next.handle());
          // Every write is audited: the operation, and the record it returned where there is one.
          const record = result as { __typename?: string; id?: string; ownerAgencyId?: string } | null;
          ctx.audit({
            action: context.getHandler().name,
            recordType: record?.__typename ? record.__typename.toUpperCase() : null,
            recordId: record?.__typename ? (record.id ?? null) : null,
            recordOwnerAgencyId: record?.ownerAgencyId ?? null,
            detail: record?.__typename || !record?.id ? {} : { id: record.id },
          });
          return result;
        } finally {
          ctx.manager = outer;
        }
      }),
    );
  }
}
