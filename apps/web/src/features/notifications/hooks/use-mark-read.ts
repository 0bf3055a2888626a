import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.graphql';
import { NOTIFICATIONS_PAGE } from './use-notifications';

/** Marks in the cache what the server marked, and takes its unread count. */
function markInCache(cache: ApolloCache, ids: readonly string[] | 'all', unread: number): void {
  const now = new Date().toISOString();
  const list = cache.readQuery({
    query: NotificationsQuery,
    variables: { first: NOTIFICATIONS_PAGE },
  });
  const targets =
    ids === 'all' ? (list?.notifications.entries.map((entry) => entry.id) ?? []) : ids;
  for (const id of targets) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: (current: unknown) => current ?? now },
    });
  }
  cache.writeQuery({
    query: UnreadNotificationCountQuery,
    data: { unreadNotificationCount: unread },
  });
}

/** Mark some notifications read, or all of them. */
export function useMarkNotificationsRead() {
  const [markSome, some] = useMutation(MarkNotificationReadMutation);
  const [markEvery, every] = useMutation(MarkAllNotificationsReadMutation);
  return {
    markRead: async (ids: string[]): Promise<void> => {
      await markSome({
        variables: { ids },
        update: (cache, { data }) => {
          if (data) markInCache(cache, ids, data.markNotificationRead);
        },
      });
    },
    markAllRead: async (): Promise<void> => {
      await markEvery({
        update: (cache, { data }) => {
          if (data) markInCache(cache, 'all', data.markAllNotificationsRead);
        },
      });
    },
    busy: some.loading || every.loading,
  };
}
