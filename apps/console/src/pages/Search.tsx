import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '../api/client';
import { graphql } from '../gql';
import type { DiscoverQuery, SearchQuery } from '../gql/graphql';
import { formatNumber } from '../format';
import { HowMatched, mergeHits } from '../search-hits';
import { Link } from '../router';
import { DialogForm, Labelled, Loaded, Page, TlpBadge } from '../components/ui';

const SEARCH = graphql(`
  query Search($search: String!) {
    suspects(filter: { search: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { matchClass node { ...SearchPerson } } }
    byIdentifier: suspects(filter: { identifier: $search }, first: 20) { totalCount pageInfo { hasNextPage } edges { node { ...SearchPerson } } }
    organizations(filter: { search: $search }, first: 20) { totalCount edges { node { id name aliases handling { tlp } ownerAgency { code } } } }
  }
  fragment SearchPerson on Suspect { id fullName aliases identifiers { kind value } handling { tlp } ownerAgency { code } }
`);
const DISCOVER = graphql(`
  query Discover($search: String!) {
    suspects: discoverSuspects(search: $search) { recordType recordId ownerAgency { code name } }
    organizations: discoverOrganizations(search: $search) { recordType recordId ownerAgency { code name } }
  }
`);
const REQUEST_SHARE = graphql(`
  mutation RequestShare($recordType: RecordType!, $recordId: ID!, $purpose: String!) {
    requestShare(recordType: $recordType, recordId: $recordId, purpose: $purpose) { id status }
  }
`);

type Hit = DiscoverQuery['suspects'][number];

/** Analysts: search by name, alias or identifier over what the agency may see, and hit/no-hit discovery at partners. */
export function Search() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [discovering, setDiscovering] = useState(false);
  const results = useQuery(SEARCH, { search }, !search);
  const hits = useQuery(DISCOVER, { search }, !search || !discovering);
  const [requesting, setRequesting] = useState<Hit | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDiscovering(false);
    setSent(null);
    setSearch(text.trim());
  };
  const allHits = hits.data ? [...hits.data.suspects, ...hits.data.organizations] : [];
  return (
    <Page title={t('search.title')}>
      <form onSubmit={submit} className="inline" role="search">
        <Labelled label={t('search.query')}>
          {(id) => (
            <input id={id} type="search" required value={text} onChange={(event) => setText(event.target.value)} />
          )}
        </Labelled>
        <button type="submit">{t('search.submit')}</button>
      </form>
      {search ? (
        <Loaded loading={results.loading} error={results.error}>
          {() => (
            <>
              <People results={results.data!} />
              <section>
                <h2>
                  {t('search.organizations')} ·{' '}
                  {t('search.results', { total: formatNumber(results.data!.organizations.totalCount, i18n.language) })}
                </h2>
                <ul className="results">
                  {results.data!.organizations.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/records/ORGANIZATION/${node.id}`}>{node.name ?? node.id}</Link> ·{' '}
                      {node.ownerAgency.code} <TlpBadge tlp={node.handling.tlp} />
                    </li>
                  ))}
                </ul>
              </section>
              <section>
                <h2>{t('search.hits')}</h2>
                <p>{t('search.discoverIntro')}</p>
                {!discovering ? (
                  <button type="button" className="secondary" onClick={() => setDiscovering(true)}>
                    {t('search.discover')}
                  </button>
                ) : (
                  <Loaded loading={hits.loading} error={hits.error}>
                    {() =>
                      allHits.length === 0 ? (
                        <p>{t('search.noHits')}</p>
                      ) : (
                        <ul className="results">
                          {allHits.map((hit) => (
                            <li key={hit.recordId}>
                              {t('search.hit', {
                                type: t(`records.types.${hit.recordType}`),
                                agency: `${hit.ownerAgency.code} (${hit.ownerAgency.name})`,
                              })}{' '}
                              <button type="button" className="secondary" onClick={() => setRequesting(hit)}>
                                {t('records.request')}
                              </button>
                            </li>
                          ))}
                        </ul>
                      )
                    }
                  </Loaded>
                )}
                {sent ? <p role="status">{sent}</p> : null}
              </section>
            </>
          )}
        </Loaded>
      ) : null}
      {requesting ? (
        <RequestDialog
          hit={requesting}
          onClose={() => setRequesting(null)}
          onDone={(agency) => {
            setRequesting(null);
            setSent(t('request.sent', { agency }));
          }}
        />
      ) : null}
    </Page>
  );
}

const MATCH_STYLES: Record<HowMatched, string> = {
  IDENTIFIER: 'match strong',
  EXACT: 'match strong',
  TRIGRAM: 'match',
  PHONETIC: 'match weak',
};

/** The people found, each with how it matched (identifier, exact name, similar spelling, sounds alike). */
function People({ results }: { results: SearchQuery }) {
  const { t, i18n } = useTranslation();
  const people = mergeHits(results.byIdentifier.edges, results.suspects.edges);
  const complete = !results.suspects.pageInfo.hasNextPage && !results.byIdentifier.pageInfo.hasNextPage;
  const total = complete
    ? t('search.results', { total: formatNumber(people.length, i18n.language) })
    : t('search.resultsMore', {
        shown: formatNumber(people.length, i18n.language),
        total: formatNumber(results.suspects.totalCount + results.byIdentifier.totalCount, i18n.language),
      });
  return (
    <section>
      <h2>
        {t('search.people')} · {total}
      </h2>
      <ul className="results">
        {people.map(({ node, matched }) => (
          <li key={node.id} data-testid="search-hit">
            <Link to={`/records/SUSPECT/${node.id}`}>{node.fullName ?? node.id}</Link>{' '}
            {node.aliases?.length ? `«${node.aliases.join('», «')}»` : null} · {node.ownerAgency.code}{' '}
            <TlpBadge tlp={node.handling.tlp} />{' '}
            {matched.map((how) => (
              <span key={how} className={MATCH_STYLES[how]} data-match={how}>
                {t(`search.matched.${how}`)}
              </span>
            ))}
            {matched.includes('IDENTIFIER') && node.identifiers?.length ? (
              <span className="identifiers">
                {' '}
                · {node.identifiers.map((identifier) => `${identifier.kind} ${identifier.value}`).join(', ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestDialog({ hit, onClose, onDone }: { hit: Hit; onClose: () => void; onDone: (agency: string) => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const request = useMutation(REQUEST_SHARE);
  const submit = async () => {
    await request.run({ recordType: hit.recordType, recordId: hit.recordId, purpose });
    onDone(hit.ownerAgency.code);
  };
  return (
    <DialogForm
      title={t('request.title', { agency: hit.ownerAgency.code })}
      submitLabel={t('request.submit')}
      onClose={onClose}
      onSubmit={submit}
      running={request.running}
      error={request.error}
    >
      <Labelled label={t('request.purpose')}>
        {(id) => <textarea id={id} required value={purpose} onChange={(event) => setPurpose(event.target.value)} />}
      </Labelled>
    </DialogForm>
  );
}
