import { safeHref } from './safe-href.js';

describe('safeHref', () => {
  it.each([
    'https://example.com/a?b=c',
    'http://example.com',
    'mailto:hi@example.com',
    'HTTPS://EXAMPLE.COM',
  ])('keeps %j', (href) => {
    expect(safeHref(href)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//example.com',
    'https:/example.com',
    'https:',
    '',
  ])('drops %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it('trims surrounding spaces and removes tabs and newlines, as a browser would', () => {
    expect(safeHref(' https://example.com/a b\n ')).toBe('https://example.com/a b');
    expect(safeHref('https://exa\tmple.com')).toBe('https://example.com');
  });
});
