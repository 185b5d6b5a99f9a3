import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../App';
import { useMutation, useQuery } from '../api/client';
import { graphql } from '../gql';
import type { Country, SourceReliability, TipChannel, TipPriority, TipStatus, Tlp } from '../gql/graphql';
import { formatDateTime } from '../format';
import { Link } from '../router';
import { ErrorNote, Labelled, Loaded, Markings, Page, Select, Table } from '../components/ui';
import { tlpLabel } from '../tlp';

const TIP_QUEUE = graphql(`
  query TipQueue($status: TipStatus, $priority: TipPriority) {
    tips(filter: { status: $status, priority: $priority }, first: 50) {
      totalCount
      edges { node { id receivedAt channel language status priority narrative sourceReliability informationCredibility handling { tlp } } }
    }
  }
`);
const TIP = graphql(`
  query TipDetail($id: ID!) {
    tip(id: $id) {
      id receivedAt channel language receivedIn narrative status priority sourceReliability informationCredibility redactedFields
      handling { tlp releasableTo originatorControlled }
      tipster { anonymous name phone email }
      followUps { receivedAt narrative }
      subjects { id fullName }
    }
    agreements { id endedAt recordTypes providerAgency { id } recipientAgency { id code name } }
  }
`);
const SUBMIT_TIP = graphql(`
  mutation SubmitTip($input: SubmitTipInput!) { submitTip(input: $input) { id } }
`);
const TRIAGE_TIP = graphql(`
  mutation TriageTip($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { id status priority sourceReliability informationCredibility } }
`);
const REFER_TIP = graphql(`
  mutation ReferTip($id: ID!, $recipientAgencyId: ID!, $purpose: String!) { referTip(id: $id, recipientAgencyId: $recipientAgencyId, purpose: $purpose) { id status } }
`);

const STATUSES: TipStatus[] = ['NEW', 'TRIAGED', 'ACTIONABLE', 'REFERRED', 'CLOSED'];
const CHANNELS: TipChannel[] = ['HOTLINE', 'WHATSAPP', 'WALK_IN'];
/** Most pressing first, as the queue is ordered. */
const PRIORITIES: TipPriority[] = ['LIFE_THREATENING', 'URGENT', 'ROUTINE'];
const RELIABILITY: SourceReliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const CREDIBILITY = [1, 2, 3, 4, 5, 6];
const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

/** The Admiralty grade ("B2"), or a dash before triage. */
function grade(tip: { sourceReliability?: SourceReliability | null; informationCredibility?: number | null }): string {
  return tip.sourceReliability || tip.informationCredibility
    ? `${tip.sourceReliability ?? '?'}${tip.informationCredibility ?? '?'}`
    : '—';
}

/** A tip's priority as a person reads it; a partner's shared tip may not say. */
function Priority({ priority }: { priority?: TipPriority | null }) {
  const { t } = useTranslation();
  return priority ? <span className={`priority-${priority}`}>{t(`tips.priorities.${priority}`)}</span> : <>—</>;
}

