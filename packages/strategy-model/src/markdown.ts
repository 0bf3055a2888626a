import type * as Y from 'yjs';
import { labelsFor } from './labels.js';
import {
  escapeMarkdown,
  fieldMarkdown,
  inlineMarkdown,
  type InlineContext,
} from './markdown-inline.js';
import { readStrategy } from './read-strategy.js';
import type { SmartGoalAttrs, StrategyLanguage } from './schema.js';
import { checkSmart } from './smart.js';
import type {
  InlineNode,
  ListItemNode,
  PersonaNode,
  StrategyNode,
  TableCellNode,
} from './strategy-node.js';
import { blocksText } from './text.js';
import type { StrategyLabels } from './texts/types.js';
import { isBlock } from './walk.js';

export interface MarkdownOptions {
  /** Written first as a level-1 heading. */
  title?: string;
  /** Language of the labels of typed blocks; English by default. */
  language?: StrategyLanguage;
  /** Labels to use instead of the language's. */
  labels?: StrategyLabels;
  /** yyyy-mm-dd for the SMART check of goals; today (UTC) by default. */
  today?: string;
}

interface Context {
  labels: StrategyLabels;
  today: string;
}

/** Today as yyyy-mm-dd in UTC. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The document as GitHub-flavoured Markdown. Rich text keeps its structure and marks; goal
 * cards become a titled list with their SMART issues; persona cards a titled list;
 * drivers/barriers and competitors GFM tables; insight and brand role labelled paragraphs.
 * Hints are not exported. Text is escaped, and links other than http(s)/mailto dropped.
 */
export function strategyToMarkdown(fragment: Y.XmlFragment, options: MarkdownOptions = {}): string {
  const context: Context = {
    labels: options.labels ?? labelsFor(options.language),
    today: options.today ?? todayUtc(),
  };
  const title = options.title?.trim() ? `# ${escapeMarkdown(options.title.trim())}` : '';
  const parts = [title, ...renderBlocks(readStrategy(fragment), context)].filter(Boolean);
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

function renderBlocks(nodes: readonly StrategyNode[], context: Context): string[] {
  return nodes.map((node) => renderBlock(node, context)).filter((block) => block !== '');
}

function renderBlock(node: StrategyNode, context: Context): string {
  const { labels } = context;
  switch (node.type) {
    case 'paragraph':
      return inlineMarkdown(node.content, 'block');
    case 'heading':
      return renderHeading(node.level, node.content);
    case 'bulletList':
      return renderList(node.items, () => '- ', context);
    case 'orderedList':
      return renderList(node.items, (i) => `${node.start + i}. `, context);
    case 'taskList':
      return renderList(node.items, (i) => (node.items[i]?.checked ? '- [x] ' : '- [ ] '), context);
    case 'blockquote':
      return quoteLines(renderBlocks(node.content, context).join('\n\n'));
    case 'codeBlock':
      return renderCodeBlock(node.text, node.language);
    case 'horizontalRule':
      return '---';
    case 'table':
      return renderTable(
        node.rows.map((row) => row.flatMap((cell) => spanCells(cell, context))),
        'first-row',
      );
    case 'hint':
      return '';
    case 'smartGoal':
      return renderGoal(node.attrs, context);
    case 'persona':
      return renderPersona(node, labels);
    case 'driversBarriers':
      return renderTypedTable(node.rows, labels.driverBarrierFields);
    case 'competitors':
      return renderTypedTable(node.rows, labels.competitorFields);
    case 'insight':
      return labelled(labels.insight, node.content);
    case 'brandRole':
      return labelled(labels.brandRole, node.content);
    case 'unknown':
      return renderUnknown(node.children, context);
  }
}

function renderHeading(level: number, content: readonly InlineNode[]): string {
  const text = inlineMarkdown(content, 'heading').trim();
  // A trailing run of # would be read as the heading's closing sequence.
  return text === '' ? '' : `${'#'.repeat(level)} ${text.replace(/(^|\s)(#+)$/, '$1\\$2')}`;
}

/** Prefixes the first line with `first` and indents the others under it. */
function prefixLines(text: string, first: string): string {
  const indent = ' '.repeat(first.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : indent + line))
    .join('\n');
}

function quoteLines(text: string): string {
  return text === ''
    ? ''
    : text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
}

function renderList(
  items: readonly ListItemNode[],
  marker: (index: number) => string,
  context: Context,
): string {
  return items
    .map((item, i) => {
      const body = renderItemBody(item.content, context);
      const prefix = marker(i);
      if (body === '') return prefix.trimEnd();
      const indent = ' '.repeat(prefix.startsWith('- [') ? 2 : prefix.length);
      return body
        .split('\n')
        .map((line, n) => (n === 0 ? prefix + line : line === '' ? '' : indent + line))
        .join('\n');
    })
    .join('\n');
}

