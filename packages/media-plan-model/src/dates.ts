// Calendar dates as whole days since 1970-01-01, so period arithmetic never meets a time
// zone or a daylight-saving hour: every conversion goes through Date.UTC.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest and latest years a flight may touch; ISO week keys stay four digits. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** Days since 1970-01-01 for a `yyyy-mm-dd` string, or null when it is not a real date. */
export function parseIsoDate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** Days since 1970-01-01 for a calendar date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The `yyyy-mm-dd` string of a day number. */
export function formatIsoDate(day: number): string {
  const { year, month, date } = civilDate(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

/** Year, month (1-12) and day of month of a day number. */
export function civilDate(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Number of days in a month (1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday (3). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO 8601 week-numbering year and week (1-53) a day belongs to. */
export function isoWeek(day: number): { year: number; week: number } {
  // The week belongs to the year of its Thursday.
  const thursday = day - isoWeekday(day) + 3;
  const year = civilDate(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Day number of the Monday of an ISO week. */
export function isoWeekMonday(year: number, week: number): number {
  // January 4th is always in week 1.
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - isoWeekday(jan4) + (week - 1) * 7;
}

/** Number of ISO weeks (52 or 53) in an ISO week-numbering year. */
export function isoWeeksInYear(year: number): number {
  return isoWeek(dayNumber(year, 12, 28)).week;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
