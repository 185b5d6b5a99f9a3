import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '../api/client';
import { graphql } from '../gql';
import type { InboxQuery, ShareUse } from '../gql/graphql';
import { formatDateTime } from '../format';
import { DialogForm, Labelled, Loaded, Page, ReasonDialog, Select } from '../components/ui';
import { RecordLabel } from '../components/RecordLabel';
import { useFieldLabel } from '../components/FieldNames';

const INBOX = graphql(`
  query Inbox {
    sharingRequests(direction: INCOMING, status: PENDING) {
      id recordType recordId purpose requestedFields grantableFields createdAt
      requestingAgency { code name }
      requestedBy { displayName email }
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveShare($id: ID!, $fields: [String!], $expiresAt: DateTime, $use: ShareUse) {
    approveShareRequest(id: $id, fields: $fields, expiresAt: $expiresAt, use: $use) { id status grantedFields expiresAt use }
  }
`);
const DENY = graphql(`
  mutation DenyShare($id: ID!, $reason: String!) { denyShareRequest(id: $id, reason: $reason) { id status } }
`);

type Request = InboxQuery['sharingRequests'][number];
const USES: ShareUse[] = ['INTELLIGENCE', 'INVESTIGATION', 'PROSECUTION'];

/** A liaison officer's inbox: partner agencies' pending requests for the agency's records. */
export function Inbox() {
  const { t, i18n } = useTranslation();
  const inbox = useQuery(INBOX, {});
  const fieldLabel = useFieldLabel();
  const [approving, setApproving] = useState<Request | null>(null);
  const [denying, setDenying] = useState<Request | null>(null);
  const done = () => {
    setApproving(null);
    setDenying(null);
    inbox.reload();
  };
  return (
    <Page title={t('inbox.title')}>
      <p>{t('inbox.intro')}</p>
      <Loaded loading={inbox.loading && !inbox.data} error={inbox.error}>
        {() =>
          inbox.data!.sharingRequests.length === 0 ? (
            <p>{t('inbox.empty')}</p>
          ) : (
            <ul className="cards">
              {inbox.data!.sharingRequests.map((request) => (
                <li key={request.id} className="card" data-testid="inbox-item">
                  <h2>
                    <RecordLabel type={request.recordType} id={request.recordId} />
                  </h2>
                  <dl>
                    <dt>{t('inbox.from')}</dt>
                    <dd>
                      {request.requestingAgency.code} ({request.requestingAgency.name})
                      {request.requestedBy
                        ? ` · ${request.requestedBy.displayName} <${request.requestedBy.email}>`
                        : null}
                    </dd>
                    <dt>{t('inbox.purpose')}</dt>
                    <dd>{request.purpose}</dd>
                    <dt>{t('inbox.asked')}</dt>
                    <dd>
                      {request.requestedFields
                        ? request.requestedFields.map(fieldLabel).join(', ')
                        : t('inbox.askedAll')}
                    </dd>
                    <dt>{t('inbox.received')}</dt>
                    <dd>{formatDateTime(request.createdAt, i18n.language)}</dd>
                  </dl>
                  <div className="actions">
                    <button type="button" onClick={() => setApproving(request)} data-testid="approve">
                      {t('inbox.approve')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setDenying(request)}>
                      {t('inbox.deny')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {approving ? <ApproveDialog request={approving} onClose={() => setApproving(null)} onDone={done} /> : null}
      {denying ? <DenyDialog request={denying} onClose={() => setDenying(null)} onDone={done} /> : null}
    </Page>
  );
}

function ApproveDialog({ request, onClose, onDone }: { request: Request; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const grantable = request.grantableFields ?? [];
  const [fields, setFields] = useState<string[]>(grantable);
  const [expiresOn, setExpiresOn] = useState('');
  const [use, setUse] = useState<ShareUse | ''>('');
  const approve = useMutation(APPROVE);
  const toggle = (field: string, checked: boolean) =>
    setFields((current) => (checked ? [...current, field] : current.filter((item) => item !== field)));
  const submit = async () => {
    await approve.run({
      id: request.id,
      fields,
      expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null,
      use: use || null,
    });
    onDone();
  };
  return (
    <DialogForm
      title={t('inbox.approveTitle', { agency: request.requestingAgency.code })}
      submitLabel={t('inbox.confirm')}
      onClose={onClose}
      onSubmit={submit}
      running={approve.running}
      error={approve.error}
      disabled={fields.length === 0}
      submitTestId="confirm"
    >
      <fieldset>
        <legend>{t('inbox.grant')}</legend>
        {grantable.length === 0 ? <p>{t('inbox.grantNone')}</p> : null}
        {grantable.map((field) => (
          <label key={field} className="choice">
            <input
              type="checkbox"
              name="fields"
              value={field}
              checked={fields.includes(field)}
              onChange={(event) => toggle(field, event.target.checked)}
            />
            {fieldLabel(field)}
          </label>
        ))}
      </fieldset>
      <Labelled label={t('inbox.expiresAt')}>
        {(id) => <input id={id} type="date" value={expiresOn} onChange={(event) => setExpiresOn(event.target.value)} />}
      </Labelled>
      <Select
        label={t('inbox.use')}
        value={use}
        onChange={setUse}
        empty={t('inbox.useDefault')}
        options={USES.map((option) => ({ value: option, label: t(`inbox.uses.${option}`) }))}
      />
    </DialogForm>
  );
}

function DenyDialog({ request, onClose, onDone }: { request: Request; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const deny = useMutation(DENY);
  return (
    <ReasonDialog
      title={t('inbox.denyTitle', { agency: request.requestingAgency.code })}
      submitLabel={t('inbox.confirmDeny')}
      onClose={onClose}
      onSubmit={async (reason) => {
        await deny.run({ id: request.id, reason });
        onDone();
      }}
      running={deny.running}
      error={deny.error}
    />
  );
}
