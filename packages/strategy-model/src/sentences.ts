/** An insight is one or two sentences (the method's rule). */
export const INSIGHT_MAX_SENTENCES = 2;

/**
 * A sentence ends at . ! ? … (also the Arabic-script ؟ and ۔, and full-width 。！？) when
 * whitespace or the end of the text follows, optionally after closing quotes or brackets —
 * so "4.5" or "example.com" do not end one.
 */
const SENTENCE_END =
  /(?<=[.!?\u2026\u061f\u06d4\u3002\uff01\uff1f]["'\u201d\u2019\u00bb)\]]*)(?=\s|$)/u;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** Thai writes no sentence punctuation; a wider gap (two or more spaces) separates sentences. */
const THAI = /[\u0e00-\u0e7f]/;
const THAI_SENTENCE_GAP = /\s{2,}/;

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits text into sentences: at sentence punctuation, at line breaks, and in Thai text at
 * gaps of two or more spaces. Pieces without a letter or digit ("!!!", "—") are dropped.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(LINE_BREAK)) {
    for (const piece of line.split(SENTENCE_END)) {
      sentences.push(...(THAI.test(piece) ? piece.split(THAI_SENTENCE_GAP) : [piece]));
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter((s) => HAS_WORD.test(s));
}

/** The number of sentences in `text` (see `splitSentences`). */
export function countSentences(text: string): number {
  return splitSentences(text).length;
}
