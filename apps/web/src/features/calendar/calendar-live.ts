/** The part of a live event the calendar reads. */
export interface CalendarLiveEvent {
  type: string;
  brandId: string | null;
}

/** Whether a live event changes what the brand's calendar (or its content mix) shows. */
export function changesCalendar(event: CalendarLiveEvent, brandId: string): boolean {
  return event.brandId === brandId && event.type.startsWith('post.');
}