/** Intake: the queue (most pressing first, then newest), entering a hotline or WhatsApp tip, triage and referral. */
export function Tips({ me, tipId }: { me: Me; tipId?: string }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<TipStatus | ''>('NEW');
  const [priority, setPriority] = useState<TipPriority | ''>('');
  const queue = useQuery(TIP_QUEUE, { status: status || null, priority: priority || null });
  if (tipId) return <TipDetail id={tipId} me={me} onChanged={queue.reload} />;
  return (
    <Page title={t('tips.title')}>
      <NewTip me={me} onSubmitted={queue.reload} />
      <section>
        <h2>{t('tips.queue')}</h2>
        <p>{t('tips.queueOrder')}</p>
        <div className="inline">
          <Select
            label={t('fields.status')}
            value={status}
            onChange={setStatus}
            empty={t('app.all')}
            options={STATUSES.map((option) => ({ value: option, label: t(`tips.statuses.${option}`) }))}
          />
          <Select
            label={t('fields.priority')}
            value={priority}
            onChange={setPriority}
            empty={t('app.all')}
            options={PRIORITIES.map((option) => ({ value: option, label: t(`tips.priorities.${option}`) }))}
          />
        </div>
        <Loaded loading={queue.loading && !queue.data} error={queue.error}>
          {() => (
            <Table
              headers={[
                t('fields.priority'),
                t('fields.receivedAt'),
                t('fields.channel'),
                t('fields.status'),
                t('tips.grade'),
                t('fields.narrative'),
              ]}
            >
              {queue.data!.tips.edges.map(({ node }) => (
                <tr key={node.id} data-testid="tip-item" data-priority={node.priority ?? undefined}>
                  <td>
                    <Priority priority={node.priority} />
                  </td>
                  <td>
                    <Link to={`/tips/${node.id}`}>{formatDateTime(node.receivedAt, i18n.language)}</Link>
                  </td>
                  <td>{node.channel ? t(`tips.channels.${node.channel}`) : '—'}</td>
                  <td>{node.status ? t(`tips.statuses.${node.status}`) : '—'}</td>
                  <td>{grade(node)}</td>
                  <td>
                    {node.narrative && node.narrative.length > 140
                      ? `${node.narrative.slice(0, 140)}…`
                      : node.narrative}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Loaded>
      </section>
    </Page>
  );
}

function NewTip({ me, onSubmitted }: { me: Me; onSubmitted: () => void }) {
  const { t, i18n } = useTranslation();
  const blank = {
    channel: 'HOTLINE' as TipChannel,
    priority: 'ROUTINE' as TipPriority,
    language: (i18n.language === 'en' ? 'en' : 'es') as 'es' | 'en',
    receivedIn: me.agency.country as Country,
    narrative: '',
    anonymous: true,
    name: '',
    phone: '',
    email: '',
    tlp: 'AMBER' as Tlp,
  };
  const [tip, setTip] = useState(blank);
  const [done, setDone] = useState(false);
  const submit = useMutation(SUBMIT_TIP);
  const set = (change: Partial<typeof blank>) => setTip((current) => ({ ...current, ...change }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit.run({
      input: {
        channel: tip.channel,
        priority: tip.priority,
        language: tip.language,
        receivedIn: tip.receivedIn,
        narrative: tip.narrative,
        tipster: tip.anonymous
          ? { anonymous: true }
          : { anonymous: false, name: tip.name || null, phone: tip.phone || null, email: tip.email || null },
        handling: { tlp: tip.tlp, releasableTo: [me.agency.country as Country] },
      },
    });
    setTip(blank);
    setDone(true);
    onSubmitted();
  };
  return (
    <details className="card">
      <summary>{t('tips.newTip')}</summary>
      <form onSubmit={(event) => void onSubmit(event).catch(() => undefined)}>
        <Select
          label={t('fields.channel')}
          value={tip.channel}
          onChange={(channel) => set({ channel })}
          options={CHANNELS.map((channel) => ({ value: channel, label: t(`tips.channels.${channel}`) }))}
        />
        <Select
          label={t('fields.priority')}
          value={tip.priority}
          onChange={(priority) => set({ priority })}
          options={PRIORITIES.map((option) => ({ value: option, label: t(`tips.priorities.${option}`) }))}
        />
        <Select
          label={t('fields.language')}
          value={tip.language}
          onChange={(language) => set({ language })}
          options={(['es', 'en'] as const).map((language) => ({
            value: language,
            label: t(`tips.languages.${language}`),
          }))}
        />
        <Select
          label={t('fields.receivedIn')}
          value={tip.receivedIn}
          onChange={(receivedIn) => set({ receivedIn })}
          options={(['US', 'MX'] as const).map((side) => ({ value: side, label: t(`tips.sides.${side}`) }))}
        />
        <Labelled label={t('fields.narrative')}>
          {(id) => (
            <textarea
              id={id}
              required
              value={tip.narrative}
              onChange={(event) => set({ narrative: event.target.value })}
            />
          )}
        </Labelled>
        <label className="choice">
          <input
            type="checkbox"
            checked={tip.anonymous}
            onChange={(event) => set({ anonymous: event.target.checked })}
          />
          {t('tips.anonymous')}
        </label>
        {!tip.anonymous ? (
          <>
            <Labelled label={t('tips.tipsterName')}>
              {(id) => <input id={id} value={tip.name} onChange={(event) => set({ name: event.target.value })} />}
            </Labelled>
            <Labelled label={t('tips.tipsterPhone')}>
              {(id) => (
                <input id={id} type="tel" value={tip.phone} onChange={(event) => set({ phone: event.target.value })} />
              )}
            </Labelled>
            <Labelled label={t('tips.tipsterEmail')}>
              {(id) => (
                <input
                  id={id}
                  type="email"
                  value={tip.email}
                  onChange={(event) => set({ email: event.target.value })}
                />
              )}
            </Labelled>
          </>
        ) : null}
        <Select
          label={t('tips.tlp')}
          value={tip.tlp}
          onChange={(tlp) => set({ tlp })}
          options={TLPS.map((tlp) => ({ value: tlp, label: tlpLabel(tlp) }))}
        />
        <ErrorNote error={submit.error} />
        {done ? <p role="status">{t('tips.submitted')}</p> : null}
        <button type="submit" disabled={submit.running}>
          {t('tips.submit')}
        </button>
      </form>
    </details>
  );
}

function TipDetail({ id, me, onChanged }: { id: string; me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(TIP, { id });
  const triage = useMutation(TRIAGE_TIP);
  const refer = useMutation(REFER_TIP);
  const [triageInput, setTriageInput] = useState<{
    status: TipStatus | '';
    priority: TipPriority | '';
    sourceReliability: SourceReliability | '';
    informationCredibility: string;
  }>({ status: '', priority: '', sourceReliability: '', informationCredibility: '' });
  const [referral, setReferral] = useState({ recipientAgencyId: '', purpose: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const saveTriage = async (event: FormEvent) => {
    event.preventDefault();
    await triage.run({
      id,
      input: {
        ...(triageInput.status ? { status: triageInput.status } : {}),
        ...(triageInput.priority ? { priority: triageInput.priority } : {}),
        ...(triageInput.sourceReliability ? { sourceReliability: triageInput.sourceReliability } : {}),
        ...(triageInput.informationCredibility
          ? { informationCredibility: Number(triageInput.informationCredibility) }
          : {}),
      },
    });
    setNotice(t('tips.triaged'));
    query.reload();
    onChanged();
  };
  const sendReferral = async (event: FormEvent) => {
    event.preventDefault();
    await refer.run({ id, ...referral });
    setNotice(t('tips.referred'));
    query.reload();
    onChanged();
  };
  return (
    <Loaded loading={query.loading && !query.data} error={query.error}>
      {() => {
        const tip = query.data!.tip;
        if (!tip) return <Page title={t('records.notFound')}>{null}</Page>;
        const partners = query
          .data!.agreements.filter(
            (agreement) =>
              !agreement.endedAt &&
              agreement.providerAgency.id === me.agency.id &&
              agreement.recordTypes.includes('TIP'),
          )
          .map((agreement) => agreement.recipientAgency);
        return (
          <Page title={`${t('records.types.TIP')} · ${formatDateTime(tip.receivedAt, i18n.language)}`}>
            <p>
              <Link to="/tips">← {t('tips.title')}</Link>
            </p>
            <Markings handling={tip.handling} />
            <dl>
              <dt>{t('fields.channel')}</dt>
              <dd>{tip.channel ? t(`tips.channels.${tip.channel}`) : '—'}</dd>
              <dt>{t('fields.priority')}</dt>
              <dd>
                <Priority priority={tip.priority} />
              </dd>
              <dt>{t('fields.status')}</dt>
              <dd>{tip.status ? t(`tips.statuses.${tip.status}`) : '—'}</dd>
              <dt>{t('tips.grade')}</dt>
              <dd>{grade(tip)}</dd>
              <dt>{t('fields.language')}</dt>
              <dd>{tip.language ? t(`tips.languages.${tip.language}`) : '—'}</dd>
              <dt>{t('fields.tipster')}</dt>
              <dd>
                {tip.tipster
                  ? tip.tipster.anonymous
                    ? t('tips.anonymous')
                    : [tip.tipster.name, tip.tipster.phone, tip.tipster.email].filter(Boolean).join(' · ')
                  : t('records.withheld.tipster')}
              </dd>
              <dt>{t('fields.subjects')}</dt>
              <dd>
                {tip.subjects?.length
                  ? tip.subjects.map((subject) => (
                      <Link key={subject.id} to={`/records/SUSPECT/${subject.id}`}>
                        {subject.fullName ?? subject.id}
                      </Link>
                    ))
                  : '—'}
              </dd>
            </dl>
            <h2>{t('fields.narrative')}</h2>
            <p className="narrative">{tip.narrative}</p>
            {tip.followUps?.length ? (
              <>
                <h2>{t('fields.followUps')}</h2>
                <ul>
                  {tip.followUps.map((followUp, index) => (
                    <li key={index}>
                      {formatDateTime(followUp.receivedAt, i18n.language)}: {followUp.narrative}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {notice ? <p role="status">{notice}</p> : null}
            <form className="card" onSubmit={(event) => void saveTriage(event).catch(() => undefined)}>
              <h2>{t('tips.triage')}</h2>
              <Select
                label={t('fields.status')}
                value={triageInput.status}
                onChange={(status) => setTriageInput({ ...triageInput, status })}
                empty="—"
                options={STATUSES.filter((option) => option !== 'REFERRED').map((option) => ({
                  value: option,
                  label: t(`tips.statuses.${option}`),
                }))}
              />
              <Select
                label={t('fields.priority')}
                value={triageInput.priority}
                onChange={(priority) => setTriageInput({ ...triageInput, priority })}
                empty="—"
                options={PRIORITIES.map((option) => ({ value: option, label: t(`tips.priorities.${option}`) }))}
              />
              <Select
                label={t('fields.sourceReliability')}
                value={triageInput.sourceReliability}
                onChange={(sourceReliability) => setTriageInput({ ...triageInput, sourceReliability })}
                empty="—"
                options={RELIABILITY.map((option) => ({ value: option, label: t(`tips.reliability.${option}`) }))}
              />
              <Select
                label={t('fields.informationCredibility')}
                value={triageInput.informationCredibility}
                onChange={(informationCredibility) => setTriageInput({ ...triageInput, informationCredibility })}
                empty="—"
                options={CREDIBILITY.map((option) => ({
                  value: String(option),
                  label: t(`tips.credibility.${option}`),
                }))}
              />
              <ErrorNote error={triage.error} />
              <button type="submit" disabled={triage.running}>
                {t('tips.triageSubmit')}
              </button>
            </form>
            <form className="card" onSubmit={(event) => void sendReferral(event).catch(() => undefined)}>
              <h2>{t('tips.refer')}</h2>
              <Select
                label={t('tips.referTo')}
                required
                value={referral.recipientAgencyId}
                onChange={(recipientAgencyId) => setReferral({ ...referral, recipientAgencyId })}
                empty="—"
                options={partners.map((agency) => ({ value: agency.id, label: `${agency.code} (${agency.name})` }))}
              />
              <Labelled label={t('tips.referPurpose')}>
                {(fieldId) => (
                  <input
                    id={fieldId}
                    required
                    value={referral.purpose}
                    onChange={(event) => setReferral({ ...referral, purpose: event.target.value })}
                  />
                )}
              </Labelled>
              <ErrorNote error={refer.error} />
              <button type="submit" disabled={refer.running}>
                {t('tips.referSubmit')}
              </button>
            </form>
          </Page>
        );
      }}
    </Loaded>
  );
}
