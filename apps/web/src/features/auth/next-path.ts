/**
 * Where to go after signing in: only a path of this app (never another site, which
 * "//evil.example" or "/\\evil.example" would be), else the home page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** `/sign-in` (or `/sign-up`) that comes back to `next` afterwards. */
export function signInPath(next: string, page: 'sign-in' | 'sign-up' = 'sign-in'): string {
  return next === '/' ? `/${page}` : `/${page}?next=${encodeURIComponent(next)}`;
}
