import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, Logger } from '@app/core';
import { currentRequestScope } from '../http/request-scope';

const CODES = new Set<string>(Object.values(ErrorCode));

/** GraphQL's own request errors (syntax, unknown fields, bad variables) are the client's input. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

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
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (REQUEST_ERROR_CODES.has(code)) {
      // A refused limit (depth, cost, ...) says which one.
      const limit = typeof formatted.extensions?.limit === 'string' ? { limit: formatted.extensions.limit } : {};
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code, ...limit } };
    }
    if (CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...base, extensions: { code } };
    const correlationId = crypto.randomUUID();
    const scope = currentRequestScope();
    logger.error({ err: original, correlationId, requestId: scope?.requestId, operation: scope?.operation, path: formatted.path }, 'unhandled error in GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId } };
  };
}
