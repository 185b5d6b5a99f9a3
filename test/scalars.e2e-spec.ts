import { errorCode, GqlResult, GraphQLClient, startApp, TestApp } from './support/test-app';

const SUBMIT_TIP = `mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id receivedAt } }`;
const CREATE_SUSPECT = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id dateOfBirth } }`;
const tip = (receivedAt: unknown) => ({
  receivedAt,
  channel: 'HOTLINE',
  language: 'es',
  narrative: 'Vio la camioneta en la colonia.',
  tipster: { anonymous: true },
  handling: { tlp: 'AMBER' },
});

const extensions = (result: GqlResult) => result.errors?.[0]?.extensions;

/** DateTime, Date and email inputs: graphql-scalars' rules, refused as BAD_USER_INPUT naming the input. */
describe('scalars', () => {
  let app: TestApp;
  let intake: GraphQLClient;
  let investigator: GraphQLClient;

  beforeAll(async () => {
    app = await startApp();
    intake = await app.as('intake@usbp.example');
    investigator = await app.as('investigator@hsi.example');
  });
  afterAll(() => app?.stop());

  it('DateTime: an offset is required, and answers are in UTC', async () => {
    const noOffset = await intake.gql(SUBMIT_TIP, { input: tip('2026-11-02T10:20:00') });
    expect(extensions(noOffset)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedAt' });
    expect(noOffset.errors![0].message).toMatch(/needs an offset/);
    expect(noOffset.data).toBeUndefined();

    const literal =
      await intake.gql(`mutation { submitTip(input: { receivedAt: "2026-11-02T10:20", channel: HOTLINE, language: "es",
      narrative: "x", tipster: { anonymous: true }, handling: { tlp: AMBER } }) { id } }`);
    expect(extensions(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedAt' });

    for (const bad of ['2026-11-02', '2026-02-30T10:00:00Z', 'now', 1_767_000_000]) {
      expect(extensions(await intake.gql(SUBMIT_TIP, { input: tip(bad) }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.receivedAt',
      });
    }

    const offset = await intake.gql(SUBMIT_TIP, { input: tip('2026-11-02T10:20:00-06:00') });
    expect(offset.errors).toBeUndefined();
    expect(offset.data.submitTip.receivedAt).toBe('2026-11-02T16:20:00.000Z');
  });

  it('DateTime in a list of inputs: the item is named', async () => {
    const key = await (
      await app.as('admin@fgr.example')
    ).gql('mutation { createApiKey(name: "scalars", scopes: ["warrants:sync"]) { secret } }');
    const sync = new GraphQLClient(app.url, undefined, { 'x-api-key': key.data.createApiKey.secret });
    const update = (statusChangedAt: string) => ({
      sourceSystem: 'SIJE-CHIH',
      externalId: 'BRAVO-CP-298-2025',
      status: 'ACTIVE',
      statusChangedAt,
    });
    const result = await sync.gql(
      'mutation ($updates: [WarrantStatusUpdateInput!]!) { syncWarrantStatuses(updates: $updates) { applied } }',
      {
        updates: [update('2026-11-01T00:00:00Z'), update('2026-11-01T00:00:00')],
      },
    );
    expect(extensions(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updates.1.statusChangedAt' });
  });

  it('Date: a calendar day as YYYY-MM-DD', async () => {
    const suspect = (dateOfBirth: unknown) => ({
      givenNames: 'Ramiro',
      paternalSurname: 'Ocampo',
      dateOfBirth,
      handling: { tlp: 'AMBER' },
    });
    for (const bad of ['1990-02-30', '1990-2-3', '1990-02-03T00:00:00Z', 19900203]) {
      expect(extensions(await investigator.gql(CREATE_SUSPECT, { input: suspect(bad) }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.dateOfBirth',
      });
    }
    const created = await investigator.gql(CREATE_SUSPECT, { input: suspect('1990-02-28') });
    expect(created.errors).toBeUndefined();
    expect(created.data.createSuspect.dateOfBirth).toBe('1990-02-28');
  });

  it('emails: login and enrolment take an email address (the contract keeps the String type)', async () => {
    const login = await app.anonymous.gql(
      'mutation ($email: String!) { login(email: $email, password: "frontera-demo") { accessToken } }',
      { email: 'analyst at hsi' },
    );
    expect(extensions(login)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const enrol = await app.anonymous.gql(
      'mutation { startTotpEnrolment(email: "analyst@", password: "x") { secret } }',
    );
    expect(extensions(enrol)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const unknown = await app.anonymous.gql(
      'mutation ($email: String!) { login(email: $email, password: "wrong") { accessToken } }',
      { email: 'nobody@hsi.example' },
    );
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
  });
});
