import type { Language } from '../languages.js';

/**
 * One sentence and what the checker must find in it: `[ruleId, flagged text]` in order of
 * position (an empty list: nothing). `source` names the article a real sentence comes from
 * (../shared/domain/articles); own sentences have none.
 */
export interface CorpusCase {
  readonly text: string;
  readonly expect: ReadonlyArray<readonly [string, string]>;
  /** Replacements offered, in the same order, where the case checks them. */
  readonly replacements?: ReadonlyArray<string | undefined>;
  readonly source?: string;
  /** What the case is about, for the test title. */
  readonly about: string;
}

export interface Corpus {
  readonly language: Language;
  /** A guideline as the editing form would send it (validated by the test). */
  readonly guide: unknown;
  readonly cases: readonly CorpusCase[];
}

export const THRESHOLDS = { blockBelow: 60, warnBelow: 80 };
