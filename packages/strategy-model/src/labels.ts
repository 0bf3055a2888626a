import { isStrategyLanguage, type StrategyLanguage } from './schema.js';
import { en } from './texts/en.js';
import { fa } from './texts/fa.js';
import { he } from './texts/he.js';
import { th } from './texts/th.js';
import type { LanguageTexts, StrategyLabels } from './texts/types.js';
import { uk } from './texts/uk.js';
import { vi } from './texts/vi.js';

export const STRATEGY_TEXTS: Readonly<Record<StrategyLanguage, LanguageTexts>> = {
  en,
  vi,
  fa,
  he,
  uk,
  th,
};

/** Labels of typed blocks (card fields, table headers, SMART issues) per language. */
export const STRATEGY_LABELS: Readonly<Record<StrategyLanguage, StrategyLabels>> = {
  en: en.labels,
  vi: vi.labels,
  fa: fa.labels,
  he: he.labels,
  uk: uk.labels,
  th: th.labels,
};

/** The labels of `language`, English for anything that is not a strategy language. */
export function labelsFor(language: string | undefined): StrategyLabels {
  return STRATEGY_LABELS[language !== undefined && isStrategyLanguage(language) ? language : 'en'];
}
