import possibleTypesResult from './generated/possible-types';

/**
 * The typed client for integrators: a TypedDocumentNode for every operation in
 * libs/client/operations, with its result and variables types, generated from schema.graphql
 * (`npm run codegen`).
 */
export * from './generated/graphql';

/**
 * The interfaces' implementations, for Apollo Client's `new InMemoryCache({ possibleTypes })`:
 * without them a fragment on `Record` (an interface) silently matches nothing.
 */
export const possibleTypes = possibleTypesResult.possibleTypes;
