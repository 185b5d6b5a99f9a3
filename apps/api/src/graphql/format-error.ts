// The ESM typings: the ones @nestjs/apollo (an ES module) checks plugins against.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, Logger } from '@app/core';
import { requestScopeOf } from '../http/request-scope';
import { inputFieldOf } from './input-error-field';

const CODES = new Set<string>(Object.values(ErrorCode));

/** GraphQL's own request errors (syntax, unknown fields, bad variables) are the client's input. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const UNEXPECTED_ERROR = 'unhandled error in GraphQL operation';

/** graphql-js's parser past `maxTokens` (GRAPHQL_MAX_TOKENS): "Document contains more that N tokens". */
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/** Neither an AppError nor a request error nor a known code: a fault of ours. */
function isUnexpected(error: unknown, code: string): boolean {
  return (
    !(unwrapResolverError(error) instanceof AppError) &&
    !REQUEST_ERROR_CODES.has(code) &&
    !(CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)
  );
}

function codeOf(extensions: { code?: unknown } | undefined): string {
  return typeof extensions?.code === 'string' ? extensions.code : '';
}

/** The correlation id each unexpected error was logged under, for its answer. */
const correlationIds = new WeakMap<object, string>();

/**
 * Logs each unexpected error in full with the request's id and operation (Apollo calls this
 * before it formats the answer's errors, and only here is the request at hand).
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<{ req: unknown }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const scope = requestScopeOf(contextValue.req);
          for (const error of errors) {
            if (!isUnexpected(error, codeOf(error.extensions))) continue;
            const correlationId = crypto.randomUUID();
            correlationIds.set(error, correlationId);
            logger.error(
              {
                err: unwrapResolverError(error),
                correlationId,
                requestId: scope?.requestId,
                operation: scope?.operation,
                path: error.path,
              },
              UNEXPECTED_ERROR,
            );
          }
        },
      };
    },
  };
}

/**
 * The one mapping from errors to `extensions.code`. AppErrors carry their code; request
 * errors become BAD_USER_INPUT; anything else is INTERNAL_SERVER_ERROR with a correlation
 * id and no detail (the full error goes to the log only). Never a stack trace.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
    }
    const code = codeOf(formatted.extensions);
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      return {
        message: `Query token limit of ${tokens[1]} exceeded.`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code, limit: 'tokens' },
      };
    }
    if (REQUEST_ERROR_CODES.has(code)) {
      // A refused limit (depth, cost, ...) says which one.
      const limit = typeof formatted.extensions?.limit === 'string' ? { limit: formatted.extensions.limit } : {};
      const field = inputFieldOf(error);
      return {
        ...base,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code, ...limit, ...(field ? { field } : {}) },
      };
    }
    if (!isUnexpected(error, code)) return { ...base, extensions: { code } };
    let correlationId = error instanceof GraphQLError ? correlationIds.get(error) : undefined;
    if (!correlationId) {
      // an error outside any request's plugins (none known today): logged without its request
      correlationId = crypto.randomUUID();
      logger.error({ err: original, correlationId, path: formatted.path }, UNEXPECTED_ERROR);
    }
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
