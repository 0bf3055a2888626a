import type { PricingModel, RowView } from '@chorus/media-plan-model';
import type { CSSProperties, KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { PlanFormats } from '../../plan-format';
import type { CellProblem } from '../cell-input';
import { FROZEN_COLUMNS, type Column, type Metric } from '../columns';
import type { PlacedColumn } from './grid-model';
import type { GoalIndex, GoalOption } from '../goals';
import type { CellVisitors } from '../use-cell-presence';

/**
 * Everything a line needs that is the same for all lines, passed as one stable object (its
 * handlers call the grid's latest ones), so a change of the plan re-renders only the rows
 * it touched.
 */
export interface GridShared {
  gridId: string;
  columns: readonly Column[];
  offsets: readonly number[];
  /**
   * The columns a line renders (the frozen ones, those in view, the tab stop's and the edited
   * one, the total), each with the width left out before it.
   */
  placed: readonly Readonly<PlacedColumn>[];
  formats: PlanFormats;
  metric: Metric;
  goals: GoalIndex;
  goalOptions: readonly GoalOption[] | null;
  editable: boolean;
  visitors: CellVisitors;
  pricingLabel: (pricing: PricingModel) => string;
  columnLabel: (column: Column) => string;
  problemText: (problem: CellProblem) => string;
  goalRemoved: string;
  /** The goal picker's empty choice. */
  noGoal: string;
  onEditText: (text: string) => void;
  onEditKeyDown: (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onEditBlur: () => void;
  /** Opens a row's actions menu (the open menu itself comes with the row's props). */
  openMenu: (row: RowView) => void;
  menuLabel: (row: RowView) => string;
}

export const PRICING: readonly PricingModel[] = ['FLAT', 'CPM', 'CPC', 'CPA'];

/** The DOM id of a data cell (roving focus finds cells by it). */
export function cellId(gridId: string, rowId: string, column: number): string {
  return `${gridId}-${rowId}-${column}`;
}

/**
 * A cell's width and place: the frozen columns stick to the inline start (the total sticks
 * to the inline end through the grid's `mp-pin-total` class), and `gap` and `gapAfter`
 * stand for the columns left out before and after it.
 */
export function columnStyle(
  index: number,
  offsets: readonly number[],
  width: number,
  { gap = 0, gapAfter = 0 }: { gap?: number; gapAfter?: number } = {},
): CSSProperties {
  const style: CSSProperties =
    index < FROZEN_COLUMNS
      ? { width, insetInlineStart: offsets[index], position: 'sticky' }
      : { width };
  if (gap > 0) style.marginInlineStart = gap;
  if (gapAfter > 0) style.marginInlineEnd = gapAfter;
  return style;
}

/** "Instagram · Targeted ads", or the untitled text for a row with neither. */
export function rowName(row: Pick<RowView, 'channel' | 'activity'>, untitled: string): string {
  return [row.channel, row.activity].filter(Boolean).join(' · ') || untitled;
}

/** Whether an event comes from a cell editor (its keys and clipboard are the input's own). */
export function isFromInput(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
}
