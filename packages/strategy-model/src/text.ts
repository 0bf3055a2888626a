import type * as Y from 'yjs';
import { labelsFor } from './labels.js';
import { readStrategy } from './read-strategy.js';
import type { StrategyLanguage } from './schema.js';
import type { InlineNode, ListItemNode, StrategyNode } from './strategy-node.js';
import type { StrategyLabels } from './texts/types.js';

/** The text of inline content; hard breaks become newlines. */
export function inlineText(nodes: ReadonlyArray<InlineNode | StrategyNode>): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'hardBreak') return '\n';
      if (node.type === 'unknown') return inlineText(node.children);
      return blockText(node, labelsFor('en'));
    })
    .join('');
}

/** The text of blocks, one blank line between them; hints are left out. */
export function blocksText(nodes: readonly StrategyNode[], labels: StrategyLabels): string {
  return nodes
    .map((node) => blockText(node, labels))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** The text of one block. Typed blocks are written "Label: value", one field a line. */
export function blockText(node: StrategyNode, labels: StrategyLabels): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'insight':
      return labelledText(labels.insight, node.content);
    case 'brandRole':
      return labelledText(labels.brandRole, node.content);
    case 'bulletList':
      return listText(node.items, () => '• ', labels);
    case 'orderedList':
      return listText(node.items, (i) => `${node.start + i}. `, labels);
    case 'taskList':
      return listText(node.items, (i) => (node.items[i]?.checked ? '☑ ' : '☐ '), labels);
    case 'blockquote':
      return blocksText(node.content, labels);
    case 'codeBlock':
      return node.text;
    case 'horizontalRule':
    case 'hint':
      return '';
    case 'table':
      return node.rows
        .map((row) => row.map((cell) => blocksText(cell.content, labels)).join(' | '))
        .join('\n');
    case 'smartGoal':
      return fieldLines(node.attrs, labels.goalFields);
    case 'persona':
      return fieldLines(node.attrs, labels.personaFields, labels.persona);
    case 'driversBarriers':
      return rowLines(node.rows, labels.driverBarrierFields);
    case 'competitors':
      return rowLines(node.rows, labels.competitorFields);
    case 'unknown':
      return unknownText(node.children, labels);
  }
}

function listText(
  items: readonly ListItemNode[],
  marker: (index: number) => string,
  labels: StrategyLabels,
): string {
  return items
    .map((item, i) => {
      const text = item.content
        .map((block) => blockText(block, labels))
        .filter((part) => part !== '')
        .join('\n');
      const [first = '', ...rest] = text.split('\n');
      return [marker(i) + first, ...rest.map((line) => (line === '' ? '' : `  ${line}`))].join(
        '\n',
      );
    })
    .join('\n');
}

function labelledText(label: string, content: readonly InlineNode[]): string {
  const text = inlineText(content);
  return text.trim() === '' ? '' : `${label}: ${text}`;
}

function fieldLines<K extends string>(
  values: Readonly<Record<NoInfer<K>, string>>,
  names: Readonly<Record<K, string>>,
  title?: string,
): string {
  const lines = (Object.keys(names) as K[])
    .filter((key) => values[key].trim() !== '')
    .map((key) => `${names[key]}: ${values[key].trim()}`);
  return lines.length > 0 && title ? [title, ...lines].join('\n') : lines.join('\n');
}

function rowLines<K extends string>(
  rows: ReadonlyArray<Readonly<Record<K, string>>>,
  names: Readonly<Record<K, string>>,
): string {
  const keys = Object.keys(names) as K[];
  const filled = rows.filter((row) => keys.some((key) => row[key].trim() !== ''));
  if (filled.length === 0) return '';
  return [keys.map((key) => names[key]), ...filled.map((row) => keys.map((key) => row[key]))]
    .map((cells) => cells.join(' | '))
    .join('\n');
}

function unknownText(
  children: ReadonlyArray<InlineNode | StrategyNode>,
  labels: StrategyLabels,
): string {
  const parts: string[] = [];
  let inline: InlineNode[] = [];
  const flush = () => {
    if (inline.length > 0) parts.push(inlineText(inline));
    inline = [];
  };
  for (const child of children) {
    if (child.type === 'text' || child.type === 'hardBreak' || child.type === 'unknown') {
      inline.push(child);
    } else {
      flush();
      parts.push(blockText(child, labels));
    }
  }
  flush();
  return parts.filter((part) => part !== '').join('\n\n');
}

/**
 * The document as plain text, for diffs and search: blocks separated by a blank line, typed
 * blocks as "Label: value" lines, hints left out.
 */
export function strategyToPlainText(
  fragment: Y.XmlFragment,
  options: { language?: StrategyLanguage; labels?: StrategyLabels } = {},
): string {
  const text = blocksText(readStrategy(fragment), options.labels ?? labelsFor(options.language));
  return text === '' ? '' : `${text}\n`;
}
