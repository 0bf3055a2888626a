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

/**
 * Segments up to this many UTF-16 units at a time. V8's segmenter (Node 20) slows down
 * more than linearly on long strings — 63,206 characters, Facebook's limit, took over a
 * second in one piece and take milliseconds in windows.
 */
const WINDOW = 1024;

/**
 * Calls `visit` with each grapheme cluster and its UTF-16 offset, in order, until it
 * returns false. Each window starts on a cluster boundary, and the last cluster of a window
 * (which may continue past it) is read again at the start of the next one: the rules look
 * one character ahead and back to the start of the cluster, so every boundary found before
 * that last cluster is a boundary of the whole text.
 */
function eachGrapheme(text: string, visit: (segment: string, index: number) => boolean): void {
  if (!segmenter) {
    let index = 0;
    for (const char of text) {
      if (!visit(char, index)) return;
      index += char.length;
    }
    return;
  }
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    const end = start + size;
    if (end >= text.length) {
      for (const { segment, index } of segmenter.segment(text.slice(start))) {
        if (!visit(segment, start + index)) return;
      }
      return;
    }
    let pending: { segment: string; index: number } | null = null;
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) {
      if (pending && !visit(pending.segment, start + pending.index)) return;
      pending = { segment, index };
    }
    const lastStart = pending?.index ?? 0;
    if (lastStart === 0) {
      // One cluster longer than the window (a pile of combining marks): widen it.
      size *= 2;
      continue;
    }
    start += lastStart;
    size = WINDOW;
  }
}

/** The grapheme clusters of a text, in order. */
export function graphemes(text: string): string[] {
  const parts: string[] = [];
  eachGrapheme(text, (segment) => {
    parts.push(segment);
    return true;
  });
  return parts;
}

/** How many characters a network counts in this text (grapheme clusters). */
export function countCharacters(text: string): number {
  let count = 0;
  eachGrapheme(text, () => {
    count += 1;
    return true;
  });
  return count;
}

/**
 * The first `count` characters of a text, never cutting a cluster in half (a flag stays a
 * flag, a Thai syllable keeps its marks).
 */
export function sliceCharacters(text: string, count: number): string {
  if (count <= 0) return '';
  let taken = 0;
  let cut = text.length;
  eachGrapheme(text, (_, index) => {
    if (taken === count) {
      cut = index;
      return false;
    }
    taken += 1;
    return true;
  });
  return text.slice(0, cut);
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
export function checkLength(
  text: string,
  network: NetworkId,
  withMedia = false,
  /** The text's count when already known (one count serves every network sharing a text). */
  count = countCharacters(text),
): LengthCheck {
  const limit = characterLimit(network, withMedia);
  const over = Math.max(0, count - limit);
  return { network, count, limit, over, fits: over === 0 };
}
