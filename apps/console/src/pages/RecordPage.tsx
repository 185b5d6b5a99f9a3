import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../App';
import { useQuery } from '../api/client';
import { graphql } from '../gql';
import type { Country, Tlp } from '../gql/graphql';
import { formatDate, formatDateTime } from '../format';
import { Link } from '../router';
import { withheldReason } from '../withheld';
import { Loaded, Markings, Page } from '../components/ui';
import { useFieldLabel } from '../components/FieldNames';

const SUSPECT = graphql(`
  query SuspectRecord($id: ID!) {
    suspect(id: $id) {
      id givenNames paternalSurname maternalSurname fullName aliases dateOfBirth sex nationalities status
      identifiers { kind value country }
      memberships { role since organization { id name } }
      redactedFields
      handling { tlp releasableTo originatorControlled }
      ownerAgency { id code name }
      sharing { requestId use expiresAt sharedBy { code } }
      warrants {
        id number issuingCountry issuingAuthority charges status statusChangedAt redactedFields
        handling { tlp releasableTo originatorControlled }
        statusHistory { status changedAt sourceSystem note applied }
      }
    }
  }
`);
const ORGANIZATION = graphql(`
  query OrganizationRecord($id: ID!) {
    organization(id: $id) {
      id name aliases kind activities baseOfOperations
      routes { from to crossingPoint }
      affiliations { kind organization { id name } }
      members { role suspect { id fullName } }
      redactedFields
      handling { tlp releasableTo originatorControlled }
      ownerAgency { id code name }
      sharing { requestId use expiresAt sharedBy { code } }
    }
  }
`);

interface Held {
  redactedFields: string[];
  handling: { tlp: Tlp; releasableTo: Country[]; originatorControlled: boolean };
  ownerAgency: { id: string; code: string; name: string };
  sharing?: { use: string; expiresAt?: string | null; sharedBy: { code: string } } | null;
}

