// Audience activity ("when are my followers online"): a weekday × hour grid as the networks'
// analytics show it, read from a file into 168 values, and the best hours to post from it.
// Pure: the server reads the file into records and passes them here.
import { parseQuantity } from '@chorus/media-plan-model';
import type { ActualsRecord } from './validate.js';

/** Hours in a week; a grid lists them Monday 00:00 first, as ISO weeks start. */
export const WEEK_HOURS = 168;
const LOCALES = ['en', 'vi', 'fa', 'he', 'uk', 'th'] as const;
const MAX_PROBLEMS = 200;

export type ActivityProblemCode =
  | 'empty'
  | 'layout_unknown'
  | 'weekday_invalid'
  | 'hour_invalid'
  | 'not_a_number'
  | 'negative'
  | 'duplicate_cell'
  | 'no_values';

export interface ActivityProblem {
  /** 1-based line or row; 0 for the whole file. */
  readonly row: number;
  /** Header of the column ('' for the whole row or file). */
  readonly column: string;
  readonly code: ActivityProblemCode;
  readonly message: string;
}

export type ActivityGridResult =
  | { ok: true; grid: number[]; layout: 'wide' | 'long'; cells: number }
  | { ok: false; problems: ActivityProblem[]; errorCount: number };

export interface PostingSlot {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** 0–23, in the brand's time zone. */
  readonly hour: number;
  /** The activity there, as a share of the week's busiest hour (0–1). */
  readonly strength: number;
}

const WEEKDAY_NAMES: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>();
  // 2024-01-01 was a Monday.
  for (let day = 0; day < 7; day += 1) {
    const date = new Date(Date.UTC(2024, 0, 1 + day));
    for (const locale of LOCALES) {
      for (const weekday of ['long', 'short'] as const) {
        const name = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(date);
        names.set(normalise(name), day);
      }
    }
    names.set(String(day + 1), day); // ISO 8601: 1 = Monday … 7 = Sunday
  }
  for (const [name, day] of [
    ['mo', 0],
    ['tu', 1],
    ['tues', 1],
    ['we', 2],
    ['th', 3],
    ['thur', 3],
    ['thurs', 3],
    ['fr', 4],
    ['sa', 5],
    ['su', 6],
  ] as const) {
    names.set(name, day);
  }
  return names;
})();

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.\s\u200c]+/g, '');
}

/** A weekday cell: an English, Vietnamese, Persian, Hebrew, Ukrainian or Thai name, or 1–7 (ISO). */
export function weekdayOf(text: string): number | null {
  return WEEKDAY_NAMES.get(normalise(text)) ?? null;
}

/** An hour cell: `0`–`23`, `9:00`, `09:00–10:00`, `9 AM`, `12pm`, `13h`. */
export function hourOf(text: string): number | null {
  const match = /^(\d{1,2})(?::00)?\s*(am|pm|a\.m\.|p\.m\.|h)?(?:\s*[-–]\s*.*)?$/i.exec(
    text.trim(),
  );
  if (!match) return null;
  let hour = Number(match[1]);
  const suffix = match[2]?.toLowerCase().replace(/\./g, '');
  if (suffix === 'am' || suffix === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (suffix === 'pm' ? 12 : 0);
  }
  return hour >= 0 && hour <= 23 ? hour : null;
}

