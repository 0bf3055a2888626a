import { defaultSettings } from './default-settings.js';

describe('the settings proposed for a new plan', () => {
  it.each([
    ['2026-11-22', '2026-12-01', '2027-02-28'],
    ['2026-10-31', '2026-11-01', '2027-01-31'],
    ['2027-12-05', '2028-01-01', '2028-03-31'],
    ['2027-11-30', '2027-12-01', '2028-02-29'],
  ])('from %s: the next three whole months, %s to %s, by month, in USD', (today, start, end) => {
    expect(defaultSettings(today)).toEqual({
      flightStart: start,
      flightEnd: end,
      granularity: 'month',
      currency: 'USD',
    });
  });

  it('refuses a day that is not a date', () => {
    expect(() => defaultSettings('2027-02-30')).toThrow(RangeError);
  });
});
