import type { EventInput } from '@fullcalendar/core';
import type { CalendarPostFieldsFragment } from '../../gql/graphql';
import { approvalStateOf, isLateForApproval, type ApprovalState } from './calendar-approval';
import { eventColors, type ColorBy } from './calendar-colors';

/** A post as the calendar reads it. */
export type CalendarPost = CalendarPostFieldsFragment;

/** A media plan's flight, both days included (yyyy-mm-dd). */
export interface PlanFlight {
  flightStart: string;
  flightEnd: string;
}

/** What an event carries besides its time: the post and whether it falls outside its plan's flight. */
export interface CalendarEventProps {
  post: CalendarPost;
  outsideFlight: boolean;
  approval: ApprovalState;
  /** A flow applies and it is not approved, yet it is scheduled or its time has passed. */
  lateForApproval: boolean;
}

/*
 * The calendar runs in "wall-clock" coordinates: FullCalendar is set to UTC and is given the
 * brand's local date-time as if it were UTC, so the grid shows the brand's clock whatever the
 * reader's own zone is, and a drop reads back the local date-time the server expects
 * (ADR 0019: publish times are written in the brand's zone and resolved there, DST included).
 */

/** "2026-03-29T09:30" for a date in the calendar's coordinates. */
export function wallClock(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** "2026-03-29" for a date in the calendar's coordinates. */
export function wallDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The brand-local date-time of an instant, "yyyy-mm-ddTHH:mm", through Intl. */
export function zonedWallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** A post's publish time on the brand's clock: the server's local time, else derived from the instant. */
export function postWallClock(post: CalendarPost): string | null {
  if (post.publishAtLocal) return post.publishAtLocal;
  const value = post.publishAt;
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : zonedWallClock(instant, post.timeZone);
}

/** Whether a local day lies outside a plan's flight (yyyy-mm-dd strings compare as dates). */
export function isOutsideFlight(localDay: string, flight: PlanFlight | undefined): boolean {
  if (!flight) return false;
  return localDay < flight.flightStart || localDay > flight.flightEnd;
}

export interface EventOptions {
  colorBy: ColorBy;
  /** Flights of the media plans the posts belong to, by plan id. */
  flights: ReadonlyMap<string, PlanFlight>;
  /** Whether the reader may move posts on this calendar at all. */
  canEdit: boolean;
}

/** One post as a FullCalendar event in the brand's time zone; null for a post without a time. */
export function postToEvent(post: CalendarPost, options: EventOptions): EventInput | null {
  const start = postWallClock(post);
  if (!start) return null;
  const colors = eventColors(post, options.colorBy);
  const flight = post.mediaPlanId ? options.flights.get(post.mediaPlanId) : undefined;
  const props: CalendarEventProps = {
    post,
    outsideFlight: isOutsideFlight(start.slice(0, 10), flight),
    approval: approvalStateOf(post),
    lateForApproval: isLateForApproval(post),
  };
  return {
    id: post.id,
    title: post.title,
    start,
    allDay: false,
    editable: options.canEdit && post.canEdit && !post.archived,
    backgroundColor: colors.backgroundColor,
    borderColor: colors.borderColor,
    textColor: colors.textColor,
    classNames: [
      `chorus-post-${post.status.toLowerCase()}`,
      `chorus-approval-${props.approval.toLowerCase()}`,
      ...(props.lateForApproval ? ['chorus-approval-late'] : []),
    ],
    extendedProps: props,
  };
}

/** The posts with a publish time as events, in the order the server gave them. */
export function postsToEvents(posts: readonly CalendarPost[], options: EventOptions): EventInput[] {
  const events: EventInput[] = [];
  for (const post of posts) {
    const event = postToEvent(post, options);
    if (event) events.push(event);
  }
  return events;
}
