import type { InlineNode, StrategyNode } from './strategy-node.js';

/** The blocks directly inside a block (list items, quotes, table cells, unknown nodes). */
export function childBlocks(node: StrategyNode): StrategyNode[] {
  switch (node.type) {
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return node.items.flatMap((item) => item.content);
    case 'blockquote':
      return node.content;
    case 'table':
      return node.rows.flatMap((row) => row.flatMap((cell) => cell.content));
    case 'unknown':
      return node.children.filter(isBlock);
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
    case 'horizontalRule':
    case 'hint':
    case 'smartGoal':
    case 'persona':
    case 'driversBarriers':
    case 'competitors':
    case 'insight':
    case 'brandRole':
      return [];
  }
}

/** True for blocks, false for inline nodes (text runs, hard breaks). */
export function isBlock(node: StrategyNode | InlineNode): node is StrategyNode {
  return node.type !== 'text' && node.type !== 'hardBreak';
}

/** Every block of a tree, depth first in document order. */
export function* walkBlocks(nodes: readonly StrategyNode[]): Generator<StrategyNode> {
  for (const node of nodes) {
    yield node;
    yield* walkBlocks(childBlocks(node));
  }
}
