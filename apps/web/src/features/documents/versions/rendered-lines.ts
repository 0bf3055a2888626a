import type { DiffPart } from './text-compare';

/** How a line of a compared text is shown: as the block its Markdown prefix stands for. */
export type LineStyle =
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'bullet'
  | 'numbered'
  | 'task'
  | 'quote'
  | 'tableRow'
  | 'plain';

/** A line of the comparison: its block style, its list marker and its parts (prefix removed). */
export interface RenderedLine {
  style: LineStyle;
  /** What stands before a list item: "•", "3.", "☐" or "☑"; null otherwise. */
  marker: string | null;
  parts: DiffPart[];
}

const PREFIXES: ReadonlyArray<
  [RegExp, (match: RegExpExecArray) => Pick<RenderedLine, 'style' | 'marker'>]
> = [
  [/^(#{1,6}) /, (m) => ({ style: headingStyle(m[1]!.length), marker: null })],
  [/^[-*+] \[([ xX])\] /, (m) => ({ style: 'task', marker: m[1] === ' ' ? '☐' : '☑' })],
  [/^[-*+] /, () => ({ style: 'bullet', marker: '•' })],
  [/^(\d{1,9})[.)] /, (m) => ({ style: 'numbered', marker: `${m[1]}.` })],
  [/^> ?/, () => ({ style: 'quote', marker: null })],
];

function headingStyle(level: number): LineStyle {
  return level <= 1 ? 'heading1' : level === 2 ? 'heading2' : 'heading3';
}

/** A Markdown table's rule line (`|---|:---:|`), which a reader never sees. */
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** A Markdown table row: its cells between pipes. */
const TABLE_ROW = /^\|.*\|\s*$/;

/** A table row's cells read as a line, cells set apart by a middle dot. */
function tableCells(parts: DiffPart[]): DiffPart[] {
  return parts.map((part, index) => {
    let text = part.text;
    if (index === 0) text = text.replace(/^\|\s?/, '');
    if (index === parts.length - 1) text = text.replace(/\s?\|\s*$/, '');
    return { kind: part.kind, text: text.replace(/\s\|\s/g, ' · ') };
  });
}

/** Strong and emphasis markers a reader should not see (`**bold**`, `__bold__`). */
const STRONG = /\*\*|__/g;

/** The parts split at line ends, one list per line (a part spanning lines is cut). */
function splitLines(parts: readonly DiffPart[]): DiffPart[][] {
  const lines: DiffPart[][] = [[]];
  for (const part of parts) {
    const pieces = part.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ kind: part.kind, text: piece });
    });
  }
  return lines;
}

/** Removes `length` characters from the start of the line's parts of the given kinds. */
function dropPrefix(parts: DiffPart[], length: number, kinds: ReadonlySet<string>): DiffPart[] {
  let left = length;
  const kept: DiffPart[] = [];
  for (const part of parts) {
    if (left > 0 && kinds.has(part.kind)) {
      const cut = Math.min(left, part.text.length);
      left -= cut;
      if (part.text.length > cut) kept.push({ kind: part.kind, text: part.text.slice(cut) });
      continue;
    }
    kept.push(part);
  }
  return kept;
}

/**
 * A comparison of two Markdown texts as the blocks a reader sees: headings, list items
 * with their markers, quotes and paragraphs, their Markdown prefixes and strong markers
 * taken out, each change still in its place. Blank lines (block gaps) are left out.
 */
export function renderedLines(parts: readonly DiffPart[]): RenderedLine[] {
  const lines: RenderedLine[] = [];
  for (const line of splitLines(parts)) {
    const after = line
      .filter((part) => part.kind !== 'removed')
      .map((part) => part.text)
      .join('');
    const before = line
      .filter((part) => part.kind !== 'added')
      .map((part) => part.text)
      .join('');
    if (!after.trim() && !before.trim()) continue;
    // The block is what the text is now; a removed line keeps the block it was.
    const source = after.trim() ? after : before;
    if (TABLE_RULE.test(source)) continue;
    if (TABLE_ROW.test(source)) {
      lines.push({ style: 'tableRow', marker: null, parts: tableCells(line) });
      continue;
    }
    const side = new Set(after.trim() ? ['same', 'added'] : ['same', 'removed']);
    let shown = line;
    let style: Pick<RenderedLine, 'style' | 'marker'> = { style: 'plain', marker: null };
    for (const [pattern, read] of PREFIXES) {
      const match = pattern.exec(source);
      if (!match) continue;
      style = read(match);
      shown = dropPrefix(line, match[0].length, side);
      break;
    }
    const parts = shown
      .map((part) => ({ kind: part.kind, text: part.text.replace(STRONG, '') }))
      .filter((part) => part.text !== '');
    lines.push({ ...style, parts });
  }
  return lines;
}
