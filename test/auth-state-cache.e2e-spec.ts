import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';

const SUSPECT = `query ($id: ID!) { suspect(id: $id) { id fullName redactedFields } }`;

/** The SQL statements the app logged while `run` went on (the app logs each at debug). */
async function statementsDuring(app: TestApp, run: () => Promise<unknown>): Promise<string[]> {
  const sqlLines = () => app.logs.filter((line) => line.msg === 'sql query').map((line) => String(line.sql));
  await new Promise((r) => setTimeout(r, 300));
  const before = sqlLines().length;
  await run();
  await new Promise((r) => setTimeout(r, 300));
  return sqlLines().slice(before);
}

/**
 * Sessions and abilities are reused between requests (AuthStateCache) and dropped by any change
 * to what they were built from: by a marked operation of this process at once, by a change from
 * anywhere else through PostgreSQL's notification, and never kept without a live listener.
 */
describe('the per-process session and ability cache', () => {
  let app: TestApp;
  let usbp: GraphQLClient;

  beforeAll(async () => {
    app = await startApp();
    usbp = await app.as('analyst@usbp.example');
  });
  afterAll(() => app?.stop());

  it('checks the session and builds the ability once, not on every request', async () => {
    await usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena });
    const statements = await statementsDuring(app, () => usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena }));
    expect(statements.some((s) => s.includes('"auth_sessions"'))).toBe(false);
    expect(statements.some((s) => s.includes('"agreements"'))).toBe(false);
    expect(statements.some((s) => s.includes('"suspects"'))).toBe(true);
  });

  it('are dropped by the operations marked @DropsAuthCache (logins, sessions, agreements), not by every mutation', async () => {
    const me = () => usbp.gql('{ me { email } }');
    await me();
    const created = await usbp.gql('mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id } }', {
      input: { givenNames: 'Rubén', paternalSurname: 'Olguín', handling: { tlp: 'AMBER', releasableTo: ['US'] } },
    });
    expect(created.errors).toBeUndefined();
    expect((await statementsDuring(app, me)).some((s) => s.includes('"auth_sessions"'))).toBe(false);
    // a failed login changes nothing in the database (no notification), yet drops this process's cache
    expect(
      errorCode(
        await app.anonymous.gql(
          'mutation { login(email: "analyst@fgr.example", password: "wrong-password") { accessToken } }',
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect((await statementsDuring(app, me)).some((s) => s.includes('"auth_sessions"'))).toBe(true);
  });

  it('drops them when another process ends an agreement, a session or a user', async () => {
    expect((await usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena })).data.suspect.fullName).toBe(
      'José Ángel Núñez Peña',
    );
    await sqlOn(
      app,
      'UPDATE agreements SET ended_at = now() WHERE provider_agency_id = $1 AND recipient_agency_id = $2',
      [DEMO_IDS.agencies.HSI, DEMO_IDS.agencies.USBP],
    );
    expect(await usbp.gql(SUSPECT, { id: DEMO_IDS.suspects.hsiNunezPena })).toEqual(
      await usbp.gql(SUSPECT, { id: '0195a000-0000-7000-8000-00000000ffff' }),
    );

    const intake = await app.as('intake@usbp.example');
    expect((await intake.gql('{ me { email } }')).errors).toBeUndefined();
    await sqlOn(
      app,
      "UPDATE auth_sessions SET revoked_at = now() WHERE user_id = (SELECT id FROM users WHERE email = 'intake@usbp.example')",
    );
    expect(errorCode(await intake.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
  });

  it('caches nothing while the listener is gone, and listens again', async () => {
    const liaison = await app.as('liaison@usbp.example');
    expect((await liaison.gql('{ me { email } }')).errors).toBeUndefined();
    await sqlOn(
      app,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'",
    );
    // Without a listener every request checks its session again: a change is seen at once.
    await new Promise((r) => setTimeout(r, 100));
    await sqlOn(app, "UPDATE users SET active = false WHERE email = 'liaison@usbp.example'");
    expect(errorCode(await liaison.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
    await sqlOn(app, "UPDATE users SET active = true WHERE email = 'liaison@usbp.example'");
    // ...and after the reconnection (a second later) sessions are cached again.
    await new Promise((r) => setTimeout(r, 1_500));
    const again = await app.as('liaison@usbp.example');
    await again.gql('{ me { email } }');
    const statements = await statementsDuring(app, () => again.gql('{ me { email } }'));
    expect(statements.some((s) => s.includes('"auth_sessions"'))).toBe(false);
    expect(app.logs.some((line) => String(line.msg).startsWith('No database listener'))).toBe(true);
  });
});
