import { civilDate, dayNumber, daysInMonth, formatIsoDate, parseIsoDate } from './dates.js';
import type { SettingsInput } from './plan.js';

/**
 * The settings proposed for a new plan: the next three whole calendar months after the
 * month of `today` (yyyy-mm-dd, in the caller's own calendar day), by month, in US dollars.
 * The server uses it when a plan is created without settings; the web app to fill its form.
 */
export function defaultSettings(today: string): SettingsInput {
  const day = parseIsoDate(today);
  if (day === null) throw new RangeError(`Not a date: ${today}`);
  const { year, month } = civilDate(day);
  const startMonth = month === 12 ? 1 : month + 1;
  const startYear = month === 12 ? year + 1 : year;
  const endMonth = ((startMonth + 1) % 12) + 1;
  const endYear = startYear + (startMonth + 2 > 12 ? 1 : 0);
  return {
    flightStart: formatIsoDate(dayNumber(startYear, startMonth, 1)),
    flightEnd: formatIsoDate(dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth))),
    granularity: 'month',
    currency: 'USD',
  };
}
