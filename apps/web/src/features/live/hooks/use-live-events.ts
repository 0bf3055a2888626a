import { useEffect, useRef } from 'react';
import { liveBrandUrl, parseEndReason, parseLiveEvent, type LiveEvent } from '../live-event';

export interface LiveEventsOptions {
  /**
   * Called when events may have been missed — the stream opened again after it was down,
   * or the server lost its own feed for a moment (`event: resync`): refetch what you show.
   */
  onReconnect?: () => void;
}

/** Our own retry after the browser gave up (an error answer such as 502 during a deploy). */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * Calls `onEvent` for every change committed on the brand, by anyone, within about a
 * second (Server-Sent Events; see docs/adr/0020-live-updates.md). Nothing happens while
 * `brandId` is undefined. The stream reconnects by itself, stops for good when the server
 * says access was revoked, and closes on unmount or when `brandId` changes. `onEvent` need
 * not be stable: the latest one is called.
 */
export function useLiveEvents(
  brandId: string | undefined,
  onEvent: (event: LiveEvent) => void,
  options: LiveEventsOptions = {},
): void {
  const onEventRef = useRef(onEvent);
  const onReconnectRef = useRef(options.onReconnect);
  useEffect(() => {
    onEventRef.current = onEvent;
    onReconnectRef.current = options.onReconnect;
  });

  useEffect(() => {
    if (!brandId || typeof EventSource === 'undefined') return undefined;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let retryMs = FIRST_RETRY_MS;
    let openedBefore = false;
    let stopped = false;

    const stop = (): void => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
      source = null;
    };

    const connect = (): void => {
      if (stopped) return;
      const current = new EventSource(liveBrandUrl(brandId), { withCredentials: true });
      source = current;
      current.addEventListener('open', () => {
        retryMs = FIRST_RETRY_MS;
        if (openedBefore) onReconnectRef.current?.();
        openedBefore = true;
      });
      current.addEventListener('chorus', (message) => {
        const event = parseLiveEvent(message.data);
        if (event) onEventRef.current(event);
      });
      current.addEventListener('resync', () => onReconnectRef.current?.());
      current.addEventListener('end', (message) => {
        // Revoked access will not come back by retrying; anything else reconnects.
        if (parseEndReason(message.data) === 'ACCESS_REVOKED') stop();
      });
      current.addEventListener('error', () => {
        // The browser retries dropped connections itself; it gives up (CLOSED) on an
        // error answer, and then we try again later, more slowly each time.
        if (stopped || current.readyState !== EventSource.CLOSED) return;
        current.close();
        retry = setTimeout(() => {
          retry = null;
          connect();
        }, retryMs);
        retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
      });
    };

    connect();
    return stop;
  }, [brandId]);
}
