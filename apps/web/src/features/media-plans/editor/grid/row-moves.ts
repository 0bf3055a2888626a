import { BLOCKS, type Block, type PlanView, type RowView } from '@chorus/media-plan-model';

/** Where a row goes: into `block`, before the row `before` (null: at the block's end). */
export interface RowTarget {
  readonly block: Block;
  readonly before: string | null;
}

/**
 * Where moving a row one step up or down puts it: past its neighbour in the block, or
 * across into the end of the block above (the start of the block below) at a block's edge;
 * null when it is at the very top or bottom of the plan.
 */
export function rowMoveTarget(
  blocks: PlanView['blocks'],
  row: Pick<RowView, 'id' | 'block'>,
  direction: -1 | 1,
): RowTarget | null {
  const siblings = blocks[row.block];
  const index = siblings.findIndex((r) => r.id === row.id);
  const blockIndex = BLOCKS.indexOf(row.block);
  if (direction < 0) {
    const before = siblings[index - 1];
    if (before) return { block: row.block, before: before.id };
    const previous = BLOCKS[blockIndex - 1];
    return previous ? { block: previous, before: null } : null;
  }
  if (siblings[index + 1]) {
    return { block: row.block, before: siblings[index + 2]?.id ?? null };
  }
  const next = BLOCKS[blockIndex + 1];
  return next ? { block: next, before: blocks[next][0]?.id ?? null } : null;
}
