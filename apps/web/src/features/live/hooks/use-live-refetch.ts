import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
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
  const namesRef = useRef(queryNames);
  const acceptRef = useRef(accept);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    namesRef.current = queryNames;
    acceptRef.current = accept;
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const refetch = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void client.refetchQueries({ include: [...namesRef.current] });
    }, COALESCE_MS);
  }, [client]);

  useLiveEvents(
    brandId,
    (event) => {
      if (acceptRef.current(event)) refetch();
    },
    { onReconnect: refetch },
  );
}
