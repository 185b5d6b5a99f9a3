import { describe, expect, it } from 'vitest';
import { Operation, Session, SessionTokens, Transport } from './session';

const ME = 'query Me { me { id } }' as unknown as Operation<{ me: { id: string } }, Record<string, never>>;

function fakeApi(options: { refreshFails?: boolean } = {}) {
  const calls: { query: string; token: string | null }[] = [];
  let valid = 'access-1';
  let generation = 1;
  const transport: Transport = async (body, token) => {
    calls.push({ query: body.query, token });
    if (body.query.includes('refreshSession')) {
      if (options.refreshFails) return { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] };
      generation += 1;
      valid = `access-${generation}`;
      return {
        data: {
          refreshSession: {
            accessToken: valid,
            refreshToken: `refresh-${generation}`,
            expiresAt: new Date(Date.now() + 900_000).toISOString(),
          },
        },
      };
    }
    if (token !== valid)
      return { errors: [{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }] };
    return { data: { me: { id: 'u1' } } };
  };
  const stored: { value: string | null } = { value: null };
  const store = { get: () => stored.value, set: (value: string | null) => (stored.value = value) };
  return { transport, store, stored, calls, expire: () => (valid = 'something-else') };
}

const tokens = (accessToken = 'access-1'): SessionTokens => ({
  accessToken,
  refreshToken: 'refresh-1',
  expiresAt: new Date(Date.now() + 900_000).toISOString(),
});

describe('Session', () => {
  it('sends the access token and keeps the refresh token for a reload', async () => {
    const api = fakeApi();
    const session = new Session(api.transport, api.store);
    session.start(tokens());
    expect(await session.request(ME, {})).toEqual({ me: { id: 'u1' } });
    expect(api.calls.at(-1)?.token).toBe('access-1');
    expect(api.stored.value).toBe('refresh-1');
    session.end();
  });

  it('renews the session once when the API answers UNAUTHENTICATED, and retries', async () => {
    const api = fakeApi();
    const session = new Session(api.transport, api.store);
    session.start(tokens());
    api.expire();
    // two requests at once share one renewal
    const answers = await Promise.all([session.request(ME, {}), session.request(ME, {})]);
    expect(answers).toEqual([{ me: { id: 'u1' } }, { me: { id: 'u1' } }]);
    expect(api.calls.filter((call) => call.query.includes('refreshSession'))).toHaveLength(1);
    expect(api.stored.value).toBe('refresh-2');
    session.end();
  });

  it('ends the session when it cannot be renewed, and says so', async () => {
    const api = fakeApi({ refreshFails: true });
    const session = new Session(api.transport, api.store);
    const changes: boolean[] = [];
    session.onChange((signedIn) => changes.push(signedIn));
    session.start(tokens());
    api.expire();
    await expect(session.request(ME, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect([session.signedIn, api.stored.value, changes]).toEqual([false, null, [true, false]]);
  });

  it('resumes the session of a reloaded tab from its refresh token', async () => {
    const api = fakeApi();
    api.stored.value = 'refresh-1';
    const session = new Session(api.transport, api.store);
    expect(await session.resume()).toBe(true);
    expect(session.accessToken).toBe('access-2');
    session.end();
    expect(await new Session(api.transport, api.store).resume()).toBe(false);
  });
});
