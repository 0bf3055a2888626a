import { formatUptime } from './format-uptime';

describe('formatUptime', () => {
  it('uses the largest whole unit', () => {
    expect(formatUptime(42.9, 'en')).toBe('42 seconds');
    expect(formatUptime(60, 'en')).toBe('1 minute');
    expect(formatUptime(3 * 3600 + 59 * 60, 'en')).toBe('3 hours');
    expect(formatUptime(2 * 86_400 + 5, 'en')).toBe('2 days');
  });

  it('never shows a negative duration', () => {
    expect(formatUptime(-3, 'en')).toBe('0 seconds');
  });

  it('writes the unit and digits of the given language', () => {
    expect(formatUptime(120, 'uk')).toBe('2 хвилини');
    expect(formatUptime(120, 'fa')).toBe('۲ دقیقه');
  });
});
