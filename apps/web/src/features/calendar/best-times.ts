import type { EventInput } from '@fullcalendar/core';

/** A suggested hour to post (0 = Monday), as the server answers it. */
export interface PostingSlot {
  readonly weekday: number;
  readonly hour: number;
  readonly strength: number;
}

/** What an activity upload answered: applied, or the problems that kept it out. */
export type ActivityUploadAnswer =
  | { kind: 'applied' }
  | {
      kind: 'refused';
      problems: ReadonlyArray<{ row: number; column: string; code: string; message: string }>;
    }
  | { kind: 'failed' };

/**
 * The slots as FullCalendar background events: tinted hours in the week view (FullCalendar
 * draws timed background events on time grids only), repeating every week.
 */
export function slotEvents(slots: readonly PostingSlot[]): EventInput[] {
  return slots.map((slot) => ({
    id: `best-${slot.weekday}-${slot.hour}`,
    daysOfWeek: [(slot.weekday + 1) % 7], // FullCalendar counts from Sunday
    startTime: `${String(slot.hour).padStart(2, '0')}:00`,
    endTime: `${String(slot.hour + 1).padStart(2, '0')}:00`,
    display: 'background',
    classNames: ['chorus-best-slot'],
    editable: false,
  }));
}

/** A weekday's name in a language (0 = Monday). */
export function weekdayName(weekday: number, language: string, width: 'long' | 'short'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + weekday)),
  );
}

/** An hour on a 24-hour clock in a language ("19:00", "۱۹:۰۰"). */
export function hourLabel(hour: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, hour)));
}

/** Where an activity file for a network goes. */
export function activityImportUrl(brandId: string, network: string, format: 'csv' | 'xlsx') {
  const params = new URLSearchParams({ format, network: network.toLowerCase() });
  return `/api/brands/${brandId}/kpis/audience-activity/import?${params.toString()}`;
}

/** Sends an activity file; answers what became of it (never throws). */
export async function uploadActivity(
  brandId: string,
  network: string,
  file: File,
): Promise<ActivityUploadAnswer> {
  const format = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
  try {
    const response = await fetch(activityImportUrl(brandId, network, format), {
      method: 'POST',
      credentials: 'include',
      headers: { 'X-Chorus-Request': '1', 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    const body = (await response.json().catch(() => null)) as {
      applied?: boolean;
      problems?: Array<{ row: number; column: string; code: string; message: string }>;
    } | null;
    if (response.ok && body?.applied) return { kind: 'applied' };
    if (response.status === 422 && Array.isArray(body?.problems))
      return { kind: 'refused', problems: body.problems };
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
