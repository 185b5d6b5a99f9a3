/** One GraphQL operation as the generated documents carry it (codegen's `documentMode: string`). */
export interface Operation<TResult, TVariables> {
  toString(): string;
  /** Only for type inference: never set. */
  __apiType?: (variables: TVariables) => TResult;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string };
}

/** An answer with errors: the first one's code (`BAD_USER_INPUT`, `CONFLICT`...), reason and field. */
export class ApiError extends Error {
  readonly code?: string;
  readonly reason?: string;
  readonly field?: string;

  constructor(error: GraphQLErrorShape) {
    super(error.message);
    this.code = error.extensions?.code;
    this.reason = error.extensions?.reason;
    this.field = error.extensions?.field;
  }
}

/** Posts one operation; resolves with the JSON answer (`fetch` in the browser). */
export type Transport = (
  body: { query: string; variables: unknown },
  accessToken: string | null,
) => Promise<{ data?: unknown; errors?: GraphQLErrorShape[] }>;

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO-8601 */
  expiresAt: string;
}

/** Where the refresh token survives a reload of the tab (sessionStorage in the browser). */
export interface TokenStore {
  get(): string | null;
  set(refreshToken: string | null): void;
}

const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt } }`;
// Renew this long before the access token expires, so no request meets an expired one.
const RENEW_BEFORE_MS = 60_000;

/**
 * The signed-in session: sends operations with the access token, renews it silently
 * (`refreshSession`) before it expires and once more when the API answers UNAUTHENTICATED,
 * and ends it when renewing fails. Concurrent requests share one renewal.
 */
export class Session {
  private tokens: SessionTokens | null = null;
  private renewing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(signedIn: boolean) => void>();

  constructor(
    private readonly transport: Transport,
    private readonly store: TokenStore,
    private readonly now: () => number = Date.now,
  ) {}

  get signedIn(): boolean {
    return this.tokens !== null;
  }

  get accessToken(): string | null {
    return this.tokens?.accessToken ?? null;
  }

  /** Called with `false` when the session ends (log out, or it could not be renewed). */
  onChange(listener: (signedIn: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a session from a login's (or a confirmed enrolment's) answer. */
  start(tokens: SessionTokens): void {
    this.tokens = tokens;
    this.store.set(tokens.refreshToken);
    this.schedule();
    this.emit(true);
  }

  /** After a reload: renews the session the tab had, if any. */
  async resume(): Promise<boolean> {
    const refreshToken = this.store.get();
    if (!refreshToken) return false;
    this.tokens = { accessToken: '', refreshToken, expiresAt: new Date(0).toISOString() };
    return this.renew();
  }

  /** Runs an operation, anonymously when signed out. Errors reject with an ApiError. */
  async request<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const body = { query: operation.toString(), variables };
    let answer = await this.transport(body, this.accessToken);
    if (this.tokens && answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && (await this.renew())) {
      answer = await this.transport(body, this.accessToken);
    }
    if (answer.errors?.length) throw new ApiError(answer.errors[0]);
    return answer.data as TResult;
  }

  /** Forgets the session here; the caller has ended it at the API (`logout`). */
  end(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const wasSignedIn = this.tokens !== null;
    this.tokens = null;
    this.store.set(null);
    if (wasSignedIn) this.emit(false);
  }

  private renew(): Promise<boolean> {
    this.renewing ??= this.refresh().finally(() => (this.renewing = null));
    return this.renewing;
  }

  private async refresh(): Promise<boolean> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) return false;
    try {
      const answer = await this.transport({ query: REFRESH, variables: { refreshToken } }, null);
      const renewed = (answer.data as { refreshSession?: SessionTokens } | undefined)?.refreshSession;
      if (!renewed) throw new ApiError(answer.errors?.[0] ?? { message: 'no session' });
      const first = !this.tokens?.accessToken;
      this.tokens = renewed;
      this.store.set(renewed.refreshToken);
      this.schedule();
      if (first) this.emit(true);
      return true;
    } catch {
      this.end();
      return false;
    }
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = new Date(this.tokens!.expiresAt).getTime() - this.now() - RENEW_BEFORE_MS;
    this.timer = setTimeout(() => void this.renew(), Math.max(delay, 1_000));
  }

  private emit(signedIn: boolean): void {
    for (const listener of this.listeners) listener(signedIn);
  }
}
