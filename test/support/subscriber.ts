import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Heard<T> {
  at: number;
  data: T;
}

export interface Subscriber<T> {
  heard: Heard<T>[];
  errors: unknown[];
  /** Set when the server closed the connection (its close code). */
  closedWith: number | null;
  /** The reason the server gave with that code. */
  closedReason: string | null;
  completed: boolean;
  /** Resolves with the first event matching `test` (rejects after `timeoutMs`). */
  next(test: (data: T) => boolean, timeoutMs?: number): Promise<Heard<T>>;
  close(): Promise<void>;
}

/**
 * A graphql-ws subscriber on an API's /graphql, authenticated like the console's (a bearer
 * token in `connectionParams`); resolves once the connection is acknowledged and the
 * subscription has had time to start on the server.
 */
export async function subscribe<T>(url: string, query: string, token?: string): Promise<Subscriber<T>> {
  const state: Subscriber<T> = {
    heard: [],
    errors: [],
    closedWith: null,
    closedReason: null,
    completed: false,
    async next(test, timeoutMs = 5_000) {
      const started = Date.now();
      for (;;) {
        const found = state.heard.find((event) => test(event.data));
        if (found) return found;
        if (Date.now() - started > timeoutMs)
          throw new Error(
            `no matching event within ${timeoutMs} ms (heard ${JSON.stringify(state.heard)}, errors ${JSON.stringify(state.errors)})`,
          );
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async close() {
      await client.dispose();
    },
  };
  let connected!: () => void;
  const ready = new Promise<void>((resolveReady) => (connected = resolveReady));
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // a connection the server ends (a refusal, a shutdown) is an outcome the tests assert, not a console error
    onNonLazyError: (error) => state.errors.push(error),
    on: {
      connected: () => connected(),
      closed: (event) => {
        state.closedWith = (event as { code?: number }).code ?? null;
        state.closedReason = (event as { reason?: string }).reason ?? null;
        connected();
      },
    },
  });
  client.subscribe<T>(
    { query },
    {
      next: (value) =>
        value.errors ? state.errors.push(...value.errors) : state.heard.push({ at: Date.now(), data: value.data as T }),
      error: (error) => state.errors.push(error),
      complete: () => (state.completed = true),
    },
  );
  await ready;
  // the server starts the subscription (guards, then the listener) after acknowledging the connection
  await new Promise((r) => setTimeout(r, 300));
  return state;
}
