const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * The link target when it is safe to keep: an absolute http:, https: or mailto: URL.
 * Anything else (javascript:, data:, relative paths, garbage) gives null and the text is
 * kept without its link. As browsers do, surrounding spaces and control characters are
 * trimmed and tabs and newlines removed before the scheme is read ("java\tscript:");
 * any other control character rejects the link.
 */
export function safeHref(href: string): string | null {
  const cleaned = href
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned)?.[1]?.toLowerCase();
  if (!scheme || !ALLOWED_SCHEMES.includes(scheme)) return null;
  if (scheme !== 'mailto:' && !/^https?:\/\/[^/]/i.test(cleaned)) return null;
  return cleaned;
}
