/**
 * Refetches the calendar when another person changes a post of the brand. Interim: the live
 * stream (features/live) is not on main yet; this becomes a `useLiveEvents` subscription
 * filtered by `changesCalendar` once it is merged.
 */
export function useCalendarLive(brandId: string, refetch: () => unknown): void {
  void brandId;
  void refetch;
}
