import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface ApiClientOptions {
  url: string;
  key: string;
  /** Each request's limit; one that runs out is retried like a network error. */
  timeoutMs: number;
  /** Network errors, timeouts and 5xx answers: retried this often, with exponential backoff. */
  retries: number;
  baseDelayMs: number;
  /** RATE_LIMITED answers: waited out (`retryAfterSeconds`) this often. */
  rateLimitWaits: number;
  log: (line: string) => void;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; retryAfterSeconds?: number } }[];
}

/** An answer from the API (bad key, bad input): retrying would not help. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** `extensions.field` of BAD_USER_INPUT: which input, e.g. `updates.12.statusChangedAt`. */
    readonly field?: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GraphQL over HTTP with an API key, typed by the documents of @app/client. */
export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  async request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    const body = JSON.stringify({ query: print(document), variables });
    let failures = 0;
    let waits = 0;
    for (;;) {
      let reason: string;
      try {
        const response = await fetch(this.options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': this.options.key },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        if (response.status < 500) {
          const answer = (await response.json()) as GraphQLAnswer<TData>;
          const [error] = answer.errors ?? [];
          if (!error) return answer.data as TData;
          const code = error.extensions?.code ?? 'ERROR';
          if (code !== 'RATE_LIMITED' || waits >= this.options.rateLimitWaits)
            throw new ApiError(code, error.message, error.extensions?.field);
          // refused before it ran (nothing of the batch was written): the same request again, later
          const seconds = error.extensions?.retryAfterSeconds ?? Number(response.headers.get('retry-after') ?? 1);
          waits += 1;
          this.options.log(`rate limited: waiting ${seconds} s (${error.message})`);
          await sleep(seconds * 1000);
          continue;
        }
        reason = `HTTP ${response.status}`;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        reason = timedOut
          ? `no answer within ${this.options.timeoutMs / 1000} s`
          : error instanceof Error
            ? error.message
            : String(error);
      }
      if (failures >= this.options.retries) throw new Error(`giving up after ${failures + 1} attempts: ${reason}`);
      failures += 1;
      this.options.log(`retry ${failures} after ${reason}`);
      await sleep(this.options.baseDelayMs * 2 ** (failures - 1));
    }
  }
}
