import { dayNumber, formatIsoDate, isoWeek, isoWeeksInYear, parseIsoDate } from './dates.js';

describe('calendar dates', () => {
  it('parses only real yyyy-mm-dd dates and formats them back', () => {
    expect(parseIsoDate('2028-02-29')).toBe(dayNumber(2028, 2, 29));
    expect(formatIsoDate(parseIsoDate('2028-02-29') as number)).toBe('2028-02-29');
    for (const bad of [
      '2027-02-29',
      '2027-13-01',
      '2027-00-10',
      '2027-1-1',
      '27-01-01',
      '2027-01-01T00:00',
      '',
      20270101,
      null,
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  it('refuses years outside 1900-2999 so keys keep four digits', () => {
    expect(parseIsoDate('1899-12-31')).toBeNull();
    expect(parseIsoDate('3000-01-01')).toBeNull();
    expect(parseIsoDate('1900-01-01')).not.toBeNull();
  });

  it('numbers ISO weeks from the week holding the first Thursday', () => {
    expect(isoWeek(dayNumber(2025, 12, 29))).toEqual({ year: 2026, week: 1 });
    expect(isoWeek(dayNumber(2027, 1, 1))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(dayNumber(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(dayNumber(1969, 12, 29))).toEqual({ year: 1970, week: 1 });
    expect([2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53]);
    expect([2021, 2025, 2027, 2028].map(isoWeeksInYear)).toEqual([52, 52, 52, 52]);
  });
});
