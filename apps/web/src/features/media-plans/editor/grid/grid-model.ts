import { BLOCKS, type Block, type PlanView, type RowView } from '@chorus/media-plan-model';

/** Height of a body line (block heading, row, empty note) and of the total line, in px. */
export const ROW_HEIGHT = 36;
/** Height of the column headings (two lines: period and its dates). */
export const HEADER_HEIGHT = 52;
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

/** A cell of the grid by indexes: `row` in layout.rows, `column` in the columns. */
export interface GridPoint {
  readonly row: number;
  readonly column: number;
}

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
