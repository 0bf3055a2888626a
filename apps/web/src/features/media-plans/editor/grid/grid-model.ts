import type { GridPoint } from '../../../../ui';
import { BLOCKS, type Block, type PlanView, type RowView } from '@chorus/media-plan-model';

/** Height of a body line (block heading, row, empty note) and of the total line, in px. */
export const ROW_HEIGHT = 36;
/**
 * Height of the column headings: the period, and its dates on up to three short lines (a
 * week across New Year names both years: "27 груд. 2027 – 2 січ. 2028 рр.").
 */
export const HEADER_HEIGHT = 60;
/** Lines rendered beyond the visible ones, above and below. */
export const OVERSCAN = 6;
/** Viewport height assumed before the grid is measured (and in test DOMs, which measure 0). */
export const FALLBACK_VIEWPORT = 800;

/** A line of the grid body. */
export type Line =
  | { readonly kind: 'block'; readonly block: Block }
  | { readonly kind: 'empty'; readonly block: Block }
  | { readonly kind: 'row'; readonly row: RowView; readonly nav: number };

/** The body lines in order, and where each row is. */
export interface GridLayout {
  readonly lines: readonly Line[];
  /** The rows in display order: the keyboard moves through these. */
  readonly rows: readonly RowView[];
  /** Row id → index in `rows`. */
  readonly navIndex: ReadonlyMap<string, number>;
  /** Index in `rows` → index in `lines`. */
  readonly lineOfRow: readonly number[];
}

/** Lays a plan out: each block's heading, then its rows (or a note that it has none). */
export function layoutPlan(plan: Pick<PlanView, 'blocks'>): GridLayout {
  const lines: Line[] = [];
  const rows: RowView[] = [];
  const navIndex = new Map<string, number>();
  const lineOfRow: number[] = [];
  for (const block of BLOCKS) {
    lines.push({ kind: 'block', block });
    const blockRows = plan.blocks[block];
    if (blockRows.length === 0) lines.push({ kind: 'empty', block });
    for (const row of blockRows) {
      navIndex.set(row.id, rows.length);
      lineOfRow.push(lines.length);
      lines.push({ kind: 'row', row, nav: rows.length });
      rows.push(row);
    }
  }
  return { lines, rows, navIndex, lineOfRow };
}

