import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '@app/core';
import { RequestContext } from './request-context';

/** Where the guard keeps the RequestContext on the underlying HTTP request. */
export const REQUEST_CONTEXT_KEY = 'fronteraContext';

export type RequestWithContext = { [REQUEST_CONTEXT_KEY]?: RequestContext; headers: Record<string, string | string[] | undefined> };

export function httpRequestOf(context: ExecutionContext): RequestWithContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithContext }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithContext>();
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  const ctx = httpRequestOf(context)[REQUEST_CONTEXT_KEY];
  if (!ctx) throw AppError.unauthenticated();
  return ctx;
}

/** The request's RequestContext, for resolvers to pass to services as their first argument. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));
