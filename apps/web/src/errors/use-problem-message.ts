import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem, ProblemCode } from './api-problem';
import { formatWait } from './format-wait';

/** Messages a screen may put in place of the generic one for a code (e.g. sign-in's 401). */
export type ProblemOverrides = Partial<Record<ProblemCode, string>>;

/** Password length limits, as the server enforces them (shown in the rule messages). */
export const passwordLimits = { min: 10, max: 128 } as const;

/**
 * Turns a problem into a sentence in the reader's language. Validation messages are chosen
 * by the field and rule the server names, so they read well under that field.
 */
export function useProblemMessage(): (problem: ApiProblem, overrides?: ProblemOverrides) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (problem: ApiProblem, overrides: ProblemOverrides = {}): string => {
      const override = overrides[problem.code];
      if (override) return override;
      const locale = i18n.resolvedLanguage ?? 'en';
      const number = (value: number) => new Intl.NumberFormat(locale).format(value);
      switch (problem.code) {
        case 'VALIDATION':
          switch (problem.rule ?? '') {
            case 'too_short':
              return t('errors.password.tooShort', { min: number(passwordLimits.min) });
            case 'too_long':
              return t('errors.password.tooLong', { max: number(passwordLimits.max) });
            case 'repetitive':
              return t('errors.password.repetitive');
            case 'common':
              return t('errors.password.common');
            case 'contains_email':
              return t('errors.password.containsEmail');
            case 'control_characters':
              return t('profile.textRules.controlCharacters');
            case 'bidi_controls':
              return t('profile.textRules.bidiControls');
            case 'invisible':
              return t('profile.textRules.invisible');
            default:
              break;
          }
          switch (problem.field ?? '') {
            case 'email':
              return t('errors.validation.email');
            case 'name':
            case 'displayName':
              return t('errors.validation.name');
            case 'title':
              return t('errors.validation.title');
            case 'currentPassword':
              return t('errors.validation.currentPassword');
            case 'description':
            case 'communityConcept':
              return t('errors.validation.textTooLong');
            case 'contentLanguages':
              return t('errors.validation.contentLanguages');
            case 'timeZone':
              return t('errors.validation.timeZone');
            default:
              return t('errors.validation.generic');
          }
        case 'CONFLICT':
          if (problem.field === 'email') return t('errors.conflict.email');
          if (problem.field === 'name') return t('errors.conflict.name');
          return t('errors.conflict.generic');
        case 'INVITATION_INVALID':
          switch (problem.reason ?? '') {
            case 'accepted':
              return t('errors.invitation.accepted');
            case 'expired':
              return t('errors.invitation.expired');
            case 'revoked':
              return t('errors.invitation.revoked');
            default:
              return t('errors.invitation.unknown');
          }
        case 'RATE_LIMITED':
          return problem.retryAfterSeconds === undefined
            ? t('errors.rateLimitedSoon')
            : t('errors.rateLimited', { wait: formatWait(problem.retryAfterSeconds, locale) });
        case 'INVALID_CREDENTIALS':
          return t('signIn.invalidCredentials');
        case 'LAST_OWNER':
          return t('errors.lastOwner');
        case 'UNAUTHENTICATED':
          return t('errors.unauthenticated');
        case 'FORBIDDEN':
          return t('errors.forbidden');
        case 'NOT_FOUND':
          return t('errors.notFound');
        case 'INTERNAL_SERVER_ERROR':
          return t('errors.internal');
        case 'NETWORK':
          return t('errors.network');
      }
    },
    [t, i18n.resolvedLanguage],
  );
}

/** The problem's message when it belongs under `field`, for an input's `error` prop. */
export function problemField(problem: ApiProblem | null, field: string): boolean {
  return (
    problem !== null &&
    (problem.code === 'VALIDATION' || problem.code === 'CONFLICT') &&
    problem.field === field
  );
}