/** A record as this viewer holds it: every field, or why it is withheld. */
function Fields({ record, rows }: { record: Held; rows: [string, ReactNode][] }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  return (
    <table className="fields">
      <thead>
        <tr>
          <th scope="col">{t('records.field')}</th>
          <th scope="col">{t('records.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([field, value]) => (
          <tr key={field}>
            <th scope="row">{fieldLabel(field)}</th>
            <td>
              {record.redactedFields.includes(field) ? (
                <em className="withheld">{t(`records.withheld.${withheldReason(field, record)}`)}</em>
              ) : (
                (value ?? '—')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Provenance({ record, me, type, id }: { record: Held; me: Me; type: string; id: string }) {
  const { t, i18n } = useTranslation();
  const ownsIt = record.ownerAgency.id === me.agency.id;
  const mayAudit = ownsIt && (me.roles.includes('LIAISON_OFFICER') || me.roles.includes('AGENCY_ADMIN'));
  return (
    <>
      <p>
        {t('records.owner')}: <strong>{record.ownerAgency.code}</strong> ({record.ownerAgency.name})
      </p>
      <Markings handling={record.handling} />
      {record.sharing ? (
        <p className="held">
          {record.sharing.expiresAt
            ? t('records.heldThrough', {
                agency: record.sharing.sharedBy.code,
                use: t(`inbox.uses.${record.sharing.use}`),
                until: formatDateTime(record.sharing.expiresAt, i18n.language),
              })
            : t('records.heldForever', {
                agency: record.sharing.sharedBy.code,
                use: t(`inbox.uses.${record.sharing.use}`),
              })}
        </p>
      ) : null}
      {mayAudit ? <Link to={`/audit/${type}/${id}`}>{t('records.audit')}</Link> : null}
    </>
  );
}

export function RecordPage({ type, id, me }: { type: string; id: string; me: Me }) {
  return type === 'ORGANIZATION' ? <OrganizationPage id={id} me={me} /> : <SuspectPage id={id} me={me} />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Page title={t('records.notFound')}>{null}</Page>;
}

function SuspectPage({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(SUSPECT, { id });
  const list = (values?: string[] | null) => (values?.length ? values.join(', ') : null);
  return (
    <Loaded loading={query.loading} error={query.error}>
      {() => {
        const suspect = query.data!.suspect;
        if (!suspect) return <NotFound />;
        return (
          <Page
            title={`${t('records.types.SUSPECT')}: ${suspect.fullName ?? ([suspect.givenNames, suspect.paternalSurname, suspect.maternalSurname].filter(Boolean).join(' ') || t('records.withheld.notGranted'))}`}
          >
            <Provenance record={suspect} me={me} type="SUSPECT" id={id} />
            <Fields
              record={suspect}
              rows={[
                ['givenNames', suspect.givenNames],
                ['paternalSurname', suspect.paternalSurname],
                ['maternalSurname', suspect.maternalSurname],
                ['aliases', list(suspect.aliases)],
                ['dateOfBirth', suspect.dateOfBirth ? formatDate(suspect.dateOfBirth, i18n.language) : null],
                ['sex', suspect.sex],
                ['nationalities', list(suspect.nationalities)],
                [
                  'identifiers',
                  list(suspect.identifiers?.map((identifier) => `${identifier.kind} ${identifier.value}`)),
                ],
                ['status', suspect.status],
                [
                  'memberships',
                  suspect.memberships?.length ? (
                    <ul>
                      {suspect.memberships.map((membership, index) => (
                        <li key={index}>
                          {membership.organization ? (
                            <Link to={`/records/ORGANIZATION/${membership.organization.id}`}>
                              {membership.organization.name ?? membership.organization.id}
                            </Link>
                          ) : (
                            '—'
                          )}{' '}
                          · {membership.role}
                        </li>
                      ))}
                    </ul>
                  ) : null,
                ],
              ]}
            />
            <h2>{t('records.warrants')}</h2>
            {suspect.warrants.length === 0 ? <p>{t('app.none')}</p> : null}
            {suspect.warrants.map((warrant) => (
              <section key={warrant.id} className="card">
                <h3>
                  {warrant.number ?? warrant.id} · {warrant.status}
                </h3>
                <Markings handling={warrant.handling} />
                <p>
                  {warrant.issuingAuthority} ({warrant.issuingCountry}) · {list(warrant.charges)}
                </p>
                <h4>{t('records.history')}</h4>
                <ol className="history">
                  {warrant.statusHistory?.map((change, index) => (
                    <li key={index}>
                      {formatDateTime(change.changedAt, i18n.language)} · {change.status}
                      {change.sourceSystem ? ` · ${change.sourceSystem}` : null}
                      {change.note ? ` · ${change.note}` : null}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </Page>
        );
      }}
    </Loaded>
  );
}

function OrganizationPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const query = useQuery(ORGANIZATION, { id });
  const list = (values?: string[] | null) => (values?.length ? values.join(', ') : null);
  return (
    <Loaded loading={query.loading} error={query.error}>
      {() => {
        const organization = query.data!.organization;
        if (!organization) return <NotFound />;
        return (
          <Page title={`${t('records.types.ORGANIZATION')}: ${organization.name ?? t('records.withheld.notGranted')}`}>
            <Provenance record={organization} me={me} type="ORGANIZATION" id={id} />
            <Fields
              record={organization}
              rows={[
                ['name', organization.name],
                ['aliases', list(organization.aliases)],
                ['kind', organization.kind],
                ['activities', list(organization.activities)],
                ['baseOfOperations', organization.baseOfOperations],
                [
                  'routes',
                  list(
                    organization.routes?.map(
                      (route) => `${route.from} → ${route.to}${route.crossingPoint ? ` (${route.crossingPoint})` : ''}`,
                    ),
                  ),
                ],
                [
                  'affiliations',
                  organization.affiliations?.length ? (
                    <ul>
                      {organization.affiliations.map((affiliation) => (
                        <li key={affiliation.organization.id}>
                          <Link to={`/records/ORGANIZATION/${affiliation.organization.id}`}>
                            {affiliation.organization.name ?? affiliation.organization.id}
                          </Link>{' '}
                          · {affiliation.kind}
                        </li>
                      ))}
                    </ul>
                  ) : null,
                ],
                [
                  'members',
                  organization.members?.length ? (
                    <ul>
                      {organization.members.map((member) => (
                        <li key={member.suspect.id}>
                          <Link to={`/records/SUSPECT/${member.suspect.id}`}>
                            {member.suspect.fullName ?? member.suspect.id}
                          </Link>{' '}
                          · {member.role}
                        </li>
                      ))}
                    </ul>
                  ) : null,
                ],
              ]}
            />
          </Page>
        );
      }}
    </Loaded>
  );
}
