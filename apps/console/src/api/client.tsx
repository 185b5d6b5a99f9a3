import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, Operation, Session } from './session';

const REFRESH_TOKEN_KEY = 'frontera.refreshToken';

/** The browser's session: the API's /graphql on this origin, the refresh token in this tab's storage. */
export function browserSession(): Session {
  return new Session(
    async (body, accessToken) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    {
      get: () => sessionStorage.getItem(REFRESH_TOKEN_KEY),
      set: (token) =>
        token ? sessionStorage.setItem(REFRESH_TOKEN_KEY, token) : sessionStorage.removeItem(REFRESH_TOKEN_KEY),
    },
  );
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when the component shows and whenever `variables` change (compared as JSON). */
export function useQuery<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const session = useSession();
  const [state, setState] = useState<{ data: TResult | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !skip,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    session.request(operation, JSON.parse(key) as TVariables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          data: null,
          error: error instanceof ApiError ? error : new ApiError({ message: String(error) }),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [session, operation, key, generation, skip]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // Until the first answer arrives (the effect has not run yet on the first render) it is loading.
  return { ...state, loading: state.loading || (!skip && state.data === null && state.error === null), reload };
}

/** A mutation: `run(variables)` resolves with the answer, or rejects with the ApiError it also keeps in `error`. */
export function useMutation<TResult, TVariables>(operation: Operation<TResult, TVariables>) {
  const session = useSession();
  const [state, setState] = useState<{ error: ApiError | null; running: boolean }>({ error: null, running: false });
  const run = useCallback(
    async (variables: TVariables): Promise<TResult> => {
      setState({ error: null, running: true });
      try {
        const result = await session.request(operation, variables);
        setState({ error: null, running: false });
        return result;
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError({ message: String(error) });
        setState({ error: apiError, running: false });
        throw apiError;
      }
    },
    [session, operation],
  );
  return { run, ...state };
}
