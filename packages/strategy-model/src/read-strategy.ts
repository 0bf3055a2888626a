import * as Y from 'yjs';
import {
  BLOCKS,
  COMPETITOR_FIELDS,
  DRIVER_BARRIER_FIELDS,
  PERSONA_FIELDS,
  RICH_NODES,
  SMART_GOAL_FIELDS,
  type SmartGoalAttrs,
} from './schema.js';
import {
  cutText,
  readBoolean,
  readField,
  readFields,
  readInteger,
  type RawAttrs,
} from './read-attrs.js';
import { mergeRuns, readTextRuns } from './read-inline.js';
import type {
  InlineNode,
  ListItemNode,
  StrategyNode,
  TableCellNode,
  TaskItemNode,
  UnknownNode,
} from './strategy-node.js';

/**
 * How deep the reader descends. ProseMirror documents are shallow; a hostile client could
 * nest thousands of levels to exhaust the stack, so deeper nodes are read as empty unknowns.
 */
export const MAX_READ_DEPTH = 64;

type YChild = Y.XmlElement | Y.XmlText | Y.XmlHook;

/**
 * Reads a strategy fragment (or any Y.XmlElement holding blocks) into a typed tree. Never
 * throws on what a client wrote: unknown nodes become `unknown`, bad attributes their
 * defaults, typed-block fields strings cut to MAX_FIELD_LENGTH.
 */
export function readStrategy(fragment: Y.XmlFragment | Y.XmlElement): StrategyNode[] {
  return readBlocks(fragment.toArray(), 0);
}

function readBlocks(children: readonly YChild[], depth: number): StrategyNode[] {
  const blocks: StrategyNode[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlElement) {
      blocks.push(readBlock(child, depth));
    } else if (child instanceof Y.XmlText) {
      // Text directly among blocks is not what y-prosemirror writes; keep it as a paragraph.
      const content = mergeRuns(readTextRuns(child));
      if (content.length > 0) blocks.push({ type: 'paragraph', content });
    }
    // Y.XmlHook is never written by y-prosemirror and carries no text: skipped.
  }
  return blocks;
}

function readBlock(element: Y.XmlElement, depth: number): StrategyNode {
  if (depth >= MAX_READ_DEPTH) return { type: 'unknown', name: element.nodeName, children: [] };
  const attrs = element.getAttributes() as RawAttrs;
  const children = element.toArray();
  const inner = depth + 1;
  switch (element.nodeName) {
    case RICH_NODES.paragraph:
      return { type: 'paragraph', content: readInline(children, inner) };
    case RICH_NODES.heading:
      return {
        type: 'heading',
        level: readInteger(attrs.level, { min: 1, max: 6, fallback: 1 }),
        content: readInline(children, inner),
      };
    case RICH_NODES.bulletList:
      return { type: 'bulletList', items: readListItems(children, inner) };
    case RICH_NODES.orderedList:
      return {
        type: 'orderedList',
        start: readInteger(attrs.start, { min: 0, max: 999_999_999, fallback: 1 }),
        items: readListItems(children, inner),
      };
    case RICH_NODES.taskList:
      return { type: 'taskList', items: readTaskItems(children, inner) };
    case RICH_NODES.blockquote:
      return { type: 'blockquote', content: readBlocks(children, inner) };
    case RICH_NODES.codeBlock:
      return {
        type: 'codeBlock',
        language: readLanguage(attrs.language),
        text: plainText(children),
      };
    case RICH_NODES.horizontalRule:
      return { type: 'horizontalRule' };
    case RICH_NODES.table:
      return { type: 'table', rows: readTableRows(children, inner) };
    default:
      return readTypedBlock(element, attrs, depth);
  }
}

function readTypedBlock(element: Y.XmlElement, attrs: RawAttrs, depth: number): StrategyNode {
  const children = element.toArray();
  switch (element.nodeName) {
    case BLOCKS.hint:
      return { type: 'hint', text: readField(attrs, 'text') };
    case BLOCKS.smartGoal:
      return { type: 'smartGoal', attrs: readSmartGoalAttrs(attrs) };
    case BLOCKS.persona:
      return { type: 'persona', attrs: readFields(attrs, PERSONA_FIELDS) };
    case BLOCKS.driversBarriers:
      return {
        type: 'driversBarriers',
        rows: rowAttrs(children, BLOCKS.driverBarrierRow).map((row) =>
          readFields(row, DRIVER_BARRIER_FIELDS),
        ),
      };
    case BLOCKS.competitors:
      return {
        type: 'competitors',
        rows: rowAttrs(children, BLOCKS.competitorRow).map((row) =>
          readFields(row, COMPETITOR_FIELDS),
        ),
      };
    case BLOCKS.insight:
      return { type: 'insight', content: readInline(children, depth + 1) };
    case BLOCKS.brandRole:
      return { type: 'brandRole', content: readInline(children, depth + 1) };
    default:
      return readUnknown(element, depth);
  }
}

