import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { SUBSCRIPTIONS_RECONNECTED } from '../../../app/apollo-client';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import {
  NotificationAddedSubscription,
  NotificationsQuery,
  UnreadNotificationCountChangedSubscription,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.graphql';
import { NOTIFICATIONS_PAGE } from './use-notifications';

/**
 * The unread count, kept live: the count and new notifications arrive over the
 * subscription socket (a new one is put at the top of the list if the list is loaded);
 * after the socket reconnects, the count and the list are fetched again.
 */
export function useUnreadNotificationCount(): number {
  const client = useApolloClient();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery);
  useSubscription(UnreadNotificationCountChangedSubscription, {
    onData: ({ data: live }) => {
      const count = live.data?.unreadNotificationCountChanged;
      if (typeof count === 'number') {
        client.cache.writeQuery({
          query: UnreadNotificationCountQuery,
          data: { unreadNotificationCount: count },
        });
      }
    },
  });
  useSubscription(NotificationAddedSubscription, {
    onData: ({ data: live }) => {
      const added = live.data?.notificationAdded;
      if (added) prepend(client.cache, added);
    },
  });
  useEffect(() => {
    const refresh = () => {
      void refetch().catch(() => undefined);
      void client.refetchQueries({ include: [NotificationsQuery] }).catch(() => undefined);
    };
    window.addEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
    return () => window.removeEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
  }, [client, refetch]);
  return data?.unreadNotificationCount ?? 0;
}

function prepend(cache: ApolloCache, added: NotificationFieldsFragment): void {
  cache.updateQuery(
    { query: NotificationsQuery, variables: { first: NOTIFICATIONS_PAGE } },
    (current) =>
      current && {
        notifications: {
          ...current.notifications,
          entries: [
            added,
            ...current.notifications.entries.filter((entry) => entry.id !== added.id),
          ],
        },
      },
  );
}
