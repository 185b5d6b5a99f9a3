import { createClient } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useSession } from '../api/client';
import { graphql } from '../gql';
import type { NotificationAddedSubscription } from '../gql/graphql';
import { formatDateTime } from '../format';

const NOTIFICATIONS = graphql(`
  query Notifications { notifications(unreadOnly: true, first: 20) { edges { node { id at kind message readAt } } } }
`);
const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded { notificationAdded { id at kind message readAt } }
`);
const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }
`);

type Notice = NotificationAddedSubscription['notificationAdded'];

/** The header's notifications: the unread ones, then live from `notificationAdded` over graphql-ws. */
export function Notifications() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const unread = useQuery(NOTIFICATIONS, {});
  const markRead = useMutation(MARK_READ);
  const [live, setLive] = useState<Notice[]>([]);
  useEffect(() => {
    const client = createClient({
      url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      connectionParams: () => ({ authorization: `Bearer ${session.accessToken}` }),
    });
    const stop = client.subscribe<NotificationAddedSubscription>(
      { query: NOTIFICATION_ADDED.toString() },
      {
        next: ({ data }) => data && setLive((current) => [data.notificationAdded, ...current]),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      void client.dispose();
    };
  }, [session]);
  const notices = [...live, ...(unread.data?.notifications.edges.map((edge) => edge.node) ?? [])];
  const read = async () => {
    await markRead.run({ ids: notices.map((notice) => notice.id) }).catch(() => undefined);
    setLive([]);
    unread.reload();
  };
  return (
    <details className="notifications">
      <summary>
        {t('notifications.title')} <span className="badge">{t('notifications.unread', { count: notices.length })}</span>
      </summary>
      <ul>
        {notices.map((notice) => (
          <li key={notice.id}>
            {formatDateTime(notice.at, i18n.language)}: {notice.message}
          </li>
        ))}
      </ul>
      {notices.length > 0 ? (
        <button type="button" className="secondary" onClick={() => void read()}>
          {t('notifications.markRead')}
        </button>
      ) : null}
    </details>
  );
}
