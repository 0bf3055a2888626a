import { characterLimit, type NetworkId } from './networks.js';

/*
 * Networks count what a reader sees as one character: a grapheme cluster (a Thai consonant
 * with its vowel and tone marks, a Persian word's letters either side of a ZWNJ, a family
 * emoji joined by ZWJ, a flag, a hand with its skin tone). JavaScript's `length` counts
 * UTF-16 units and would call 👨‍👩‍👧 eight characters. `Intl.Segmenter` (full ICU in Node 20
 * and every current browser) splits by the Unicode rules; where it is missing, code points
 * are the nearest stand-in.
 */

const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** The grapheme clusters of a text, in order. */
export function graphemes(text: string): string[] {
  if (!segmenter) return Array.from(text);
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(text)) parts.push(segment);
  return parts;
}

/** How many characters a network counts in this text (grapheme clusters). */
export function countCharacters(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let count = 0;
  // Counting without building the array: posts are short, but Facebook allows 63,206.
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/**
 * The first `count` characters of a text, never cutting a cluster in half (a flag stays a
 * flag, a Thai syllable keeps its marks).
 */
export function sliceCharacters(text: string, count: number): string {
  if (count <= 0) return '';
  if (!segmenter) return Array.from(text).slice(0, count).join('');
  let taken = 0;
  for (const { index } of segmenter.segment(text)) {
    if (taken === count) return text.slice(0, index);
    taken += 1;
  }
  return text;
}

/** A text measured against one network's limit. */
export interface LengthCheck {
  readonly network: NetworkId;
  /** Characters as the network counts them. */
  readonly count: number;
  readonly limit: number;
  /** How many characters too many (0 when it fits). */
  readonly over: number;
  readonly fits: boolean;
}

/**
 * Measures a post's text for a network, with or without media attached (Telegram allows
 * 1,024 characters under a photo, 4,096 without). A text over the limit is still saved:
 * the editor shows the problem, nothing cuts the text.
 */
export function checkLength(text: string, network: NetworkId, withMedia = false): LengthCheck {
  const count = countCharacters(text);
  const limit = characterLimit(network, withMedia);
  const over = Math.max(0, count - limit);
  return { network, count, limit, over, fits: over === 0 };
}
