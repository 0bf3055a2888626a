import type { Language } from './languages.js';

/*
 * Words of a normalized text. Scripts that separate words with spaces are cut by a regular
 * expression over letters, marks and digits (with an apostrophe inside a word: м'ясо, don't);
 * runs of Thai, which has no spaces, go through `Intl.Segmenter` (ICU's dictionary), in windows
 * because V8's segmenter slows down more than linearly on long strings.
 */

export interface Word {
  /** Offsets in the normalized text. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const THAI = /[\u0e00-\u0e7f]/u;
const WINDOW = 1000;

const thaiSegmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('th', { granularity: 'word' })
    : null;

export function hasThai(text: string): boolean {
  return THAI.test(text);
}

function segmentThai(text: string, offset: number, out: Word[]): void {
  if (!thaiSegmenter) {
    out.push({ from: offset, to: offset + text.length, text });
    return;
  }
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + WINDOW);
    const last = end === text.length;
    const pieces: Word[] = [];
    for (const { segment, index, isWordLike } of thaiSegmenter.segment(text.slice(start, end))) {
      if (isWordLike === false) continue;
      pieces.push({
        from: offset + start + index,
        to: offset + start + index + segment.length,
        text: segment,
      });
    }
    // The window's last word may continue past it: read it again with the next window.
    if (!last && pieces.length > 1) pieces.pop();
    out.push(...pieces);
    const next = last || pieces.length === 0 ? end : pieces[pieces.length - 1]!.to - offset;
    start = next > start ? next : end;
  }
}

/**
 * The words of a normalized text in order. `thai: 'whole'` leaves each run of Thai as one piece:
 * the matcher segments Thai only around a candidate (see `wordsAround`), which saves running
 * the dictionary segmenter over every Thai paragraph.
 */
export function words(text: string, thai: 'segment' | 'whole' = 'segment'): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const value = match[0];
    if (thai === 'segment' && THAI.test(value)) segmentThai(value, match.index, out);
    else out.push({ from: match.index, to: match.index + value.length, text: value });
  }
  return out;
}

/** Letters either side of a Thai candidate the segmenter reads to place its boundaries. */
const AROUND = 40;

/** The words (Thai segmented) of the text around `[from, to)`, with offsets in the whole text. */
export function wordsAround(text: string, from: number, to: number): Word[] {
  const start = Math.max(0, from - AROUND);
  const end = Math.min(text.length, to + AROUND);
  return words(text.slice(start, end)).map((word) => ({
    from: word.from + start,
    to: word.to + start,
    text: word.text,
  }));
}

/** A Thai lookup asks ICU about a long text in chunks of this many letters (plus context). */
const LOOKUP_CHUNK = 1_000;

/** A word's range, for boundary questions. */
export interface WordRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Answers "which word holds this position?" in a Thai text without listing its words: ICU's
 * `containing` places the boundaries around one position for a fraction of the cost of
 * iterating every segment (measured: 96 questions over a 4,000-letter post cost about a third
 * of segmenting it whole, and far less garbage). A long text is asked in chunks of 1,000
 * letters with `AROUND` letters of context either side (a chunk's segments are made once and
 * kept), so a run of Thai without spaces never makes a question cost more than a chunk. Null
 * when no segmenter exists (callers fall back to `wordsAround`); the lookup answers null for a
 * position outside any word.
 */
export function thaiWordAt(text: string): ((index: number) => WordRange | null) | null {
  const segmenter = thaiSegmenter;
  if (!segmenter) return null;
  const chunks = new Map<number, { start: number; segments: Intl.Segments }>();
  return (index) => {
    const chunk = Math.floor(index / LOOKUP_CHUNK);
    let piece = chunks.get(chunk);
    if (!piece) {
      const start =
        text.length <= LOOKUP_CHUNK + AROUND ? 0 : Math.max(0, chunk * LOOKUP_CHUNK - AROUND);
      const end =
        text.length <= LOOKUP_CHUNK + AROUND
          ? text.length
          : Math.min(text.length, (chunk + 1) * LOOKUP_CHUNK + AROUND);
      piece = {
        start,
        segments: segmenter.segment(
          start === 0 && end === text.length ? text : text.slice(start, end),
        ),
      };
      chunks.set(chunk, piece);
    }
    const found = piece.segments.containing(index - piece.start);
    return found && found.isWordLike !== false
      ? { from: piece.start + found.index, to: piece.start + found.index + found.segment.length }
      : null;
  };
}

