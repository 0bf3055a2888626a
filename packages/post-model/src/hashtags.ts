/*
 * Hashtags and mentions as people write them in any of the six languages: a tag is `#`
 * (or the full-width `＃`) followed by letters, combining marks and digits of any script,
 * with `_`, and — inside a word only — the zero-width non-joiner Persian spelling needs
 * (رسانه‌ها) and the joiner some scripts use. Thai has no spaces, so a tag runs until the
 * first character that is not a letter, mark or digit. A `#` right after a letter or digit
 * (C#, page#2) starts nothing, and nothing inside a link or an e-mail address counts.
 */

/** One recognised hashtag or mention: its text without the sign, and where it stands. */
export interface TextEntity {
  readonly kind: 'hashtag' | 'mention';
  /** Without the leading `#` / `@`. */
  readonly value: string;
  /** UTF-16 offsets of the whole entity (sign included) in the text. */
  readonly start: number;
  readonly end: number;
}

const WORD = String.raw`[\p{L}\p{M}\p{N}_\u200c\u200d]`;
/** A sign counts only at the start or after something that is not part of a word. */
const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}_&/#＃@＠.\u200c\u200d])`;
const HASHTAG = new RegExp(`${BEFORE}[#＃](${WORD}+)`, 'gu');
/** Handles also take dots inside (telegram.bot, vk page names); a dot at the end is prose. */
const MENTION = new RegExp(
  `${BEFORE}[@＠]([\\p{L}\\p{M}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_.]*[\\p{L}\\p{M}\\p{N}_])?)`,
  'gu',
);
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_PART = /[\p{L}\p{N}.-]/u;
const LETTER = /\p{L}/u;
const JOINERS = /^[\u200c\u200d]+|[\u200c\u200d]+$/gu;

/**
 * E-mail addresses (local@domain.tld) found from each `@` outwards, in time linear in the
 * text: a regular expression for them retries from every letter of a long run without an
 * `@` (20,000 Thai letters took seconds). Neither part holds an `@`, so no character is
 * read by more than one address's scan in each direction.
 */
function emailSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text[start - 1]!)) start -= 1;
    if (start === at) continue;
    let domainEnd = at + 1;
    while (domainEnd < text.length && DOMAIN_PART.test(text[domainEnd]!)) domainEnd += 1;
    // The longest domain that ends in a dot and two or more letters.
    let end = -1;
    let letters = 0;
    for (let i = domainEnd - 1; i > at + 1; i -= 1) {
      const char = text[i]!;
      if (char === '.') {
        if (letters >= 2) {
          end = i + 1 + letters;
          break;
        }
        letters = 0;
      } else if (LETTER.test(char)) {
        letters += 1;
      } else {
        letters = 0;
      }
    }
    if (end !== -1) spans.push([start, end]);
  }
  return spans;
}

function blockedSpans(text: string): Array<[number, number]> {
  const spans = emailSpans(text);
  for (const match of text.matchAll(URL_LIKE)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

function inside(spans: ReadonlyArray<[number, number]>, start: number): boolean {
  return spans.some(([from, to]) => start >= from && start < to);
}

function collect(
  text: string,
  pattern: RegExp,
  kind: TextEntity['kind'],
  spans: ReadonlyArray<[number, number]>,
): TextEntity[] {
  const found: TextEntity[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match[1] ?? '';
    // A joiner belongs inside a word, never at its edge.
    const value = raw.replace(JOINERS, '');
    // All digits is a number (#1, #2027), not a tag, as the networks read it.
    if (!value || /^[\p{N}_]+$/u.test(value)) continue;
    if (inside(spans, match.index)) continue;
    const leading = raw.length - raw.replace(/^[\u200c\u200d]+/u, '').length;
    if (leading > 0) continue;
    found.push({ kind, value, start: match.index, end: match.index + 1 + value.length });
  }
  return found;
}

/** The hashtags of a text, in order of appearance (duplicates kept). */
export function findHashtags(text: string): TextEntity[] {
  return collect(text, HASHTAG, 'hashtag', blockedSpans(text));
}

/** The mentions (@handle) of a text, in order of appearance (duplicates kept). */
export function findMentions(text: string): TextEntity[] {
  return collect(text, MENTION, 'mention', blockedSpans(text));
}

/** Hashtags and mentions together, in order of appearance. */
export function findEntities(text: string): TextEntity[] {
  const spans = blockedSpans(text);
  return [
    ...collect(text, HASHTAG, 'hashtag', spans),
    ...collect(text, MENTION, 'mention', spans),
  ].sort((a, b) => a.start - b.start);
}

/**
 * Each distinct value once, in order of first appearance, compared case-insensitively
 * (#Summer and #summer are one tag) with the first spelling kept.
 */
export function distinctValues(entities: readonly TextEntity[]): string[] {
  const seen = new Map<string, string>();
  for (const { value } of entities) {
    const key = value.normalize('NFC').toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}
