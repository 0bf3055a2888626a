import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { SUBSCRIPTIONS_RECONNECTED } from '../../../app/apollo-client';
import { NotificationAddedSubscription } from '../graphql/notifications.graphql';

/**
 * Calls `onArrive` when a notification of one of `kinds` reaches the signed-in person live
 * (a page showing what such notifications are about refreshes itself), and after the
 * subscription socket reconnects (a signal may have been missed meanwhile).
 */
export function useNotificationArrivals(kinds: readonly string[], onArrive: () => void): void {
  const latest = useRef(onArrive);
  useEffect(() => {
    latest.current = onArrive;
  });
  useSubscription(NotificationAddedSubscription, {
    onData: ({ data: live }) => {
      const added = live.data?.notificationAdded;
      if (added && kinds.includes(added.kind)) latest.current();
    },
  });
  useEffect(() => {
    const refresh = () => latest.current();
    window.addEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
    return () => window.removeEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
  }, []);
}