/*
 * A light Ukrainian stemmer: one inflectional ending is cut (the longest that leaves a stem of
 * at least three letters), after the reflexive -ся/-сь. Enough for a banned noun, adjective or
 * verb to match its case, number and person forms (знижка, знижки, знижкою; дешевий, дешевого);
 * stems that alternate (знижок, знижці) are out of reach, as in every suffix stripper.
 */
const UK_ENDINGS = [
  'ями',
  'ами',
  'ого',
  'ому',
  'ими',
  'ією',
  'уть',
  'ють',
  'ать',
  'ять',
  'ить',
  'ете',
  'єте',
  'ите',
  'їте',
  'емо',
  'ємо',
  'имо',
  'ою',
  'єю',
  'ею',
  'ої',
  'ій',
  'ий',
  'им',
  'их',
  'ім',
  'ів',
  'їв',
  'ям',
  'ам',
  'ом',
  'ем',
  'ах',
  'ях',
  'ую',
  'юю',
  'ти',
  'ть',
  'те',
  'еш',
  'єш',
  'иш',
  'їш',
  'а',
  'я',
  'е',
  'є',
  'и',
  'і',
  'ї',
  'о',
  'у',
  'ю',
  'й',
  'ь',
].sort((a, b) => b.length - a.length);

/** The endings by their last letter, longest first: a word is compared with a handful. */
const UK_BY_LAST = new Map<string, string[]>();
for (const ending of UK_ENDINGS) {
  const last = ending.charAt(ending.length - 1);
  UK_BY_LAST.set(last, [...(UK_BY_LAST.get(last) ?? []), ending]);
}

export function stemUkrainian(word: string): string {
  let stem = word;
  if (stem.length > 5 && (stem.endsWith('ся') || stem.endsWith('сь'))) stem = stem.slice(0, -2);
  for (const ending of UK_BY_LAST.get(stem.charAt(stem.length - 1)) ?? []) {
    if (stem.length - ending.length >= 3 && stem.endsWith(ending)) {
      return stem.slice(0, -ending.length);
    }
  }
  return stem;
}

/*
 * Hebrew writes conjunctions, prepositions and the article as one-letter prefixes of the next
 * word: ו (and), ה (the), ב (in), ל (to), מ (from), ש (that), כ (as), stacked up to three
 * (ובמבצע = and in the sale). A word yields itself and each of its prefix-stripped forms that
 * keep at least two letters, with how many letters were stripped.
 */
const HE_PREFIXES = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);

export function hebrewCandidates(word: string): Array<{ text: string; skip: number }> {
  const found = [{ text: word, skip: 0 }];
  for (let skip = 1; skip <= 3 && word.length - skip >= 2; skip += 1) {
    if (!HE_PREFIXES.has(word[skip - 1]!)) break;
    found.push({ text: word.slice(skip), skip });
  }
  return found;
}

/*
 * Persian attaches plural, comparative and indefinite endings, with or without a ZWNJ (dropped
 * by normalization): ارزان‌ترین → ارزان, کتاب‌ها → کتاب. One is cut, leaving two letters or more.
 */
const FA_ENDINGS = ['هایی', 'ترین', 'های', 'ها', 'تر', 'ای', 'یی', 'ی'];

export function stemPersian(word: string): string {
  for (const ending of FA_ENDINGS) {
    if (word.length - ending.length >= 2 && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** Languages whose words compare by stem when a rule asks for it. */
export function stemmer(language: Language): ((word: string) => string) | null {
  if (language === 'uk') return stemUkrainian;
  if (language === 'fa') return stemPersian;
  return null;
}

/** How a language compares words: Ukrainian and Persian by stem, the others as written. */
export function wordKey(word: string, language: Language, stemmed: boolean): string {
  const stem = stemmed ? stemmer(language) : null;
  return stem ? `~${stem(word)}` : word;
}
