export * from './languages.js';
export * from './errors.js';
export * from './guide.js';
export { validateGuide, checkTerm, MAX_TERMS } from './validate.js';
export {
  check,
  createChecker,
  MAX_TEXT_LENGTH,
  MAX_PARAGRAPHS,
  DEFAULT_MAX_FINDINGS,
  type Checker,
  type CheckOptions,
  type CheckResult,
  type Finding,
} from './checker.js';
export { scoreOf, verdictOf, WEIGHTS, type Verdict } from './score.js';
export { MESSAGES, formatMessage, type MessageKey, type MessageParams } from './messages.js';
export { detectLanguage } from './detect.js';
export { normalize, type Normalized } from './normalize.js';
export { stemUkrainian, hebrewCandidates } from './words.js';
export { readingEase, readabilityStats, type ReadabilityStats } from './readability.js';
export { renderTemplate, templateSlots } from './templates.js';
