import { isStrategyLanguage } from '@chorus/strategy-model';
import { AppError } from '../../platform/errors/index.js';

/** Checks a document language, or throws VALIDATION. Null when none was given. */
export function validLanguage(language: string | null | undefined): string | null {
  if (language === undefined || language === null) return null;
  // The six languages of the app (the strategy template is written in each of them).
  if (!isStrategyLanguage(language)) {
    throw AppError.validation('language', 'Choose one of en, vi, fa, he, uk or th.');
  }
  return language;
}
