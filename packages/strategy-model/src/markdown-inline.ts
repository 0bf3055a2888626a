import { mergeRuns, sameMark } from './read-inline.js';
import { safeHref } from './safe-href.js';
import type { HardBreak, InlineNode, TextMark, TextRun } from './strategy-node.js';
import { inlineText } from './text.js';

/** Where inline Markdown goes: a block (hard break `\`), a table cell (`<br>`), a heading (space). */
export type InlineContext = 'block' | 'table' | 'heading';

const BREAK: Record<InlineContext, string> = { block: '\\\n', table: '<br>', heading: ' ' };

/**
 * Escapes text so that Markdown shows it literally: inline syntax everywhere (`\ * _ ` [ ]
 * < > | ~`, entity-like `&`), and block syntax where a line starts (see `escapeLineStarts`).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * Escapes what would start a block at the beginning of each line: headings, quotes, list
 * markers, setext underlines, ordered-list numbers; drops leading spaces (indented code).
 */
export function escapeLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .trimStart()
        .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
        .replace(/^[>+=-]/, '\\$&')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n');
}

/** A field value of a typed block: escaped, its newlines as hard breaks (or `<br>` in tables). */
export function fieldMarkdown(value: string, context: InlineContext = 'block'): string {
  const lines = value
    .trim()
    .split(/\r\n|[\n\r]/)
    .map((line) => escapeMarkdown(line.trim()));
  return context === 'table' ? lines.join('<br>') : escapeLineStarts(lines.join(BREAK[context]));
}

type FlatInline = TextRun | HardBreak;

/** Unknown inline nodes become their text; newlines inside text become hard breaks. */
function flatten(nodes: readonly InlineNode[]): FlatInline[] {
  const flat: FlatInline[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') flat.push(node);
    else if (node.type === 'unknown') flat.push(...splitLines(inlineText(node.children), []));
    else flat.push(...splitLines(node.text, node.marks));
  }
  return flat;
}

function splitLines(text: string, marks: TextMark[]): FlatInline[] {
  return text
    .split(/\r\n|[\n\r]/)
    .flatMap((line, i): FlatInline[] => [
      ...(i > 0 ? [{ type: 'hardBreak' } as const] : []),
      ...(line === '' ? [] : [{ type: 'text', text: line, marks } as const]),
    ]);
}

/**
 * Prepares runs for Markdown: whitespace-only runs lose their emphasis (a delimiter next to
 * a space does not open or close), links that are not safe are dropped, neighbours merged,
 * and trailing hard breaks removed.
 */
function normalise(nodes: readonly InlineNode[]): FlatInline[] {
  const runs = flatten(nodes).map((node): FlatInline => {
    if (node.type !== 'text') return node;
    const marks = node.marks
      .filter((mark) => mark.type !== 'link' || safeHref(mark.href) !== null)
      .filter((mark) => node.text.trim() !== '' || mark.type === 'code' || mark.type === 'link');
    return { ...node, marks };
  });
  const merged = mergeRuns(runs) as FlatInline[];
  while (merged[merged.length - 1]?.type === 'hardBreak') merged.pop();
  return merged;
}

function opener(mark: TextMark): string {
  switch (mark.type) {
    case 'link':
      return '[';
    case 'bold':
      return '**';
    case 'italic':
      return '*';
    case 'strike':
      return '~~';
    case 'underline':
      return '<ins>';
    case 'code':
      return '';
  }
}

function closer(mark: TextMark): string {
  switch (mark.type) {
    case 'link':
      return `](${linkDestination(mark.href)})`;
    case 'underline':
      return '</ins>';
    case 'bold':
    case 'italic':
    case 'strike':
    case 'code':
      return opener(mark);
  }
}

function linkDestination(href: string): string {
  const safe = safeHref(href) ?? '';
  return safe.replace(
    /[\s()<>\\|`]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A code span whose fence is longer than any backtick run inside it. */
function codeSpan(text: string, context: InlineContext): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = /^`|`$|^ .*[^ ].* $/.test(text) ? ` ${text} ` : text;
  // Inside a GFM table even a code span needs its pipes escaped.
  return fence + (context === 'table' ? padded.replace(/\|/g, '\\|') : padded) + fence;
}

function commonPrefix(open: readonly TextMark[], marks: readonly TextMark[]): number {
  let i = 0;
  while (i < open.length && sameMark(open[i]!, marks[i])) i++;
  return i;
}

/**
 * Inline content as Markdown. Marks are opened and closed as a stack in a fixed order, so a
 * mark spanning several runs is written once; code is always innermost and written per run.
 */
export function inlineMarkdown(nodes: readonly InlineNode[], context: InlineContext): string {
  const items = normalise(nodes);
  const open: TextMark[] = [];
  let out = '';
  const closeTo = (keep: number) => {
    while (open.length > keep) out += closer(open.pop()!);
  };
  const outerMarks = (node: FlatInline | undefined) =>
    node?.type === 'text' ? node.marks.filter((mark) => mark.type !== 'code') : [];
  items.forEach((item, i) => {
    if (item.type === 'hardBreak') {
      closeTo(0);
      out += BREAK[context];
      return;
    }
    const marks = outerMarks(item);
    const isCode = item.marks.some((mark) => mark.type === 'code');
    closeTo(commonPrefix(open, marks));
    const [, lead = '', core = '', trail = ''] = isCode
      ? ['', '', item.text, '']
      : (/^(\s*)(.*?)(\s*)$/s.exec(item.text) ?? []);
    out += lead;
    for (const mark of marks.slice(open.length)) {
      out += opener(mark);
      open.push(mark);
    }
    out += isCode ? codeSpan(core, context) : escapeMarkdown(core);
    closeTo(commonPrefix(open, outerMarks(items[i + 1])));
    out += trail;
  });
  closeTo(0);
  return context === 'block' ? escapeLineStarts(out) : out;
}
