import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { SignedOutNotice } from './use-sign-out';

/** The message for the page one lands on after signing out, if one just did. */
export function useSignedOutNotice(): string | undefined {
  const { t, i18n } = useTranslation();
  const state = useLocation().state as SignedOutNotice | null;
  if (!state || typeof state !== 'object' || !('signedOut' in state)) return undefined;
  if (state.signedOut === 'here') return t('signOut.done');
  return t('signOut.doneEverywhere', {
    sessions: new Intl.NumberFormat(i18n.resolvedLanguage).format(state.sessions),
  });
}
