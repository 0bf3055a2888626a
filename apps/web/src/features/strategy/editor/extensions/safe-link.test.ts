import { isSafeLink, normalizeLink } from './safe-link';

describe('links', () => {
  it('accepts http, https and mailto addresses only', () => {
    expect(isSafeLink('https://example.com/tea')).toBe(true);
    expect(isSafeLink('http://example.com')).toBe(true);
    expect(isSafeLink('mailto:team@example.com')).toBe(true);
    for (const unsafe of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '//evil.example',
      '',
      null,
    ]) {
      expect(isSafeLink(unsafe)).toBe(false);
    }
  });

  it('turns what someone typed into an address, or refuses it', () => {
    expect(normalizeLink(' example.com/tea ')).toBe('https://example.com/tea');
    expect(normalizeLink('team@example.com')).toBe('mailto:team@example.com');
    expect(normalizeLink('https://example.com')).toBe('https://example.com');
    expect(normalizeLink('javascript:alert(1)')).toBeNull();
    expect(normalizeLink('not a link')).toBeNull();
  });
});
