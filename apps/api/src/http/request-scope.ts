/** What the request log line and error logs know about the current HTTP request. */
export interface RequestScope {
  requestId: string;
  /** `query Name` once Apollo has resolved the operation (`query (anonymous)` when unnamed). */
  operation?: string;
  /** Root field names of the operation. */
  rootFields?: string[];
  /** The `extensions.code` of each error in the answer (distinct, in order). */
  errorCodes?: string[];
}

const REQUEST_SCOPE = Symbol('requestScope');

type WithScope = { [REQUEST_SCOPE]?: RequestScope };

/**
 * Kept on the request object, which the GraphQL context carries (`{ req }`), not in an
 * AsyncLocalStorage: on Node 20 that turns on promise hooks for every promise of the process,
 * about 6% of a request's CPU.
 */
export function setRequestScope(req: object, scope: RequestScope): void {
  (req as WithScope)[REQUEST_SCOPE] = scope;
}

export function requestScopeOf(req: unknown): RequestScope | undefined {
  return req && typeof req === 'object' ? (req as WithScope)[REQUEST_SCOPE] : undefined;
}
