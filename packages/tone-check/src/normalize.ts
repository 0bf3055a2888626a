/*
 * Text as the matcher compares it: NFC, lower case, Persian/Arabic letter variants folded
 * (ي ى → ی, ك → ک), Arabic harakat, tatweel and Hebrew niqqud dropped, the zero-width non-joiner
 * dropped (می‌خواهم and میخواهم are one word), apostrophes unified (’ ʼ → '). Vietnamese tone
 * marks stay: «mà» and «ma» are different words. Every step keeps a map back to the original
 * text, so findings carry UTF-16 offsets into what the writer typed (and an editor can decorate
 * it, in right-to-left text too).
 */

export interface Normalized {
  readonly text: string;
  /**
   * `offsets[i]` is the original offset of normalized character `i`; `offsets[text.length]` is
   * the original length. `null` when both texts line up one to one.
   */
  readonly offsets: Int32Array | null;
}

const FOLD: ReadonlyMap<number, string> = new Map([
  [0x064a, '\u06cc'], // Arabic yeh → Persian yeh
  [0x0649, '\u06cc'], // alef maksura → Persian yeh
  [0x0643, '\u06a9'], // Arabic kaf → Persian keheh
  [0x2019, "'"],
  [0x02bc, "'"],
  [0x2018, "'"],
  [0x0060, "'"],
  [0x200b, ' '], // zero-width space: Thai writers mark word breaks with it
]);

function removed(code: number): boolean {
  return (
    code === 0x200c || // ZWNJ
    code === 0x00ad || // soft hyphen
    code === 0x0640 || // tatweel
    (code >= 0x064b && code <= 0x065f) || // harakat
    code === 0x0670 ||
    (code >= 0x0591 && code <= 0x05bd) || // cantillation and niqqud
    code === 0x05bf ||
    code === 0x05c1 ||
    code === 0x05c2 ||
    code === 0x05c4 ||
    code === 0x05c5 ||
    code === 0x05c7
  );
}

const MARK = /\p{M}/u;

/** Applies `change` to each base character with its marks, keeping a map back. */
function byClusters(text: string, change: (cluster: string) => string): Normalized {
  let out = '';
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < text.length) {
      const cp = text.codePointAt(j)!;
      if (!MARK.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const changed = change(text.slice(i, j));
    for (let k = 0; k < changed.length; k += 1) map.push(i);
    out += changed;
    i = j;
  }
  map.push(text.length);
  return { text: out, offsets: Int32Array.from(map) };
}

function compose(first: Int32Array | null, second: Int32Array | null): Int32Array | null {
  if (!first) return second;
  if (!second) return first;
  return second.map((index) => first[index]!);
}

function fold(text: string): Normalized {
  let needed = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x60 && (FOLD.has(code) || removed(code))) {
      needed = true;
      break;
    }
  }
  if (!needed) return { text, offsets: null };
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (removed(code)) continue;
    out += FOLD.get(code) ?? text.charAt(i);
    map.push(i);
  }
  map.push(text.length);
  return { text: out, offsets: Int32Array.from(map) };
}

/** The matcher's form of a text, with the way back to the original offsets. */
export function normalize(input: string): Normalized {
  let text = input;
  let offsets: Int32Array | null = null;
  if (text.normalize('NFC') !== text) {
    ({ text, offsets } = byClusters(text, (cluster) => cluster.normalize('NFC')));
  }
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    text = lower;
  } else {
    const step = byClusters(text, (cluster) => cluster.toLowerCase());
    text = step.text;
    offsets = compose(offsets, step.offsets);
  }
  const folded = fold(text);
  return { text: folded.text, offsets: compose(offsets, folded.offsets) };
}

/** A normalized offset back in the original text. */
export function originalOffset(normalized: Normalized, index: number): number {
  return normalized.offsets ? normalized.offsets[index]! : index;
}

/** The matcher's form of a rule's term (no offsets needed). */
export function normalizeTerm(term: string): string {
  return normalize(term.trim()).text;
}
