import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The tone module's refusals (the server's error catalogue). */
export type ToneProblem =
  | { code: 'TONE_RULE_INVALID'; field: string | null; rule: string }
  | { code: 'TONE_GUIDELINE_CONFLICT' }
  | { code: 'TONE_CHECK_BLOCKED'; score: number | null; verdict: string | null }
  | { code: 'TONE_OVERRIDE_REASON_REQUIRED' };

/**
 * The tone refusal a failed request carries, or null for any other problem (which the app's
 * shared problem messages describe).
 */
export function toneProblemOf(error: unknown): ToneProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  switch (extensions.code) {
    case 'TONE_RULE_INVALID':
      return {
        code: 'TONE_RULE_INVALID',
        field: typeof extensions.field === 'string' ? extensions.field : null,
        rule: typeof extensions.rule === 'string' ? extensions.rule : 'invalid_field',
      };
    case 'TONE_GUIDELINE_CONFLICT':
      return { code: 'TONE_GUIDELINE_CONFLICT' };
    case 'TONE_CHECK_BLOCKED':
      return {
        code: 'TONE_CHECK_BLOCKED',
        score: typeof extensions.score === 'number' ? extensions.score : null,
        verdict: typeof extensions.verdict === 'string' ? extensions.verdict : null,
      };
    case 'TONE_OVERRIDE_REASON_REQUIRED':
      return { code: 'TONE_OVERRIDE_REASON_REQUIRED' };
    default:
      return null;
  }
}
