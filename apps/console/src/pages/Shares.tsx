import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../App';
import { useMutation, useQuery } from '../api/client';
import { graphql } from '../gql';
import type { SharesQuery } from '../gql/graphql';
import { expiringSoon, formatDate } from '../format';
import { Link } from '../router';
import { Loaded, Page, ReasonDialog } from '../components/ui';
import { RecordLabel } from '../components/RecordLabel';
import { useFieldLabel } from '../components/FieldNames';

const SHARES = graphql(`
  query Shares {
    given: sharingRequests(direction: INCOMING) {
      id recordType recordId purpose status grantedFields expiresAt use requestingAgency { code name }
    }
    received: sharingRequests(direction: OUTGOING) {
      id recordType recordId purpose status grantedFields expiresAt use decisionReason providingAgency { code name }
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeShare($requestId: ID!, $reason: String!) { revokeShare(requestId: $requestId, reason: $reason) { id status } }
`);

type Given = SharesQuery['given'][number];

/** Both sides of sharing: what the agency shares (revocable, "expiring soon") and what it asked for or received. */
export function Shares({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const shares = useQuery(SHARES, {});
  const fieldLabel = useFieldLabel();
  const [revoking, setRevoking] = useState<Given | null>(null);
  const liaison = me.roles.includes('LIAISON_OFFICER');
  const terms = (share: { grantedFields?: string[] | null; expiresAt?: string | null }) => (
    <>
      {share.grantedFields?.length ? (
        <p>{t('shares.fields', { fields: share.grantedFields.map(fieldLabel).join(', ') })}</p>
      ) : null}
      {share.expiresAt ? (
        <p>
          {t('shares.expires', { date: formatDate(share.expiresAt, i18n.language) })}
          {expiringSoon(share.expiresAt) ? <strong className="badge"> {t('shares.expiringSoon')}</strong> : null}
        </p>
      ) : null}
    </>
  );
  return (
    <Page title={t('shares.title')}>
      <Loaded loading={shares.loading && !shares.data} error={shares.error}>
        {() => (
          <>
            {liaison ? (
              <section>
                <h2>{t('shares.given')}</h2>
                {shares.data!.given.filter((share) => share.status === 'APPROVED').length === 0 ? (
                  <p>{t('app.none')}</p>
                ) : null}
                <ul className="cards">
                  {shares
                    .data!.given.filter((share) => share.status === 'APPROVED')
                    .map((share) => (
                      <li key={share.id} className="card">
                        <h3>
                          <RecordLabel type={share.recordType} id={share.recordId} />
                        </h3>
                        <p>
                          {share.requestingAgency.code} · {share.purpose} · {t(`shares.statuses.${share.status}`)}
                        </p>
                        {terms(share)}
                        <div className="actions">
                          <Link to={`/audit/${share.recordType}/${share.recordId}`}>{t('shares.audit')}</Link>
                          <button type="button" className="secondary" onClick={() => setRevoking(share)}>
                            {t('shares.revoke')}
                          </button>
                        </div>
                      </li>
                    ))}
                </ul>
              </section>
            ) : null}
            <section>
              <h2>{t('shares.received')}</h2>
              {shares.data!.received.length === 0 ? <p>{t('app.none')}</p> : null}
              <ul className="cards">
                {shares.data!.received.map((share) => (
                  <li key={share.id} className="card">
                    <h3>
                      {t(`records.types.${share.recordType}`)} · {share.providingAgency.code}
                    </h3>
                    <p>
                      {share.purpose} · {t(`shares.statuses.${share.status}`)}
                      {share.decisionReason ? ` · ${share.decisionReason}` : null}
                    </p>
                    {terms(share)}
                    {share.status === 'APPROVED' ? (
                      <Link to={`/records/${share.recordType}/${share.recordId}`}>{t('shares.open')}</Link>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </Loaded>
      {revoking ? (
        <RevokeDialog
          share={revoking}
          onClose={() => setRevoking(null)}
          onDone={() => {
            setRevoking(null);
            shares.reload();
          }}
        />
      ) : null}
    </Page>
  );
}

function RevokeDialog({ share, onClose, onDone }: { share: Given; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const revoke = useMutation(REVOKE);
  return (
    <ReasonDialog
      title={t('shares.revokeTitle', { agency: share.requestingAgency.code })}
      submitLabel={t('shares.confirmRevoke')}
      onClose={onClose}
      onSubmit={async (reason) => {
        await revoke.run({ requestId: share.id, reason });
        onDone();
      }}
      running={revoke.running}
      error={revoke.error}
    />
  );
}
