import type * as Y from 'yjs';
import type { InlineNode, TextMark, TextRun } from './strategy-node.js';

const MARK_ORDER: readonly TextMark['type'][] = [
  'link',
  'bold',
  'italic',
  'strike',
  'underline',
  'code',
];

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

/** The text runs of one Y.XmlText (merge neighbours with `mergeRuns`). */
export function readTextRuns(text: Y.XmlText): TextRun[] {
  const delta = text.toDelta() as DeltaOp[];
  const runs: TextRun[] = [];
  for (const op of delta) {
    // Embeds are never written by y-prosemirror; a hostile one carries no text.
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    runs.push({ type: 'text', text: op.insert, marks: readMarks(op.attributes) });
  }
  return runs;
}

/** Marks from delta attributes; y-prosemirror may suffix a key as `name--hash`. */
export function readMarks(attributes: Record<string, unknown> | undefined): TextMark[] {
  const marks = new Map<TextMark['type'], TextMark>();
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined) continue;
    const mark = toMark(key.split('--')[0] ?? '', value);
    if (mark && !marks.has(mark.type)) marks.set(mark.type, mark);
  }
  return [...marks.values()].sort(
    (a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type),
  );
}

function toMark(name: string, value: unknown): TextMark | undefined {
  switch (name) {
    case 'bold':
    case 'italic':
    case 'underline':
    case 'strike':
    case 'code':
      return { type: name };
    case 'link':
      return { type: 'link', href: readHref(value) };
    default:
      return undefined;
  }
}

function readHref(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const href = (value as Record<string, unknown>).href;
  return typeof href === 'string' ? href : '';
}

/** True when two mark lists are the same marks with the same attributes. */
export function sameMarks(a: readonly TextMark[], b: readonly TextMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => sameMark(mark, b[i]));
}

export function sameMark(a: TextMark, b: TextMark | undefined): boolean {
  if (b === undefined || a.type !== b.type) return false;
  return a.type !== 'link' || (b.type === 'link' && a.href === b.href);
}

/** Joins neighbouring text runs that carry equal marks; other inline nodes stay as they are. */
export function mergeRuns(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && node.type === 'text' && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else {
      out.push(node);
    }
  }
  return out;
}