/** The attributes of a smart goal card, each a string (see schema.ts). */
export function readSmartGoalAttrs(attrs: RawAttrs): SmartGoalAttrs {
  return { goalId: readField(attrs, 'goalId'), ...readFields(attrs, SMART_GOAL_FIELDS) };
}

function readInline(children: readonly YChild[], depth: number): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) nodes.push(...readTextRuns(child));
    else if (child instanceof Y.XmlElement) nodes.push(readInlineElement(child, depth));
  }
  return mergeRuns(nodes);
}

function readInlineElement(element: Y.XmlElement, depth: number): InlineNode {
  if (element.nodeName === RICH_NODES.hardBreak) return { type: 'hardBreak' };
  return readUnknown(element, depth);
}

function readUnknown(element: Y.XmlElement, depth: number): UnknownNode {
  const children: UnknownNode['children'] = [];
  if (depth < MAX_READ_DEPTH) {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) children.push(...readTextRuns(child));
      else if (child instanceof Y.XmlElement) children.push(readAny(child, depth + 1));
    }
  }
  return { type: 'unknown', name: cutText(element.nodeName, 100), children };
}

function readAny(element: Y.XmlElement, depth: number): StrategyNode | InlineNode {
  return element.nodeName === RICH_NODES.hardBreak
    ? { type: 'hardBreak' }
    : readBlock(element, depth);
}

/** Children of a list: list items, anything else wrapped as an item of its own. */
function readListItems(children: readonly YChild[], depth: number): ListItemNode[] {
  return children.map((child) => ({ content: readItemContent(child, depth) }));
}

function readTaskItems(children: readonly YChild[], depth: number): TaskItemNode[] {
  return children.map((child) => ({
    checked:
      child instanceof Y.XmlElement && readBoolean((child.getAttributes() as RawAttrs).checked),
    content: readItemContent(child, depth),
  }));
}

const ITEM_NODES: readonly string[] = [RICH_NODES.listItem, RICH_NODES.taskItem];

function readItemContent(child: YChild, depth: number): StrategyNode[] {
  if (child instanceof Y.XmlElement && ITEM_NODES.includes(child.nodeName)) {
    return depth + 1 >= MAX_READ_DEPTH ? [] : readBlocks(child.toArray(), depth + 1);
  }
  return readBlocks([child], depth);
}

const CELL_NODES: readonly string[] = [RICH_NODES.tableCell, RICH_NODES.tableHeader];

function readTableRows(children: readonly YChild[], depth: number): TableCellNode[][] {
  return children.map((row) =>
    row instanceof Y.XmlElement && row.nodeName === RICH_NODES.tableRow
      ? row.toArray().map((cell) => readTableCell(cell, depth + 1))
      : [readTableCell(row, depth)],
  );
}

function readTableCell(cell: YChild, depth: number): TableCellNode {
  if (!(cell instanceof Y.XmlElement) || !CELL_NODES.includes(cell.nodeName)) {
    return { header: false, colspan: 1, rowspan: 1, content: readBlocks([cell], depth) };
  }
  const attrs = cell.getAttributes() as RawAttrs;
  const span = { min: 1, max: 1000, fallback: 1 };
  return {
    header: cell.nodeName === RICH_NODES.tableHeader,
    colspan: readInteger(attrs.colspan, span),
    rowspan: readInteger(attrs.rowspan, span),
    content: depth + 1 >= MAX_READ_DEPTH ? [] : readBlocks(cell.toArray(), depth + 1),
  };
}

/** Attributes of the children named `rowName`; other children of a typed table are ignored. */
function rowAttrs(children: readonly YChild[], rowName: string): RawAttrs[] {
  return children
    .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement)
    .filter((child) => child.nodeName === rowName)
    .map((child) => child.getAttributes() as RawAttrs);
}

function readLanguage(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[^\w+#.-]/g, '').slice(0, 32) : '';
}

function plainText(children: readonly YChild[]): string {
  return children
    .map((child) =>
      child instanceof Y.XmlText
        ? readTextRuns(child)
            .map((run) => run.text)
            .join('')
        : child instanceof Y.XmlElement && child.nodeName === RICH_NODES.hardBreak
          ? '\n'
          : '',
    )
    .join('');
}
