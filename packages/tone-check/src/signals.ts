/*
 * What the count rules look at, found in one paragraph as the writer typed it (offsets into the
 * original text). Every pattern here is fixed in the code and linear: nothing comes from a rule.
 */

export interface Span {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface TagSpan extends Span {
  /** The tag as compared (NFC, lower case): #Summer and #summer are one tag. */
  readonly key: string;
}

/** How a tag is compared, in a rule and in a text. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

export interface LinkSpan extends Span {
  readonly host: string;
  readonly tagged: boolean;
}

export interface Signals {
  readonly emoji: readonly Span[];
  readonly hashtags: readonly TagSpan[];
  readonly exclamations: readonly Span[];
  /** Words of four or more letters in capitals, in scripts with case (checked by rule later). */
  readonly capsWords: readonly Span[];
  readonly links: readonly LinkSpan[];
}

/** One emoji as a reader sees it: flags, keycaps, skin tones and ZWJ sequences included. */
const EMOJI =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?)*/gu;
/** Runs of exclamation marks (ASCII, full-width, inverted). */
const EXCLAMATION = /[!！¡]+/gu;
/** A word of a cased script (Latin, Greek, Cyrillic) with no lower-case letter in it. */
const CASED_WORD = /[\p{Lu}\p{Ll}\p{Lt}][\p{Lu}\p{Ll}\p{Lt}\p{M}'’]*/gu;
const LOWER = /\p{Ll}/u;
/*
 * Hashtags as post-model reads them (a `#` after something that is not part of a word, then
 * letters, marks, digits, `_`, and ZWNJ/ZWJ inside Persian words; not all digits; not in a link),
 * found here without post-model's e-mail pattern, which backtracks quadratically over a long
 * run of letters (a Thai paragraph has no spaces).
 */
const HASHTAG =
  /(?<![\p{L}\p{M}\p{N}_&/#＃@＠.\u200c\u200d])[#＃]([\p{L}\p{M}\p{N}_\u200c\u200d]+)/gu;
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const TRAILING = /[.,;:!?…)\]}»”’'"،؛؟。]+$/u;

/** Emoji compared without variation selectors (❤ and ❤️ are one emoji for an allow list). */
export function emojiKey(emoji: string): string {
  return emoji.replace(/\uFE0F/gu, '');
}

function spans(text: string, pattern: RegExp): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ from: match.index, to: match.index + match[0].length, text: match[0] });
  }
  return found;
}

function links(text: string): LinkSpan[] {
  const found: LinkSpan[] = [];
  for (const match of text.matchAll(LINK)) {
    const raw = match[0].replace(TRAILING, '');
    let host = '';
    let tagged = false;
    try {
      const url = new URL(/^www\./iu.test(raw) ? `https://${raw}` : raw);
      host = url.hostname.toLowerCase();
      tagged = url.searchParams.has('utm_source');
    } catch {
      // Not a URL after all: a link rule reads it as an untagged link to nowhere.
    }
    found.push({ from: match.index, to: match.index + raw.length, text: raw, host, tagged });
  }
  return found;
}

function hashtags(text: string, inLinks: readonly LinkSpan[]): TagSpan[] {
  const found: TagSpan[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const raw = match[1] ?? '';
    if (/^[\u200c\u200d]/u.test(raw)) continue;
    const value = raw.replace(/[\u200c\u200d]+$/u, '');
    if (!value || /^[\p{N}_]+$/u.test(value)) continue;
    if (inLinks.some((link) => match.index >= link.from && match.index < link.to)) continue;
    found.push({
      from: match.index,
      to: match.index + 1 + value.length,
      text: value,
      key: tagKey(value),
    });
  }
  return found;
}

export function findSignals(text: string): Signals {
  const capsWords: Span[] = [];
  for (const match of text.matchAll(CASED_WORD)) {
    const word = match[0];
    if (word.length >= 2 && !LOWER.test(word)) {
      capsWords.push({ from: match.index, to: match.index + word.length, text: word });
    }
  }
  const found = links(text);
  return {
    emoji: spans(text, EMOJI).filter((span) => !/^[#*0-9]$/u.test(span.text)),
    hashtags: hashtags(text, found),
    exclamations: spans(text, EXCLAMATION),
    capsWords,
    links: found,
  };
}
