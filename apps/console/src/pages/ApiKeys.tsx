import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '../api/client';
import { graphql } from '../gql';
import { formatDateTime } from '../format';
import { ErrorNote, Labelled, Loaded, Page, Table } from '../components/ui';

const API_KEYS = graphql(`
  query ApiKeys { apiKeys { id name scopes createdAt lastUsedAt revokedAt } }
`);
const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($name: String!, $scopes: [String!]!) { createApiKey(name: $name, scopes: $scopes) { id name secret } }
`);
const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`);

/** The only scope there is: the warrant status sync (README "Warrant status sync"). */
const SCOPES = ['warrants:sync'];

/** Agency admins: the integration scripts' API keys; a new key's secret is shown once. */
export function ApiKeys() {
  const { t, i18n } = useTranslation();
  const keys = useQuery(API_KEYS, {});
  const create = useMutation(CREATE_API_KEY);
  const revoke = useMutation(REVOKE_API_KEY);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSecret((await create.run({ name, scopes: SCOPES })).createApiKey.secret);
    setName('');
    keys.reload();
  };
  return (
    <Page title={t('apiKeys.title')}>
      <form className="card inline" onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <Labelled label={t('apiKeys.name')}>
          {(id) => <input id={id} required value={name} onChange={(event) => setName(event.target.value)} />}
        </Labelled>
        <button type="submit" disabled={create.running}>
          {t('apiKeys.create')}
        </button>
      </form>
      {secret ? (
        <p role="status">
          {t('apiKeys.secret')} <code className="secret">{secret}</code>
        </p>
      ) : null}
      <ErrorNote error={create.error ?? revoke.error} />
      <Loaded loading={keys.loading && !keys.data} error={keys.error}>
        {() => (
          <Table headers={[t('apiKeys.name'), t('apiKeys.scopes'), t('apiKeys.lastUsed'), t('fields.status')]}>
            {keys.data!.apiKeys.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>{key.scopes.join(', ')}</td>
                <td>{formatDateTime(key.lastUsedAt, i18n.language)}</td>
                <td>
                  {key.revokedAt ? (
                    t('apiKeys.revoked')
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void revoke.run({ id: key.id }).then(keys.reload, () => undefined)}
                    >
                      {t('apiKeys.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Loaded>
    </Page>
  );
}
