import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/client';
import { graphql } from '../gql';
import type { RecordType } from '../gql/graphql';
import { formatDateTime } from '../format';

const RECORD_LABEL = graphql(`
  query RecordLabel($id: ID!, $suspect: Boolean!, $organization: Boolean!, $warrant: Boolean!, $tip: Boolean!, $case: Boolean!) {
    suspect(id: $id) @include(if: $suspect) { fullName aliases }
    organization(id: $id) @include(if: $organization) { name }
    warrant(id: $id) @include(if: $warrant) { number }
    tip(id: $id) @include(if: $tip) { receivedAt channel }
    case(id: $id) @include(if: $case) { caseNumber title }
  }
`);

/** What a person calls a record ("Persona: José Ángel Núñez"), as far as the viewer may read it. */
export function RecordLabel({ type, id }: { type: RecordType; id: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(RECORD_LABEL, {
    id,
    suspect: type === 'SUSPECT',
    organization: type === 'ORGANIZATION',
    warrant: type === 'WARRANT',
    tip: type === 'TIP',
    case: type === 'CASE',
  });
  const name =
    data?.suspect?.fullName ??
    data?.organization?.name ??
    data?.warrant?.number ??
    (data?.tip ? `${formatDateTime(data.tip.receivedAt, i18n.language)}` : null) ??
    (data?.case ? [data.case.caseNumber, data.case.title].filter(Boolean).join(' · ') : null);
  return (
    <span>
      {t(`records.types.${type}`)}: {name ?? id.slice(0, 8)}
    </span>
  );
}
