import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { LiveEvent } from '../live-event';
import { useLiveEvents } from './use-live-events';

/** Events that arrive this close together cause one refetch. */
const COALESCE_MS = 150;

/**
 * Refetches the active queries named `queryNames` (e.g. `['CalendarPosts']`) whenever a
 * live event of the brand passes `accept` (all events by default), and after the stream
 * reconnects. Bursts of events (an import) cause one refetch.
 */
export function useRefetchOnLiveEvents(
  brandId: string | undefined,
  queryNames: readonly string[],
  accept: (event: LiveEvent) => boolean = () => true,
): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // useLiveEvents calls the latest callbacks, so these read this render's names and filter.
  const refetch = () => {
    if (timer.current) return;
    const include = [...queryNames];
    timer.current = setTimeout(() => {
      timer.current = null;
      void client.refetchQueries({ include });
    }, COALESCE_MS);
  };

  useLiveEvents(
    brandId,
    (event) => {
      if (accept(event)) refetch();
    },
    { onReconnect: refetch },
  );
}
