import type { ReadabilityLanguage } from './guide.js';

/*
 * Flesch reading ease where a formula with published coefficients exists and syllables can be
 * counted from the spelling:
 * - English: Flesch (1948), 206.835 − 1.015 × words per sentence − 84.6 × syllables per word;
 *   syllables are vowel groups less a silent final e (a heuristic, close on running text).
 * - Ukrainian: Oborneva's adaptation of Flesch for East Slavic text (calibrated on Russian),
 *   206.835 − 1.3 × words per sentence − 60.1 × syllables per word; a syllable is a vowel letter.
 * No formula here for Vietnamese (every word is one syllable, so Flesch's term says nothing;
 * the Nguyễn–Henkin formula needs word-frequency lists), Persian and Hebrew (short vowels are not
 * written, so syllables cannot be counted from the text) or Thai (no spaces between words and no
 * sentence punctuation). Rules for those are refused by the validator.
 */

/** Additive counts, so a text's figure is the sum of its paragraphs'. */
export interface ReadabilityStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

export const NO_STATS: ReadabilityStats = { words: 0, sentences: 0, syllables: 0 };

const WORD = /[\p{L}\p{M}'’]+/gu;
const SENTENCE_END = /[.!?…]+(?=\s|$)/gu;
const EN_VOWELS = new Set('aeiouyAEIOUY');
const UK_VOWELS = new Set('аеєиіїоуюяАЕЄИІЇОУЮЯ');

/** Vowel groups, less a silent final e (not after l: "table"); at least one. */
function englishSyllables(word: string): number {
  let count = 0;
  let inVowels = false;
  for (let i = 0; i < word.length; i += 1) {
    const vowel = EN_VOWELS.has(word.charAt(i));
    if (vowel && !inVowels) count += 1;
    inVowels = vowel;
  }
  const last = word.charAt(word.length - 1);
  const before = word.charAt(word.length - 2);
  if (count > 1 && (last === 'e' || last === 'E') && before !== 'l' && before !== 'L') count -= 1;
  return Math.max(1, count);
}

function ukrainianSyllables(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i += 1) if (UK_VOWELS.has(word.charAt(i))) count += 1;
  return Math.max(1, count);
}

export function readabilityStats(text: string, language: ReadabilityLanguage): ReadabilityStats {
  let words = 0;
  let syllables = 0;
  for (const [word] of text.matchAll(WORD)) {
    words += 1;
    syllables += language === 'en' ? englishSyllables(word) : ukrainianSyllables(word);
  }
  if (words === 0) return NO_STATS;
  const sentences = Math.max(1, text.match(SENTENCE_END)?.length ?? 0);
  return { words, sentences, syllables };
}

export function addStats(a: ReadabilityStats, b: ReadabilityStats): ReadabilityStats {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    syllables: a.syllables + b.syllables,
  };
}

/** Flesch reading ease, 0 (hard) to 100 (easy); null for a text without words. */
export function readingEase(stats: ReadabilityStats, language: ReadabilityLanguage): number | null {
  if (stats.words === 0) return null;
  const perSentence = stats.words / stats.sentences;
  const perWord = stats.syllables / stats.words;
  const score =
    language === 'en'
      ? 206.835 - 1.015 * perSentence - 84.6 * perWord
      : 206.835 - 1.3 * perSentence - 60.1 * perWord;
  return Math.round(Math.min(100, Math.max(0, score)));
}
