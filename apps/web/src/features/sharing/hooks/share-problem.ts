import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The share-links module's refusals (the server's error catalogue). */
export const SHARE_ERROR_CODES = [
  'SHARE_LINK_PASSWORD_REQUIRED',
  'SHARE_LINK_PASSWORD_INVALID',
  'GUEST_EMAIL_CODE_INVALID',
  'GUEST_EMAIL_UNCONFIRMED',
] as const;

export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number];

/**
 * The share-link refusal a failed request carries (and its reason, for a code), or null for
 * any other problem, which the app's shared messages describe (throttling with its wait).
 */
export function shareErrorOf(error: unknown): { code: ShareErrorCode; reason?: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  const code = SHARE_ERROR_CODES.find((known) => known === extensions.code);
  if (!code) return null;
  const details = extensions.details as { reason?: unknown } | undefined;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : details?.reason;
  return { code, ...(typeof reason === 'string' ? { reason } : {}) };
}