/** The body lines to render for a scroll position: the visible ones and a margin. */
export function visibleLines(
  scrollTop: number,
  viewport: number,
  count: number,
): { first: number; last: number } {
  const height = viewport > 0 ? viewport : FALLBACK_VIEWPORT;
  const top = Math.max(0, scrollTop - HEADER_HEIGHT);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

/** Columns rendered beyond the visible ones, on either side. */
export const COLUMN_OVERSCAN = 2;

/** The scrolling columns to render, by index (inclusive). */
export interface ColumnWindow {
  readonly first: number;
  readonly last: number;
}

/** Periods that must fit beside the frozen columns and the total before it is pinned. */
const ROOM_TO_PIN = 1;

/**
 * Whether the last column (the total) sticks to the inline end: when a viewport this wide
 * still shows the frozen columns, the total and a period between them (a phone shows
 * the total in its place at the end instead of over the activity's name). Unmeasured (0:
 * test DOMs): pinned.
 */
export function pinsLastColumn(
  viewport: number,
  widths: readonly number[],
  offsets: readonly number[],
  frozen: number,
): boolean {
  if (viewport <= 0) return true;
  const frozenWidth = offsets[frozen] ?? 0;
  const pinnedWidth = widths[widths.length - 1] ?? 0;
  // The column before the total is a period's (or the last field's, with no periods).
  const room = (widths[widths.length - 2] ?? 0) * ROOM_TO_PIN;
  return viewport >= frozenWidth + pinnedWidth + room;
}

/**
 * The scrolling columns to render for a sideways scroll position: those between the frozen
 * columns (the first `frozen`) and the last column (the total, when `pinned` at the inline
 * end) in the viewport, and a margin. `scrolled` is the distance from the inline start
 * (positive in both directions); an unmeasured viewport (0: test DOMs) renders them all.
 */
export function visibleColumns(
  scrolled: number,
  viewport: number,
  widths: readonly number[],
  offsets: readonly number[],
  frozen: number,
  pinned = true,
): ColumnWindow {
  const lastScrolling = widths.length - 2;
  if (viewport <= 0 || lastScrolling < frozen) return { first: frozen, last: lastScrolling };
  const frozenWidth = offsets[frozen] ?? 0;
  const pinnedWidth = pinned ? (widths[widths.length - 1] ?? 0) : 0;
  const from = scrolled + frozenWidth;
  const to = scrolled + Math.max(viewport - pinnedWidth, frozenWidth + 1);
  let first = lastScrolling;
  let last = frozen;
  for (let i = frozen; i <= lastScrolling; i += 1) {
    const start = offsets[i] ?? 0;
    const end = start + (widths[i] ?? 0);
    if (end > from && i < first) first = i;
    if (start < to) last = i;
  }
  if (first > last) first = last;
  return {
    first: Math.max(frozen, first - COLUMN_OVERSCAN),
    last: Math.min(lastScrolling, last + COLUMN_OVERSCAN),
  };
}

/**
 * The columns to render, in order: the frozen ones, the window, the columns that must stay
 * rendered when scrolled away (the tab stop's and the edited cell's: focus never drops) and
 * the last (the pinned total).
 */
export function columnsToRender(
  window: ColumnWindow,
  keep: readonly (number | undefined)[],
  count: number,
  frozen: number,
): number[] {
  const columns: number[] = [];
  for (let i = 0; i < Math.min(frozen, count); i += 1) columns.push(i);
  for (let i = Math.max(frozen, window.first); i <= Math.min(window.last, count - 2); i += 1) {
    columns.push(i);
  }
  for (const column of keep) {
    if (
      column !== undefined &&
      column >= frozen &&
      column < count - 1 &&
      !columns.includes(column)
    ) {
      columns.push(column);
    }
  }
  if (count > frozen) columns.push(count - 1);
  return columns.sort((a, b) => a - b);
}

/**
 * Where rendered cells go in a line that lays cells side by side: each column with the gap
 * before it (the width of the columns left out), starting at `from` px. The gap before the
 * last column (the total, which sticks to the inline end) is put after the column before it
 * instead: a sticky box cannot be moved past its own margin, so a margin before the total
 * would hold it at the far end.
 */
export function placeColumns(
  columns: readonly number[],
  offsets: readonly number[],
  widths: readonly number[],
  from = 0,
): PlacedColumn[] {
  let at = from;
  const placed = columns.map((index) => {
    const start = offsets[index] ?? at;
    const gap = Math.max(0, start - at);
    at = start + (widths[index] ?? 0);
    return { index, gap, gapAfter: 0 };
  });
  const pinned = placed[placed.length - 1];
  const before = placed[placed.length - 2];
  if (pinned && before && pinned.index === widths.length - 1 && pinned.gap > 0) {
    before.gapAfter = pinned.gap;
    pinned.gap = 0;
  }
  return placed;
}

/** A rendered column and the room for the columns left out before and after it, in px. */
export interface PlacedColumn {
  readonly index: number;
  gap: number;
  gapAfter: number;
}

/** A cell of the grid by indexes (`row` in layout.rows, `column` in the columns): ui's. */
export type { GridPoint };

/** The rectangle between two points, inclusive. */
export interface GridRange {
  readonly top: number;
  readonly bottom: number;
  readonly start: number;
  readonly end: number;
}

export function rangeOf(a: GridPoint, b: GridPoint): GridRange {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    start: Math.min(a.column, b.column),
    end: Math.max(a.column, b.column),
  };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
