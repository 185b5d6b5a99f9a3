import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../App';
import { useQuery } from '../api/client';
import { graphql } from '../gql';
import type { AuditEventFilter, RecordType } from '../gql/graphql';
import { auditFilter, AuditFilterDraft, detailParts, NO_AUDIT_FILTER } from '../audit-filter';
import { formatDateTime } from '../format';
import { Link } from '../router';
import { Labelled, Loaded, Page, Select, Table } from '../components/ui';
import { RecordLabel } from '../components/RecordLabel';
import { useFieldLabel } from '../components/FieldNames';

const AUDIT_TRAIL = graphql(`
  query AuditTrail($recordType: RecordType!, $recordId: ID!) {
    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) { edges { node { id at action detail actorAgency { code } } } }
  }
`);
const AGENCY_AUDIT = graphql(`
  query AgencyAudit($filter: AuditEventFilter, $after: String) {
    auditEvents(filter: $filter, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id at action outcome detail changedFields recordType recordId actorId actor { displayName } actorAgency { code } } }
    }
  }
`);
const PARTNERS = graphql(`
  query AuditPartners { agreements { providerAgency { id code name } recipientAgency { id code name } } }
`);

const OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;
const RECORD_TYPES: RecordType[] = ['SUSPECT', 'ORGANIZATION', 'WARRANT', 'TIP', 'CASE'];

/** An event's detail in the reader's words: "Use: INTELLIGENCE · Fields: Given names, Aliases". */
function Detail({ detail }: { detail?: string | null }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  return (
    <>
      {detailParts(detail).map((part, index) => {
        const value =
          'fields' in part
            ? part.fields.map(fieldLabel).join(', ')
            : 'instant' in part
              ? formatDateTime(part.instant, i18n.language)
              : part.text;
        return (
          <span key={part.key || index}>
            {index > 0 ? ' · ' : null}
            {part.key ? `${t(`audit.details.${part.key}`, { defaultValue: part.key })}: ` : null}
            {value}
          </span>
        );
      })}
    </>
  );
}

/** Who did what to one of the agency's records (its liaison officers and admins). */
export function AuditPage({ type, id }: { type: string; id: string }) {
  const { t, i18n } = useTranslation();
  const recordType = type as RecordType;
  const trail = useQuery(AUDIT_TRAIL, { recordType, recordId: id });
  return (
    <Page title={t('audit.title')}>
      <p>
        <RecordLabel type={recordType} id={id} />
      </p>
      <Loaded loading={trail.loading} error={trail.error}>
        {() =>
          trail.data!.auditTrail.edges.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <Table headers={[t('audit.at'), t('audit.action'), t('audit.agency'), t('audit.detail')]}>
              {trail.data!.auditTrail.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{formatDateTime(node.at, i18n.language)}</td>
                  <td>
                    <code>{node.action}</code>
                  </td>
                  <td>{node.actorAgency.code}</td>
                  <td>
                    <Detail detail={node.detail} />
                  </td>
                </tr>
              ))}
            </Table>
          )
        }
      </Loaded>
    </Page>
  );
}

/** The agency's audit trail: events on its records and by its own people, newest first, filtered and paged. */
export function AgencyAudit({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const [draft, setDraft] = useState<AuditFilterDraft>(NO_AUDIT_FILTER);
  const [filter, setFilter] = useState<AuditEventFilter>({});
  // the cursors of the pages before this one: "newer" goes back one
  const [cursors, setCursors] = useState<string[]>([]);
  const events = useQuery(AGENCY_AUDIT, { filter, after: cursors.at(-1) ?? null });
  const partners = useQuery(PARTNERS, {});
  const agencies = new Map<string, { id: string; code: string; name: string }>(
    [
      me.agency,
      ...(partners.data?.agreements.flatMap((agreement) => [agreement.providerAgency, agreement.recipientAgency]) ??
        []),
    ].map((agency) => [agency.id, agency]),
  );
  const set = (change: Partial<AuditFilterDraft>) => setDraft((current) => ({ ...current, ...change }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(auditFilter(draft));
    setCursors([]);
  };
  const seenActions = [...new Set(events.data?.auditEvents.edges.map(({ node }) => node.action) ?? [])].sort();
  return (
    <Page title={t('audit.agencyTitle', { agency: me.agency.code })}>
      <p>{t('audit.agencyIntro')}</p>
      <form className="card filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <Labelled label={t('audit.action')}>
          {(id) => (
            <input
              id={id}
              list="audit-actions"
              value={draft.action}
              onChange={(event) => set({ action: event.target.value })}
            />
          )}
        </Labelled>
        <datalist id="audit-actions">
          {seenActions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <Select
          label={t('audit.outcome')}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          empty={t('app.all')}
          options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
        />
        <Select
          label={t('audit.recordType')}
          value={draft.recordType}
          onChange={(recordType) => set({ recordType })}
          empty={t('app.all')}
          options={RECORD_TYPES.map((type) => ({ value: type, label: t(`records.types.${type}`) }))}
        />
        <Select
          label={t('audit.agency')}
          value={draft.actorAgencyId}
          onChange={(actorAgencyId) => set({ actorAgencyId })}
          empty={t('app.all')}
          options={[...agencies.values()].map((agency) => ({
            value: agency.id,
            label: `${agency.code} (${agency.name})`,
          }))}
        />
        <Labelled label={t('audit.from')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={draft.fromDay}
              onChange={(event) => set({ fromDay: event.target.value })}
            />
          )}
        </Labelled>
        <Labelled label={t('audit.to')}>
          {(id) => (
            <input id={id} type="date" value={draft.toDay} onChange={(event) => set({ toDay: event.target.value })} />
          )}
        </Labelled>
        <div className="actions">
          <button type="submit">{t('audit.apply')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(NO_AUDIT_FILTER);
              setFilter({});
              setCursors([]);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <Loaded loading={events.loading && !events.data} error={events.error}>
        {() => {
          const page = events.data!.auditEvents;
          return page.edges.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <>
              <Table
                headers={[
                  t('audit.at'),
                  t('audit.action'),
                  t('audit.outcome'),
                  t('audit.who'),
                  t('audit.record'),
                  t('audit.detail'),
                ]}
              >
                {page.edges.map(({ node }) => (
                  <tr key={node.id} data-testid="audit-event">
                    <td>{formatDateTime(node.at, i18n.language)}</td>
                    <td>
                      <code>{node.action}</code>
                    </td>
                    <td>{t(`audit.outcomes.${node.outcome}`, { defaultValue: node.outcome })}</td>
                    <td>
                      {node.actor?.displayName ?? (node.actorId ? t('audit.apiKey') : '—')} · {node.actorAgency.code}
                    </td>
                    <td>
                      {node.recordType && node.recordId ? (
                        <Link
                          to={`/audit/${node.recordType}/${node.recordId}`}
                        >{`${t(`records.types.${node.recordType}`)} ${node.recordId.slice(0, 8)}`}</Link>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <Detail detail={node.detail} />
                      {node.changedFields?.length ? (
                        <span className="muted">
                          {' '}
                          {t('audit.changed', { fields: node.changedFields.map(fieldLabel).join(', ') })}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </Table>
              <div className="actions">
                {cursors.length > 0 ? (
                  <button type="button" className="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
                    {t('audit.newer')}
                  </button>
                ) : null}
                {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setCursors([...cursors, page.pageInfo.endCursor!])}
                  >
                    {t('audit.older')}
                  </button>
                ) : null}
              </div>
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
