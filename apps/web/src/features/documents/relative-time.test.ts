import { relativeTime } from './relative-time';

const now = Date.parse('2026-11-20T12:00:00.000Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('relative times of last edits', () => {
  it('says nothing under a minute, so the caller can say "just now"', () => {
    expect(relativeTime(ago(20), now, 'en')).toBeNull();
  });

  it('counts in the largest unit that fits, rounded, in the reader’s language', () => {
    expect(relativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3600 + 10 * 60), now, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(3 * 3600 + 50 * 60), now, 'en')).toBe('4 hours ago');
    expect(relativeTime(ago(26 * 3600), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(42 * 3600), now, 'en')).toBe('2 days ago');
    expect(relativeTime(ago(3 * 7 * 24 * 3600), now, 'en')).toBe('3 weeks ago');
    expect(relativeTime(ago(400 * 24 * 3600), now, 'en')).toBe('last year');
    expect(relativeTime(ago(5 * 60), now, 'vi')).toBe('5 phút trước');
  });

  it('gives up on a value that is not a date', () => {
    expect(relativeTime('not a date', now, 'en')).toBeNull();
  });
});
