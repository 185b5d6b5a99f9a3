import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/client';
import { graphql } from '../gql';
import type { RecordType } from '../gql/graphql';
import { formatDateTime } from '../format';
import { Loaded, Page, Table } from '../components/ui';
import { RecordLabel } from '../components/RecordLabel';

const AUDIT_TRAIL = graphql(`
  query AuditTrail($recordType: RecordType!, $recordId: ID!) {
    auditTrail(recordType: $recordType, recordId: $recordId, first: 100) { edges { node { id at action detail actorAgency { code } } } }
  }
`);

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
                    <td>{node.detail}</td>
                  </tr>
                ))}
            </Table>
          )
        }
      </Loaded>
    </Page>
  );
}
