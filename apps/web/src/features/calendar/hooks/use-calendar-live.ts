import { useCallback } from 'react';
import { useRefetchOnLiveEvents, type LiveEvent } from '../../live';
import { changesCalendar } from '../calendar-live';

/** The queries the calendar page shows: its posts and the content mix beside them. */
export const CALENDAR_QUERIES = ['CalendarPosts', 'ContentMix'] as const;

/**
 * Refetches the calendar and the content mix when anyone changes a post of the brand (a
 * move, a new post, a status), within about a second, and after the live stream reconnects.
 */
export function useCalendarLive(brandId: string): void {
  const accept = useCallback((event: LiveEvent) => changesCalendar(event, brandId), [brandId]);
  useRefetchOnLiveEvents(brandId, CALENDAR_QUERIES, accept);
}
