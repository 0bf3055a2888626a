import type { Period } from '@chorus/media-plan-model';

/** The describing fields of a row, as grid columns. */
export type FieldColumn = 'channel' | 'activity' | 'objective' | 'goal' | 'pricing';

/** What the period columns show: one value per cell keeps the grid light. */
export type Metric = 'budget' | 'quantity' | 'note';

/** A column of the grid. */
export type Column =
  | { readonly kind: 'actions'; readonly key: 'actions'; readonly width: number }
  | { readonly kind: 'field'; readonly key: FieldColumn; readonly width: number }
  | {
      readonly kind: 'period';
      readonly key: string;
      readonly period: Period;
      readonly width: number;
    }
  | { readonly kind: 'total'; readonly key: 'total'; readonly width: number };

export const FIELD_COLUMNS: readonly FieldColumn[] = [
  'channel',
  'activity',
  'objective',
  'goal',
  'pricing',
];

const FIELD_WIDTHS: Record<FieldColumn, number> = {
  channel: 150,
  activity: 210,
  objective: 180,
  goal: 180,
  pricing: 96,
};

export const ACTIONS_WIDTH = 44;
export const PERIOD_WIDTH = 116;
export const TOTAL_WIDTH = 136;
/** Columns that stay in view when the grid scrolls sideways: row actions, channel, activity. */
export const FROZEN_COLUMNS = 3;

/** The key a period column has in selections and presence. */
export function periodColumnKey(periodKey: string): string {
  return `p:${periodKey}`;
}

/** The columns of a plan with these periods, in order. */
export function buildColumns(periods: readonly Period[]): Column[] {
  return [
    { kind: 'actions', key: 'actions', width: ACTIONS_WIDTH },
    ...FIELD_COLUMNS.map((field) => ({
      kind: 'field' as const,
      key: field,
      width: FIELD_WIDTHS[field],
    })),
    ...periods.map((period) => ({
      kind: 'period' as const,
      key: periodColumnKey(period.key),
      period,
      width: PERIOD_WIDTH,
    })),
    { kind: 'total', key: 'total', width: TOTAL_WIDTH },
  ];
}

/** Offsets from the inline start of each column (for the frozen ones' sticky insets). */
export function columnOffsets(columns: readonly Column[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const column of columns) {
    offsets.push(at);
    at += column.width;
  }
  return offsets;
}

/** Whether a person can type into this column (given an editable plan). */
export function isEditableColumn(column: Column): boolean {
  return column.kind === 'field' || column.kind === 'period';
}

/** The presence place of a column: a period key or a field name (actions and totals: none). */
export function presenceColumn(column: Column): { periodKey: string } | { field: string } | null {
  if (column.kind === 'period') return { periodKey: column.period.key };
  if (column.kind === 'field') return { field: column.key };
  return null;
}