/** A list item's blocks: a paragraph followed by a nested list stays tight. */
function renderItemBody(content: readonly StrategyNode[], context: Context): string {
  let out = '';
  let previous: StrategyNode | undefined;
  for (const node of content) {
    const block = renderBlock(node, context);
    if (block === '') continue;
    const tight = previous?.type === 'paragraph' && /List$/.test(node.type);
    out += out === '' ? block : (tight ? '\n' : '\n\n') + block;
    previous = node;
  }
  return out;
}

function renderCodeBlock(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** A cell's Markdown followed by empty cells for its extra columns. */
function spanCells(cell: TableCellNode, context: Context): string[] {
  return [cellMarkdown(cell.content, context), ...Array<string>(cell.colspan - 1).fill('')];
}

function cellMarkdown(content: readonly StrategyNode[], context: Context): string {
  return content
    .map((node) => cellBlock(node, context))
    .filter((text) => text !== '')
    .join('<br>');
}

/** A block inside a table cell, on one line: text blocks keep their marks, others their text. */
function cellBlock(node: StrategyNode, context: Context): string {
  return node.type === 'paragraph' || node.type === 'heading'
    ? inlineMarkdown(node.content, 'table')
    : fieldMarkdown(blocksText([node], context.labels), 'table');
}

/** A GFM table; the header is the first row, or the given header cells. */
function renderTable(rows: readonly string[][], header: 'first-row' | readonly string[]): string {
  const all = header === 'first-row' ? rows : [header, ...rows];
  const [head, ...body] = all;
  if (!head) return '';
  const width = Math.max(1, ...all.map((row) => row.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(head), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}

function renderTypedTable<K extends string>(
  rows: ReadonlyArray<Readonly<Record<K, string>>>,
  names: Readonly<Record<K, string>>,
): string {
  const keys = Object.keys(names) as K[];
  const filled = rows.filter((row) => keys.some((key) => row[key].trim() !== ''));
  return renderTable(
    filled.map((row) => keys.map((key) => fieldMarkdown(row[key], 'table'))),
    keys.map((key) => escapeMarkdown(names[key])),
  );
}

/** `**Label:** value` items for the non-empty fields. */
function fieldItems<K extends string>(
  values: Readonly<Record<K, string>>,
  names: Readonly<Record<K, string>>,
  keys: readonly K[],
): string[] {
  return keys
    .filter((key) => values[key].trim() !== '')
    .map((key) => `**${escapeMarkdown(names[key])}:** ${fieldMarkdown(values[key])}`);
}

function bulletList(items: readonly string[]): string {
  return items.map((item) => prefixLines(item, '- ')).join('\n');
}

function renderGoal(goal: SmartGoalAttrs, { labels, today }: Context): string {
  const names = labels.goalFields;
  const statement = goal.statement.trim() ? fieldMarkdown(goal.statement) : '—';
  const items = fieldItems(goal, names, ['metric', 'baseline', 'target', 'deadline', 'why']);
  const issues = checkSmart(goal, today).map((issue) => escapeMarkdown(labels.smartIssues[issue]));
  if (issues.length > 0)
    items.push(`**${escapeMarkdown(labels.smartCheck)}:** ${issues.join('; ')}`);
  return [`**${escapeMarkdown(names.statement)}:** ${statement}`, bulletList(items)]
    .filter(Boolean)
    .join('\n\n');
}

function renderPersona(node: PersonaNode, labels: StrategyLabels): string {
  const { name, ...rest } = node.attrs;
  const keys = Object.keys(rest) as Array<keyof typeof rest>;
  const items = fieldItems(rest, labels.personaFields, keys);
  if (name.trim() === '' && items.length === 0) return '';
  const title = `**${escapeMarkdown(labels.persona)}:** ${name.trim() ? fieldMarkdown(name) : '—'}`;
  return [title, bulletList(items)].filter(Boolean).join('\n\n');
}

function labelled(label: string, content: readonly InlineNode[]): string {
  const text = inlineMarkdown(content, 'block');
  return text === '' ? '' : `**${escapeMarkdown(label)}:** ${text}`;
}

/** An unknown node's children: runs of inline content as paragraphs, blocks as blocks. */
function renderUnknown(
  children: ReadonlyArray<InlineNode | StrategyNode>,
  context: Context,
  inlineContext: InlineContext = 'block',
): string {
  const parts: string[] = [];
  let inline: InlineNode[] = [];
  const flush = () => {
    if (inline.length > 0) parts.push(inlineMarkdown(inline, inlineContext));
    inline = [];
  };
  for (const child of children) {
    if (child.type === 'text' || child.type === 'hardBreak') {
      inline.push(child);
    } else if (child.type !== 'unknown') {
      flush();
      parts.push(renderBlock(child, context));
    } else if (child.children.some(isBlockish)) {
      flush();
      parts.push(renderUnknown(child.children, context, inlineContext));
    } else {
      inline.push(child);
    }
  }
  flush();
  return parts.filter((part) => part !== '').join('\n\n');
}

function isBlockish(node: InlineNode | StrategyNode): boolean {
  return isBlock(node) && node.type !== 'unknown';
}
