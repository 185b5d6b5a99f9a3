/** A GraphQL call over HTTP with retries: network errors and 5xx answers are retried with backoff. */
export class ApiClient {
  constructor(
    private readonly url: string,
    private readonly key: string,
    private readonly options: { retries: number; baseDelayMs: number; onRetry?: (attempt: number, reason: string) => void } = {
      retries: 5,
      baseDelayMs: 500,
    },
  ) {}

  async call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let reason: string;
      try {
        const response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': this.key },
          body: JSON.stringify({ query, variables }),
        });
        if (response.status < 500) {
          const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
          if (body.errors?.length) {
            const [error] = body.errors;
            throw new ApiError(`${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
          }
          return body.data as T;
        }
        reason = `HTTP ${response.status}`;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        reason = error instanceof Error ? error.message : String(error);
      }
      if (attempt >= this.options.retries) throw new Error(`giving up after ${attempt + 1} attempts: ${reason}`);
      this.options.onRetry?.(attempt + 1, reason);
      await new Promise((r) => setTimeout(r, this.options.baseDelayMs * 2 ** attempt));
    }
  }
}

/** An answer from the API (bad key, bad input): retrying would not help. */
export class ApiError extends Error {}
