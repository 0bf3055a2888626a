import { Temporal } from 'temporal-polyfill';
import { AppError } from '../../platform/errors/index.js';

/** How a local time that the zone skips or repeats was resolved. */
export interface PublishTimeAdjustment {
  /** gap: the clocks jump over it (spring forward); overlap: it happens twice (fall back). */
  kind: 'gap' | 'overlap';
  /** The local date-time asked for, yyyy-mm-ddTHH:mm. */
  requested: string;
  /** The local date-time it is scheduled at, yyyy-mm-ddTHH:mm. */
  resolved: string;
  /** The UTC offset in force at the chosen instant, e.g. +02:00. */
  offset: string;
  message: string;
}

export interface ResolvedPublishTime {
  instant: Date;
  /** The local date-time in the zone, yyyy-mm-ddTHH:mm. */
  local: string;
  adjustment: PublishTimeAdjustment | null;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00(?:\.0+)?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A publish time given as a wall-clock time in the brand's zone, as the instant it names.
 * A time the zone skips (spring forward) is moved forward by the length of the gap; a time
 * it repeats (fall back) is the earlier of the two instants — Temporal's 'compatible'
 * rule, which is also what RFC 5545 calendars do — and the answer says it was adjusted.
 */
export function resolvePublishTime(
  value: string,
  timeZone: string,
  field = 'publishAt',
): ResolvedPublishTime {
  const match = LOCAL.exec(value.trim());
  if (!match) {
    throw AppError.validation(
      field,
      "Give the publish time as a local date and time in the brand's time zone, like 2026-03-29T09:30 (no offset).",
    );
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  checkYear(year, field);
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from({ year, month, day, hour, minute }, { overflow: 'reject' });
  } catch {
    throw AppError.validation(field, `${value.trim()} is not a date and time of the calendar.`);
  }
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(timeZone, { disambiguation: 'later' });
  const chosen = local.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  const requested = formatLocal(local);
  const resolved = formatLocal(chosen.toPlainDateTime());
  let adjustment: PublishTimeAdjustment | null = null;
  if (earlier.epochMilliseconds !== later.epochMilliseconds) {
    adjustment = !chosen.toPlainDateTime().equals(local)
      ? {
          kind: 'gap',
          requested,
          resolved,
          offset: chosen.offset,
          message: `${requested} does not exist in ${timeZone} (the clocks move forward); it is scheduled at ${resolved} (${chosen.offset}).`,
        }
      : {
          kind: 'overlap',
          requested,
          resolved,
          offset: chosen.offset,
          message: `${requested} happens twice in ${timeZone} (the clocks move back); it is scheduled at the first one (${chosen.offset}).`,
        };
  }
  return { instant: new Date(chosen.epochMilliseconds), local: resolved, adjustment };
}

/** The instant a local calendar day (yyyy-mm-dd) starts in a zone (DST-safe). */
export function startOfLocalDay(value: string, timeZone: string, field: string): Date {
  return new Date(parseLocalDate(value, field).toZonedDateTime({ timeZone }).epochMilliseconds);
}

/** A yyyy-mm-dd calendar date, or VALIDATION on `field`. */
export function parseLocalDate(value: string, field: string): Temporal.PlainDate {
  const match = DATE.exec(value.trim());
  if (!match) throw AppError.validation(field, 'Give a date as yyyy-mm-dd.');
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  checkYear(year, field);
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
  } catch {
    throw AppError.validation(field, `${value.trim()} is not a date of the calendar.`);
  }
}

function checkYear(year: number, field: string): void {
  if (year < 2000 || year > 2100) {
    throw AppError.validation(field, 'Choose a date between the years 2000 and 2100.');
  }
}

function formatLocal(value: Temporal.PlainDateTime): string {
  return value.toString({ smallestUnit: 'minute' });
}
