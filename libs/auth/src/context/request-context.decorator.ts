import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '@app/core';
import { RequestContext } from './request-context';

/** Where the guard keeps the RequestContext on the underlying HTTP request. */
export const REQUEST_CONTEXT_KEY = 'fronteraContext';

export type RequestWithContext = {
  [REQUEST_CONTEXT_KEY]?: RequestContext;
  headers: Record<string, string | string[] | undefined>;
};

export function httpRequestOf(context: ExecutionContext): RequestWithContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithContext }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithContext>();
}

/** The context an invocation runs with when it is not the request's own (a transaction's child). */
const invocationContexts = new WeakMap<object, RequestContext>();

/** One resolver or handler call: GraphQL's info is made per field call, an HTTP request has one handler. */
function invocationOf(context: ExecutionContext): object {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getInfo<object>()
    : httpRequestOf(context);
}

/** Makes `ctx` the context of this invocation's handler (and of nothing else in the request). */
export function bindInvocationContext(context: ExecutionContext, ctx: RequestContext): void {
  invocationContexts.set(invocationOf(context), ctx);
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  const ctx = invocationContexts.get(invocationOf(context)) ?? httpRequestOf(context)[REQUEST_CONTEXT_KEY];
  if (!ctx) throw AppError.unauthenticated();
  return ctx;
}

/** The invocation's RequestContext, for resolvers to pass to services as their first argument. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));
