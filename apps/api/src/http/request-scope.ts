import { AsyncLocalStorage } from 'node:async_hooks';

/** What the request log line and error logs know about the current HTTP request. */
export interface RequestScope {
  requestId: string;
  /** `query Name` once Apollo has resolved the operation (`query (anonymous)` when unnamed). */
  operation?: string;
  /** Root field names of the operation. */
  rootFields?: string[];
}

// Carries the request id into code that never sees the request (Apollo's error formatter).
const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
