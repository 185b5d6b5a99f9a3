import { plausibleValue, schemaOperations } from './support/schema-operations';
import { errorCode, startApp, TestApp } from './support/test-app';

/** Operations anyone may call without logging in: everything else must answer UNAUTHENTICATED. */
const PUBLIC_OPERATIONS = new Set([
  'login',
  // a refresh token or the password stands in for the login (auth-hardening.e2e-spec.ts)
  'refreshSession',
  'startTotpEnrolment',
  'confirmTotpEnrolment',
  'publicCampaign',
  'submitPublicTip',
  'addToPublicTip',
  'publicTipStatus',
]);

describe('every operation is guarded', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('refuses every non-public operation of the schema to an anonymous caller', async () => {
    const operations = await schemaOperations(await app.as('analyst@hsi.example'), plausibleValue);
    expect(operations.length).toBeGreaterThan(10);
    const unguarded: string[] = [];
    for (const operation of operations.filter((op) => !PUBLIC_OPERATIONS.has(op.name))) {
      const result = await app.anonymous.gql(operation.document, operation.variables);
      if (errorCode(result) !== 'UNAUTHENTICATED' || result.data?.[operation.name]) unguarded.push(operation.name);
    }
    expect(unguarded).toEqual([]);
  });

  it('does not expose the schema to anonymous introspection in production', async () => {
    const production = await startApp({ NODE_ENV: 'production', SEED_DEMO: 'false' });
    try {
      const result = await production.anonymous.gql('{ __schema { queryType { name } } }');
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    } finally {
      await production.stop();
    }
  });
});
