import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { DEMO_IDS } from './support/demo';
import { DEMO_PASSWORD, errorCode, GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';
import { freeLoopbackPort } from './support/ports';

const STRONG = 'violet-canyon-ledger-47';
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { invitationToken expiresAt user { id email roles active language agency { code } } } }`;
const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken user { id email roles } } }`;
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles displayName } }`;
const DISABLE = `mutation ($id: ID!) { disableUser(id: $id) { id active } }`;
const ENABLE = `mutation ($id: ID!) { enableUser(id: $id) { id active } }`;
const RESET = `mutation ($id: ID!) { resetUserPassword(id: $id) { invitationToken expiresAt user { id } } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const USERS = `query ($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { node { id email active lastLoginAt agency { code } } } pageInfo { hasNextPage endCursor } } }`;
const CREATE_SUSPECT = `mutation { createSuspect(input: { givenNames: "Rogelio", paternalSurname: "Vidaurri", handling: { tlp: AMBER, releasableTo: [US] } }) { id } }`;
const AUDIT = `query ($action: String) { auditEvents(filter: { action: $action, outcome: "SUCCESS" }, first: 50) { edges { node { action outcome detail actor { email } } } } }`;

interface Letter {
  to: string;
  body: string;
}

describe('accounts: agency admins run their people', () => {
  let app: TestApp;
  let hsiAdmin: GraphQLClient;
  let fgrAdmin: GraphQLClient;
  let hsiAnalyst: GraphQLClient;
  let smtp: SMTPServer;
  const letters: Letter[] = [];

  async function invite(email: string, roles: string[], admin = hsiAdmin, language?: string) {
    const result = await admin.gql(CREATE_USER, {
      input: { email, displayName: `Person ${email.split('@')[0]}`, roles, ...(language ? { language } : {}) },
    });
    expect(result.errors).toBeUndefined();
    return result.data.createUser as {
      invitationToken: string;
      expiresAt: string;
      user: { id: string; email: string; roles: string[]; language: string };
    };
  }

  async function accepted(token: string, password = STRONG): Promise<GraphQLClient> {
    const result = await app.anonymous.gql(ACCEPT, { token, password });
    expect(result.errors).toBeUndefined();
    return new GraphQLClient(app.url, result.data.acceptInvitation.accessToken);
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (body += chunk));
        stream.on('end', () => {
          // quoted-printable, as nodemailer sends text
          const decoded = Buffer.from(
            body
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8');
          letters.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body: decoded });
          callback();
        });
      },
    });
    const smtpPort = await freeLoopbackPort();
    await new Promise<void>((done) => smtp.listen(smtpPort, '127.0.0.1', done));
    app = await startApp({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, PUBLIC_RATE_LIMIT_PER_MINUTE: '40' });
    [hsiAdmin, fgrAdmin, hsiAnalyst] = await Promise.all(
      ['admin@hsi.example', 'admin@fgr.example', 'analyst@hsi.example'].map((email) => app.as(email)),
    );
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise<void>((done) => smtp.close(() => done()));
  });

  describe('users', () => {
    it("lists the admin's own agency's people, and only theirs", async () => {
      const result = await hsiAdmin.gql(USERS, { first: 3 });
      expect(result.errors).toBeUndefined();
      expect(result.data.users.totalCount).toBe(5);
      expect(
        result.data.users.edges.map((edge: { node: { agency: { code: string } } }) => edge.node.agency.code),
      ).toEqual(['HSI', 'HSI', 'HSI']);
      const next = await hsiAdmin.gql(USERS, { first: 3, after: result.data.users.pageInfo.endCursor });
      expect(next.data.users.edges).toHaveLength(2);
      expect(next.data.users.pageInfo.hasNextPage).toBe(false);
    });

    it('is refused to everyone but admins', async () => {
      expect(errorCode(await hsiAnalyst.gql(USERS))).toBe('FORBIDDEN');
      expect(errorCode(await app.anonymous.gql(USERS))).toBe('UNAUTHENTICATED');
    });
  });

  describe('createUser and acceptInvitation', () => {
    it('shows the token once and stores only its hash, valid 72 hours', async () => {
      const invitation = await invite('nuevo.analista@hsi.example', ['ANALYST']);
      expect(invitation.invitationToken).toMatch(/^fri_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
      expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
      expect(invitation.user).toMatchObject({
        email: 'nuevo.analista@hsi.example',
        roles: ['ANALYST'],
        active: true,
        language: 'en',
      });
      const rows = await sqlOn(app, 'SELECT encode(token_hash, $2) AS hash FROM user_invitations WHERE user_id = $1', [
        invitation.user.id,
        'escape',
      ]);
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(invitation.invitationToken.slice(37));
      expect(app.output.join('')).not.toContain(invitation.invitationToken);
    });

    it('is refused to non-admins, and an e-mail address is taken once', async () => {
      expect(
        errorCode(
          await hsiAnalyst.gql(CREATE_USER, {
            input: { email: 'x@hsi.example', displayName: 'X', roles: ['ANALYST'] },
          }),
        ),
      ).toBe('FORBIDDEN');
      const taken = await hsiAdmin.gql(CREATE_USER, {
        input: { email: 'Analyst@FGR.example', displayName: 'X', roles: ['ANALYST'] },
      });
      expect(errorCode(taken)).toBe('CONFLICT');
      expect(taken.errors?.[0].extensions?.reason).toBe('EMAIL_TAKEN');
      expect(
        errorCode(
          await hsiAdmin.gql(CREATE_USER, { input: { email: 'not-an-address', displayName: 'X', roles: ['ANALYST'] } }),
        ),
      ).toBe('BAD_USER_INPUT');
    });

    it('sets a strong password once and logs in; a second use of the token is refused', async () => {
      const invitation = await invite('una.vez@hsi.example', ['ANALYST']);
      const weak = await app.anonymous.gql(ACCEPT, { token: invitation.invitationToken, password: 'password1234' });
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0].extensions?.reason).toBe('PASSWORD_TOO_COMMON');
      expect(errorCode(await app.anonymous.gql(ACCEPT, { token: invitation.invitationToken, password: 'short' }))).toBe(
        'BAD_USER_INPUT',
      );
      // a refused password does not use the invitation up
      const person = await accepted(invitation.invitationToken);
      expect((await person.gql('{ me { email roles agency { code } } }')).data.me).toEqual({
        email: 'una.vez@hsi.example',
        roles: ['ANALYST'],
        agency: { code: 'HSI' },
      });
      const again = await app.anonymous.gql(ACCEPT, {
        token: invitation.invitationToken,
        password: 'another-violet-ledger-58',
      });
      expect(errorCode(again)).toBe('UNAUTHENTICATED');
      expect(again.errors?.[0].extensions?.reason).toBe('INVALID_INVITATION');
      expect(
        (await app.anonymous.gql(LOGIN, { email: 'una.vez@hsi.example', password: STRONG })).data.login.accessToken,
      ).toBeTruthy();
      expect(app.output.join('')).not.toContain(STRONG);
    });

    it('refuses two acceptances at once but one, an expired token, a forged one and a replaced one', async () => {
      const invitation = await invite('a.la.vez@hsi.example', ['ANALYST']);
      const both = await Promise.all(
        [0, 1].map(() => app.anonymous.gql(ACCEPT, { token: invitation.invitationToken, password: STRONG })),
      );
      expect(both.filter((result) => result.data?.acceptInvitation).length).toBe(1);

      const expired = await invite('caducada@hsi.example', ['ANALYST']);
      await sqlOn(app, "UPDATE user_invitations SET expires_at = now() - interval '1 second' WHERE user_id = $1", [
        expired.user.id,
      ]);
      expect(errorCode(await app.anonymous.gql(ACCEPT, { token: expired.invitationToken, password: STRONG }))).toBe(
        'UNAUTHENTICATED',
      );
      const forged = `${expired.invitationToken.slice(0, 37)}${'A'.repeat(43)}`;
      expect(errorCode(await app.anonymous.gql(ACCEPT, { token: forged, password: STRONG }))).toBe('UNAUTHENTICATED');
      const replaced = await hsiAdmin.gql(RESET, { id: expired.user.id });
      expect(replaced.errors).toBeUndefined();
      await accepted(replaced.data.resetUserPassword.invitationToken);
    });

    it("e-mails the invitation in the person's language", async () => {
      const invitation = await invite('nueva.enlace@fgr.example', ['LIAISON_OFFICER'], fgrAdmin);
      expect(invitation.user.language).toBe('es');
      const letter = letters.find((l) => l.to === 'nueva.enlace@fgr.example');
      expect(letter?.body).toContain('invitación');
      expect(letter?.body).toContain(invitation.invitationToken);
      await invite('new.agent@hsi.example', ['INVESTIGATOR'], hsiAdmin);
      expect(letters.find((l) => l.to === 'new.agent@hsi.example')?.body).toContain('has given you access');
    });
  });

  describe('updateUser, disableUser, enableUser', () => {
    it('changes roles from the next request on', async () => {
      const invitation = await invite('cambia.rol@hsi.example', ['ANALYST']);
      const person = await accepted(invitation.invitationToken);
      expect((await person.gql(CREATE_SUSPECT)).errors).toBeUndefined();
      const updated = await hsiAdmin.gql(UPDATE_USER, {
        id: invitation.user.id,
        input: { roles: ['INTAKE_OFFICER'], displayName: 'Intake Person' },
      });
      expect(updated.data.updateUser).toEqual({
        id: invitation.user.id,
        roles: ['INTAKE_OFFICER'],
        displayName: 'Intake Person',
      });
      expect(errorCode(await person.gql(CREATE_SUSPECT))).toBe('FORBIDDEN');
      expect((await person.gql('{ me { roles } }')).data.me.roles).toEqual(['INTAKE_OFFICER']);
    });

    it('refuses the token of a disabled user on the next request, and their login, until enabled', async () => {
      const invitation = await invite('se.va@hsi.example', ['ANALYST']);
      const person = await accepted(invitation.invitationToken);
      expect((await person.gql('{ me { email } }')).errors).toBeUndefined();
      expect((await hsiAdmin.gql(DISABLE, { id: invitation.user.id })).data.disableUser).toEqual({
        id: invitation.user.id,
        active: false,
      });
      expect(errorCode(await person.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.anonymous.gql(LOGIN, { email: 'se.va@hsi.example', password: STRONG }))).toBe(
        'UNAUTHENTICATED',
      );
      expect((await hsiAdmin.gql(ENABLE, { id: invitation.user.id })).data.enableUser.active).toBe(true);
      // the old session stays ended; a new login works
      expect(errorCode(await person.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
      expect(
        (await app.anonymous.gql(LOGIN, { email: 'se.va@hsi.example', password: STRONG })).data.login.accessToken,
      ).toBeTruthy();
    });

    it("answers another agency's user as unknown, and refuses non-admins", async () => {
      const hsiAnalystId = DEMO_IDS.users.HSI.ANALYST;
      const unknown = '0195a000-0000-7000-8000-00000000ffff';
      for (const operation of [UPDATE_USER, DISABLE, ENABLE, RESET]) {
        const variables = { id: hsiAnalystId, input: { displayName: 'Taken over' } };
        const foreign = await fgrAdmin.gql(operation, variables);
        expect(errorCode(foreign)).toBe('NOT_FOUND');
        expect(foreign.errors?.[0].message).toEqual(
          (await fgrAdmin.gql(operation, { ...variables, id: unknown })).errors?.[0].message,
        );
        expect(errorCode(await hsiAnalyst.gql(operation, variables))).toBe('FORBIDDEN');
      }
      expect((await hsiAnalyst.gql('{ me { displayName active } }')).data.me).toEqual({
        displayName: 'HSI Analyst',
        active: true,
      });
    });

    it('keeps at least one active admin in the agency', async () => {
      const hsiAdminId = DEMO_IDS.users.HSI.AGENCY_ADMIN;
      const demoted = await hsiAdmin.gql(UPDATE_USER, { id: hsiAdminId, input: { roles: ['ANALYST'] } });
      expect(errorCode(demoted)).toBe('CONFLICT');
      expect(demoted.errors?.[0].extensions?.reason).toBe('LAST_ADMIN');
      expect(errorCode(await hsiAdmin.gql(DISABLE, { id: hsiAdminId }))).toBe('CONFLICT');
      // with a second admin, the first may step down
      const second = await invite('segundo.admin@hsi.example', ['AGENCY_ADMIN']);
      const secondAdmin = await accepted(second.invitationToken);
      expect(
        (await hsiAdmin.gql(UPDATE_USER, { id: hsiAdminId, input: { roles: ['AGENCY_ADMIN', 'LIAISON_OFFICER'] } }))
          .errors,
      ).toBeUndefined();
      expect(errorCode(await secondAdmin.gql(DISABLE, { id: second.user.id }))).toBeUndefined();
      expect(errorCode(await hsiAdmin.gql(DISABLE, { id: hsiAdminId }))).toBe('CONFLICT');
    });
  });

  describe('resetUserPassword and changePassword', () => {
    it('ends the old password and every session at once; the new invitation sets the next one', async () => {
      const invitation = await invite('olvido@hsi.example', ['ANALYST']);
      const person = await accepted(invitation.invitationToken);
      const reset = await hsiAdmin.gql(RESET, { id: invitation.user.id });
      expect(reset.data.resetUserPassword.invitationToken).toMatch(/^fri_/);
      expect(errorCode(await person.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.anonymous.gql(LOGIN, { email: 'olvido@hsi.example', password: STRONG }))).toBe(
        'UNAUTHENTICATED',
      );
      const again = await accepted(reset.data.resetUserPassword.invitationToken, 'amber-harbor-quilt-93');
      expect((await again.gql('{ me { email } }')).data.me.email).toBe('olvido@hsi.example');
    });

    it('changes the own password with the current one; other sessions end, this one goes on', async () => {
      const invitation = await invite('cambia.clave@hsi.example', ['ANALYST']);
      const person = await accepted(invitation.invitationToken);
      const other = new GraphQLClient(
        app.url,
        (await app.anonymous.gql(LOGIN, { email: 'cambia.clave@hsi.example', password: STRONG })).data.login
          .accessToken,
      );
      expect(
        errorCode(
          await person.gql(CHANGE_PASSWORD, { current: 'wrong-password-here', next: 'silver-orchard-piano-62' }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await person.gql(CHANGE_PASSWORD, { current: STRONG, next: 'qwertyuiop12' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        (await person.gql(CHANGE_PASSWORD, { current: STRONG, next: 'silver-orchard-piano-62' })).data.changePassword,
      ).toBe(true);
      expect((await person.gql('{ me { email } }')).errors).toBeUndefined();
      expect(errorCode(await other.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.anonymous.gql(LOGIN, { email: 'cambia.clave@hsi.example', password: STRONG }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await app.anonymous.gql(LOGIN, { email: 'cambia.clave@hsi.example', password: 'silver-orchard-piano-62' }))
          .data.login.accessToken,
      ).toBeTruthy();
      expect(
        errorCode(await app.anonymous.gql(CHANGE_PASSWORD, { current: STRONG, next: 'silver-orchard-piano-62' })),
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateAgency', () => {
    const UPDATE_AGENCY = `mutation ($roles: [Role!]) { updateAgency(input: { mfaRequiredRoles: $roles }) { code mfaRequiredRoles } }`;

    it('lets the admin require TOTP for roles of their own agency only', async () => {
      expect(errorCode(await hsiAnalyst.gql(UPDATE_AGENCY, { roles: [] }))).toBe('FORBIDDEN');
      const updated = await fgrAdmin.gql(UPDATE_AGENCY, { roles: ['INVESTIGATOR'] });
      expect(updated.data.updateAgency).toEqual({ code: 'FGR', mfaRequiredRoles: ['INVESTIGATOR'] });
      const login = await app.anonymous.gql(LOGIN, { email: 'investigator@fgr.example', password: DEMO_PASSWORD });
      expect(login.errors?.[0].extensions?.reason).toBe('TOTP_ENROLMENT_REQUIRED');
      expect(
        (await app.anonymous.gql(LOGIN, { email: 'investigator@hsi.example', password: DEMO_PASSWORD })).errors,
      ).toBeUndefined();
      expect((await fgrAdmin.gql(UPDATE_AGENCY, { roles: [] })).data.updateAgency.mfaRequiredRoles).toEqual([]);
    });
  });

  describe('the command line and the audit', () => {
    it('user:create makes the first admin of an agency and prints an invitation', async () => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          resolve(__dirname, '../dist/apps/api/src/cli/user-create.js'),
          '--agency',
          'gn',
          '--email',
          'primer.admin@gn.example',
          '--roles',
          'AGENCY_ADMIN',
        ],
        {
          env: {
            PATH: process.env.PATH ?? '',
            NODE_ENV: 'test',
            DATABASE_URL: app.databaseUrl,
            LOG_LEVEL: 'warn',
            DATA_DIR: app.dataDir,
            AUDIT_SIGNING_KEY_FILE: `${app.dataDir}/audit-signing-key.pem`,
          },
        },
      );
      const token = /^(fri_\S+)$/m.exec(stdout)?.[1];
      expect(token).toBeDefined();
      const admin = await accepted(token!);
      expect((await admin.gql('{ me { roles agency { code } } }')).data.me).toEqual({
        roles: ['AGENCY_ADMIN'],
        agency: { code: 'GN' },
      });
      expect((await admin.gql(USERS)).data.users.totalCount).toBe(6);
    });

    it("records every change to a person in the agency's audit, and in no other agency's", async () => {
      const events = (await hsiAdmin.gql(AUDIT, { action: null })).data.auditEvents.edges.map(
        (edge: { node: { action: string } }) => edge.node.action,
      );
      for (const action of [
        'USER_CREATED',
        'USER_UPDATED',
        'USER_DISABLED',
        'USER_ENABLED',
        'USER_PASSWORD_RESET',
        'INVITATION_ACCEPTED',
        'PASSWORD_CHANGED',
      ])
        expect(events).toContain(action);
      const updated = (await hsiAdmin.gql(AUDIT, { action: 'USER_UPDATED' })).data.auditEvents.edges.map(
        (edge: { node: { detail: string; actor: { email: string } } }) => edge.node,
      );
      expect(
        updated.some(
          (event: { detail: string; actor: { email: string } }) =>
            event.actor.email === 'admin@hsi.example' && JSON.parse(event.detail).roles?.to?.[0] === 'INTAKE_OFFICER',
        ),
      ).toBe(true);
      const fgrEvents = (await fgrAdmin.gql(AUDIT, { action: 'USER_UPDATED' })).data.auditEvents.edges;
      expect(fgrEvents).toEqual([]);
      expect(JSON.stringify((await fgrAdmin.gql(AUDIT, { action: 'AGENCY_UPDATED' })).data)).toContain('INVESTIGATOR');
    });

    it('rate limits acceptInvitation per address', async () => {
      let code: string | undefined;
      for (let i = 0; i < 45 && code !== 'RATE_LIMITED'; i += 1)
        code = errorCode(await app.anonymous.gql(ACCEPT, { token: 'fri_nope', password: STRONG }));
      expect(code).toBe('RATE_LIMITED');
    });
  });
});
