import type { ToneInputError, ToneRuleError } from '@chorus/tone-check';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import type { DocumentCheck } from './tone-check-result.js';

/** The tone module's refusals (codes in the platform's error catalogue). */
export const ToneErrors = {
  ruleInvalid(error: Pick<ToneRuleError, 'code' | 'field' | 'message'>): AppError {
    return new AppError(ErrorCode.TONE_RULE_INVALID, error.message, {
      field: error.field,
      details: { rule: error.code },
    });
  },
  conflict(currentVersion: number | null): AppError {
    return new AppError(
      ErrorCode.TONE_GUIDELINE_CONFLICT,
      'The guideline was changed meanwhile: reload it and make your change again.',
      { field: 'baseVersion', details: { currentVersion } },
    );
  },
  blocked(check: DocumentCheck, guidelineVersion: number): AppError {
    return new AppError(
      ErrorCode.TONE_CHECK_BLOCKED,
      `The text fails the brand's tone of voice (score ${check.score}): fix the findings, or ask the chief expert to override with a reason.`,
      {
        details: {
          score: check.score,
          verdict: check.verdict.toUpperCase(),
          requiredViolations: check.requiredViolations,
          recommendedViolations: check.recommendedViolations,
          guidelineVersion,
        },
      },
    );
  },
  textTooLong(error: ToneInputError): AppError {
    return new AppError(ErrorCode.VALIDATION, `The text is too long to check: ${error.message}.`, {
      field: 'content',
      details: { rule: error.code },
    });
  },
  overrideReasonRequired(): AppError {
    return new AppError(
      ErrorCode.TONE_OVERRIDE_REASON_REQUIRED,
      'Say why the text may go to approval although it fails the tone check.',
      { field: 'toneOverrideReason' },
    );
  },
};