function text(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/**
 * Reads a grid in either layout the networks export: *wide* (a weekday per row, an hour per
 * column after the first) or *long* (columns for the weekday, the hour and the value). Values
 * are counts or percentages (a `%` is dropped); an empty cell is no activity. Every bad cell
 * is named with its row and column; a grid comes back only when the whole file is clean.
 */
export function readActivityGrid(
  header: ActualsRecord,
  records: readonly ActualsRecord[],
  locale = 'en',
): ActivityGridResult {
  const problems: ActivityProblem[] = [];
  let errorCount = 0;
  const report = (row: number, column: string, code: ActivityProblemCode, message: string) => {
    errorCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push({ row, column, code, message });
  };
  const headers = header.cells.map(text);
  const grid = new Array<number>(WEEK_HOURS).fill(0);
  const seen = new Set<number>();
  let cells = 0;
  const put = (row: number, column: string, day: number, hour: number, raw: string) => {
    const slot = day * 24 + hour;
    if (seen.has(slot)) {
      report(row, column, 'duplicate_cell', 'This weekday and hour appear twice.');
      return;
    }
    seen.add(slot);
    if (raw === '') return;
    const number = raw.replace(/\s*%$/, '');
    const parsed = parseQuantity(number.replace(/^[-\u2212]\s*/, ''), locale);
    if (!parsed.ok) report(row, column, 'not_a_number', `"${raw}" is not a number.`);
    else if (/^[-\u2212]/.test(number) && parsed.value > 0)
      report(row, column, 'negative', 'Activity cannot be negative.');
    else {
      grid[slot] = parsed.value;
      cells += 1;
    }
  };

  const hourColumns = headers.map((name, index) => (index === 0 ? null : hourOf(name)));
  const wide = hourColumns.filter((hour) => hour !== null).length >= 12;
  const lower = headers.map((name) => name.toLowerCase());
  const dayColumn = lower.findIndex((name) => /^(day|weekday|day of week)$/.test(name));
  const hourColumn = lower.findIndex((name) => /^(hour|time|hour of day)$/.test(name));
  const valueColumn = lower.findIndex((_, index) => index !== dayColumn && index !== hourColumn);

  if (records.length === 0) {
    report(0, '', 'empty', 'The file has no rows under its header.');
  } else if (wide) {
    for (const record of records) {
      const dayText = text(record.cells[0]);
      if (dayText === '' && record.cells.every((cell) => text(cell) === '')) continue;
      const day = weekdayOf(dayText);
      if (day === null) {
        report(record.line, headers[0] ?? '', 'weekday_invalid', `"${dayText}" is not a weekday.`);
        continue;
      }
      hourColumns.forEach((hour, index) => {
        if (hour !== null) put(record.line, headers[index]!, day, hour, text(record.cells[index]));
      });
    }
  } else if (dayColumn >= 0 && hourColumn >= 0 && valueColumn >= 0) {
    for (const record of records) {
      if (record.cells.every((cell) => text(cell) === '')) continue;
      const day = weekdayOf(text(record.cells[dayColumn]));
      const hour = hourOf(text(record.cells[hourColumn]));
      if (day === null) {
        const given = text(record.cells[dayColumn]);
        report(record.line, headers[dayColumn]!, 'weekday_invalid', `"${given}" is not a weekday.`);
      }
      if (hour === null) {
        const given = text(record.cells[hourColumn]);
        report(record.line, headers[hourColumn]!, 'hour_invalid', `"${given}" is not an hour.`);
      }
      if (day !== null && hour !== null)
        put(record.line, headers[valueColumn]!, day, hour, text(record.cells[valueColumn]));
    }
  } else {
    report(
      1,
      '',
      'layout_unknown',
      'Put a weekday in each row and an hour (0–23) in each column, or use columns Day, Hour and a value.',
    );
  }
  if (errorCount === 0 && cells === 0) report(0, '', 'no_values', 'The file holds no activity.');
  if (errorCount > 0) return { ok: false, problems, errorCount };
  return { ok: true, grid, layout: wide ? 'wide' : 'long', cells };
}

/**
 * The best hours to post: the busiest hours of the week, strongest first, at most one per
 * weekday and hour, never two hours running on the same day (the later one adds little), and
 * none under `minStrength` of the busiest hour (a quiet hour is no suggestion, however few
 * busy ones there are).
 */
export function bestPostingSlots(
  grid: readonly number[],
  count = 5,
  minStrength = 0.5,
): PostingSlot[] {
  const peak = Math.max(0, ...grid);
  if (peak <= 0) return [];
  const order = grid
    .map((value, slot) => ({ value, slot }))
    .filter((entry) => entry.value > 0 && entry.value >= peak * minStrength)
    .sort((a, b) => b.value - a.value || a.slot - b.slot);
  const taken = new Set<number>();
  const slots: PostingSlot[] = [];
  for (const { value, slot } of order) {
    if (slots.length >= count) break;
    const hour = slot % 24;
    if ((hour > 0 && taken.has(slot - 1)) || (hour < 23 && taken.has(slot + 1))) continue;
    taken.add(slot);
    slots.push({ weekday: Math.floor(slot / 24), hour, strength: value / peak });
  }
  return slots;
}
