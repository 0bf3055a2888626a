// The keyboard model of Chorus's spreadsheet-like grids (the media plan's, the actuals'),
// apart from React and the DOM: what a key on a cell or in an open cell editor asks the grid
// to do. Kept pure so the key map is tested on its own (media-plans/editor/grid/keyboard.test.ts).

/** A cell of a grid by indexes: `row` and `column` in the grid's navigation order. */
export interface GridPoint {
  readonly row: number;
  readonly column: number;
}

/** The parts of a keyboard event the key map reads. */
export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** Where the key was pressed: the active cell and the grid around it. */
export interface KeyPlace {
  readonly point: GridPoint;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rtl: boolean;
  /** Rows PageUp and PageDown move by. */
  readonly pageRows: number;
}

/** What a key on a cell (not in an editor) asks the grid to do. */
export type GridKeyAction =
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'moveRow'; readonly direction: -1 | 1 }
  /** Selects a cell (unclamped: the grid clamps); `extend` grows the range from the anchor. */
  | { readonly kind: 'select'; readonly point: GridPoint; readonly extend: boolean }
  | { readonly kind: 'escape' }
  /** Enter or F2: edit the cell, or open the row menu on the actions column. */
  | { readonly kind: 'open' }
  | { readonly kind: 'clear' }
  /** A printable key: editing starts with it, where the cell allows typing. */
  | { readonly kind: 'type'; readonly text: string };

/** A printable character with no command modifier. */
export function isTypingKey(input: KeyInput): boolean {
  return input.key.length === 1 && !input.ctrlKey && !input.metaKey && !input.altKey;
}

/**
 * Escape then Tab leaves the grid (instead of crossing up to ~58 columns cell by cell).
 * `escaped` says the last key was Escape (Shift in between keeps it, for Shift+Tab).
 */
export function trackEscape(
  escaped: boolean,
  input: KeyInput,
): { escaped: boolean; leave: 'before' | 'after' | null } {
  const next = input.key === 'Escape' || (escaped && input.key === 'Shift');
  const mod = input.ctrlKey || input.metaKey;
  const leave =
    escaped && input.key === 'Tab' && !mod && !input.altKey
      ? input.shiftKey
        ? 'before'
        : 'after'
      : null;
  return { escaped: next, leave };
}

/** The action of a key pressed on the active cell; null when the grid leaves it alone. */
export function gridKeyAction(input: KeyInput, place: KeyPlace): GridKeyAction | null {
  const { point, rowCount, columnCount, rtl, pageRows } = place;
  const mod = input.ctrlKey || input.metaKey;
  const key = input.key;
  if (mod && !input.altKey && (key === 'z' || key === 'Z')) {
    return { kind: input.shiftKey ? 'redo' : 'undo' };
  }
  if (mod && (key === 'y' || key === 'Y')) return { kind: 'redo' };
  if (input.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
    return { kind: 'moveRow', direction: key === 'ArrowUp' ? -1 : 1 };
  }
  const go = (row: number, column: number): GridKeyAction => ({
    kind: 'select',
    point: { row, column },
    extend: input.shiftKey,
  });
  const lastRow = rowCount - 1;
  const lastColumn = columnCount - 1;
  // Left and right follow the reading direction: in Hebrew the next column is on the left.
  const forward = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowUp':
      return go(mod ? 0 : point.row - 1, point.column);
    case 'ArrowDown':
      return go(mod ? lastRow : point.row + 1, point.column);
    case 'ArrowLeft':
      return go(point.row, mod ? (rtl ? lastColumn : 0) : point.column - forward);
    case 'ArrowRight':
      return go(point.row, mod ? (rtl ? 0 : lastColumn) : point.column + forward);
    case 'Home':
      return go(mod ? 0 : point.row, 0);
    case 'End':
      return go(mod ? lastRow : point.row, lastColumn);
    case 'PageUp':
      return go(point.row - pageRows, point.column);
    case 'PageDown':
      return go(point.row + pageRows, point.column);
    case 'Tab': {
      const next = point.column + (input.shiftKey ? -1 : 1);
      // At either end Tab leaves the grid, as the grid pattern expects.
      if (next < 0 || next >= columnCount) return null;
      return { kind: 'select', point: { row: point.row, column: next }, extend: false };
    }
    case 'Escape':
      return { kind: 'escape' };
    case 'Enter':
    case 'F2':
      return { kind: 'open' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    default:
      return isTypingKey(input) ? { kind: 'type', text: key } : null;
  }
}

/** Where the selection goes when an editor closes. */
export type Move = 'none' | 'down' | 'up' | 'next' | 'previous';

/** What a key in an open editor does; null leaves it to the input. */
export type EditorKeyAction =
  { readonly kind: 'commit'; readonly move: Exclude<Move, 'none'> } | { readonly kind: 'cancel' };

/** Enter commits and moves down (Shift: up), Tab sideways; Escape cancels. */
export function editorKeyAction(input: {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
}): EditorKeyAction | null {
  // A key that finishes an IME composition belongs to the composition.
  if (input.isComposing) return null;
  switch (input.key) {
    case 'Enter':
      return { kind: 'commit', move: input.shiftKey ? 'up' : 'down' };
    case 'Tab':
      return { kind: 'commit', move: input.shiftKey ? 'previous' : 'next' };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return null;
  }
}

/** The rows and columns a move goes by. */
export function moveDelta(move: Move): { rows: number; columns: number } {
  switch (move) {
    case 'none':
      return { rows: 0, columns: 0 };
    case 'down':
      return { rows: 1, columns: 0 };
    case 'up':
      return { rows: -1, columns: 0 };
    case 'next':
      return { rows: 0, columns: 1 };
    case 'previous':
      return { rows: 0, columns: -1 };
  }
}
