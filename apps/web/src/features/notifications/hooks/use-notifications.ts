import { useQuery } from '@apollo/client/react';
import { NotificationsQuery } from '../graphql/notifications.graphql';

/** Notifications fetched per page (the list loads more on request). */
export const NOTIFICATIONS_PAGE = 20;

/** One's notifications, newest first; fetched only while `open` (the list is shown). */
export function useNotifications(open: boolean) {
  const { data, loading, error, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATIONS_PAGE },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.notifications;
  const loadMore = async (): Promise<void> => {
    if (!page?.hasMore || !page.endCursor) return;
    await fetchMore({ variables: { first: NOTIFICATIONS_PAGE, after: page.endCursor } });
  };
  return {
    notifications: page?.entries ?? [],
    hasMore: page?.hasMore ?? false,
    loading: loading && !page,
    error,
    loadMore,
  };
}
