import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '../api/client';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { formatDateTime } from '../format';
import { ErrorNote, Labelled, Loaded, Page, Table } from '../components/ui';

const USERS = graphql(`
  query Users { users(first: 100) { edges { node { id email displayName roles active lastLoginAt } } } }
`);
const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { invitationToken expiresAt user { id email } } }
`);
const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles } }
`);
const DISABLE_USER = graphql(`
  mutation DisableUser($id: ID!) { disableUser(id: $id) { id active } }
`);
const ENABLE_USER = graphql(`
  mutation EnableUser($id: ID!) { enableUser(id: $id) { id active } }
`);
const RESET_PASSWORD = graphql(`
  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { invitationToken expiresAt user { id email } } }
`);

const ROLES: Role[] = ['ANALYST', 'INVESTIGATOR', 'INTAKE_OFFICER', 'LIAISON_OFFICER', 'AGENCY_ADMIN'];

/** Agency admins: their agency's people (invite, roles, disable, reset), through the accounts operations. */
export function Users() {
  const { t, i18n } = useTranslation();
  const users = useQuery(USERS, {});
  const create = useMutation(CREATE_USER);
  const update = useMutation(UPDATE_USER);
  const disable = useMutation(DISABLE_USER);
  const enable = useMutation(ENABLE_USER);
  const reset = useMutation(RESET_PASSWORD);
  const [invite, setInvite] = useState({ email: '', displayName: '', roles: [] as Role[] });
  const [invitation, setInvitation] = useState<{ email: string; token: string; expiresAt: string } | null>(null);
  const toggle = (roles: Role[], role: Role, on: boolean) =>
    on ? [...roles, role] : roles.filter((item) => item !== role);
  const sendInvite = async (event: FormEvent) => {
    event.preventDefault();
    const { createUser } = await create.run({ input: invite });
    setInvitation({ email: createUser.user.email, token: createUser.invitationToken, expiresAt: createUser.expiresAt });
    setInvite({ email: '', displayName: '', roles: [] });
    users.reload();
  };
  const act = async (run: () => Promise<unknown>) => {
    await run().catch(() => undefined);
    users.reload();
  };
  const error = create.error ?? update.error ?? disable.error ?? enable.error ?? reset.error;
  return (
    <Page title={t('users.title')}>
      <form className="card" onSubmit={(event) => void sendInvite(event).catch(() => undefined)}>
        <h2>{t('users.invite')}</h2>
        <Labelled label={t('users.email')}>
          {(id) => (
            <input
              id={id}
              type="email"
              required
              value={invite.email}
              onChange={(event) => setInvite({ ...invite, email: event.target.value })}
              data-testid="invite-email"
            />
          )}
        </Labelled>
        <Labelled label={t('users.displayName')}>
          {(id) => (
            <input
              id={id}
              required
              value={invite.displayName}
              onChange={(event) => setInvite({ ...invite, displayName: event.target.value })}
              data-testid="invite-name"
            />
          )}
        </Labelled>
        <fieldset>
          <legend>{t('users.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="choice">
              <input
                type="checkbox"
                checked={invite.roles.includes(role)}
                onChange={(event) => setInvite({ ...invite, roles: toggle(invite.roles, role, event.target.checked) })}
                data-testid={`invite-role-${role}`}
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={create.running} data-testid="invite-submit">
          {t('users.submit')}
        </button>
      </form>
      {invitation ? (
        <p role="status">
          {t('users.invitation', {
            email: invitation.email,
            date: formatDateTime(invitation.expiresAt, i18n.language),
          })}{' '}
          <code className="secret" data-testid="invitation-token-shown">
            {invitation.token}
          </code>
        </p>
      ) : null}
      <ErrorNote error={error} />
      <Loaded loading={users.loading && !users.data} error={users.error}>
        {() => (
          <Table headers={[t('users.displayName'), t('users.roles'), t('users.lastLogin'), t('fields.status')]}>
            {users.data!.users.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  {node.displayName}
                  <br />
                  {node.email}
                </td>
                <td>
                  {ROLES.map((role) => (
                    <label key={role} className="choice">
                      <input
                        type="checkbox"
                        checked={node.roles.includes(role)}
                        onChange={(event) =>
                          void act(() =>
                            update.run({
                              id: node.id,
                              input: { roles: toggle(node.roles, role, event.target.checked) },
                            }),
                          )
                        }
                      />
                      {t(`roles.${role}`)}
                    </label>
                  ))}
                </td>
                <td>{formatDateTime(node.lastLoginAt, i18n.language)}</td>
                <td>
                  {node.active ? t('users.active') : t('users.disabled')}{' '}
                  {node.active ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void act(() => disable.run({ id: node.id }))}
                    >
                      {t('users.disable')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void act(() => enable.run({ id: node.id }))}
                    >
                      {t('users.enable')}
                    </button>
                  )}{' '}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      void act(async () => {
                        const { resetUserPassword } = await reset.run({ id: node.id });
                        setInvitation({
                          email: resetUserPassword.user.email,
                          token: resetUserPassword.invitationToken,
                          expiresAt: resetUserPassword.expiresAt,
                        });
                      })
                    }
                  >
                    {t('users.reset')}
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Loaded>
    </Page>
  );
}
