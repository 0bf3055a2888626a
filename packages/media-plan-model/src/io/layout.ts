// The file layout both CSV and XLSX share: one line per row ("wide"), the flight's periods
// as column triples, block totals and an overall total after the rows, then the settings.
import { BLOCKS, type Block, type PlanSettings } from '../model.js';
import { type PlanView } from '../read-plan.js';

/** The describing columns, first in every file. */
export const BASE_COLUMNS = [
  'Block',
  'Channel',
  'Activity',
  'Objective',
  'Goal ID',
  'Pricing',
  'Row ID',
] as const;

/** The header of the column holding a row's stable id (matched on import). */
export const ROW_ID_COLUMN = 'Row ID';

/** The three values of a period, each its own column named `<period key> <part>`. */
export const PERIOD_PARTS = ['Budget', 'Quantity', 'Note'] as const;
/** One of {@link PERIOD_PARTS}. */
export type PeriodPart = (typeof PERIOD_PARTS)[number];

/** Row totals across the flight, last columns (ignored on import). */
export const TOTAL_BUDGET_COLUMN = 'Total Budget';
export const TOTAL_QUANTITY_COLUMN = 'Total Quantity';

/** First cell of a totals line: `Total PAID`, … and `Total` for the whole plan. */
export const TOTAL_LABEL = 'Total';

/** First cell of the line that opens the settings section (CSV) or sheet (XLSX). */
export const SETTINGS_MARKER = 'Setting';

/** Labels of the settings lines. */
export const SETTING_LABELS = {
  flightStart: 'Flight start',
  flightEnd: 'Flight end',
  granularity: 'Granularity',
  currency: 'Currency',
  version: 'Format version',
} as const satisfies Record<keyof PlanSettings, string>;

/** The header of the column holding one part of one period. */
export function periodColumn(key: string, part: PeriodPart): string {
  return `${key} ${part}`;
}

/** A value to write. Money is in minor units; each format decides how to show it. */
export type OutCell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'money'; readonly minor: number }
  | { readonly kind: 'quantity'; readonly value: number }
  | { readonly kind: 'blank' };

/** One line of the export. */
export interface OutLine {
  /** The block of a row or of a block total; null for the overall total. */
  readonly block: Block | null;
  readonly cells: readonly OutCell[];
}

/** Everything an export writes, independent of the format. */
export interface ExportLayout {
  readonly header: readonly string[];
  readonly rows: readonly OutLine[];
  /** One line per block, then the overall total. */
  readonly totals: readonly OutLine[];
  readonly settings: readonly (readonly [string, string])[];
  readonly periodCount: number;
}

const BLANK: OutCell = { kind: 'blank' };

/** Lays a plan out for export. Zero amounts of rows are left blank; totals always show. */
export function buildExportLayout(plan: PlanView): ExportLayout {
  const header: string[] = [...BASE_COLUMNS];
  for (const period of plan.periods) {
    for (const part of PERIOD_PARTS) header.push(periodColumn(period.key, part));
  }
  header.push(TOTAL_BUDGET_COLUMN, TOTAL_QUANTITY_COLUMN);

  const rows: OutLine[] = [];
  for (const block of BLOCKS) {
    for (const row of plan.blocks[block]) {
      const cells: OutCell[] = [
        text(block),
        text(row.channel),
        text(row.activity),
        text(row.objective),
        text(row.goalId),
        text(row.pricing),
        text(row.id),
      ];
      for (const period of plan.periods) {
        const cell = row.cells[period.key];
        cells.push(
          cell && cell.budget !== 0 ? { kind: 'money', minor: cell.budget } : BLANK,
          cell && cell.quantity !== 0 ? { kind: 'quantity', value: cell.quantity } : BLANK,
          cell && cell.note !== '' ? text(cell.note) : BLANK,
        );
      }
      const total = plan.totals.byRow[row.id] ?? { budget: 0, quantity: 0 };
      cells.push(
        { kind: 'money', minor: total.budget },
        { kind: 'quantity', value: total.quantity },
      );
      rows.push({ block, cells });
    }
  }

  const totals: OutLine[] = [];
  for (const block of [...BLOCKS, null]) {
    const cells: OutCell[] = [text(block ? `${TOTAL_LABEL} ${block}` : TOTAL_LABEL)];
    for (let i = 1; i < BASE_COLUMNS.length; i += 1) cells.push(BLANK);
    for (const period of plan.periods) {
      const amounts = block
        ? plan.totals.byBlockPeriod[block][period.key]
        : plan.totals.byPeriod[period.key];
      cells.push(
        { kind: 'money', minor: amounts?.budget ?? 0 },
        { kind: 'quantity', value: amounts?.quantity ?? 0 },
        BLANK,
      );
    }
    const sum = block ? plan.totals.byBlock[block] : plan.totals.overall;
    cells.push({ kind: 'money', minor: sum.budget }, { kind: 'quantity', value: sum.quantity });
    totals.push({ block, cells });
  }

  const s = plan.settings;
  return {
    header,
    rows,
    totals,
    settings: [
      [SETTING_LABELS.flightStart, s.flightStart],
      [SETTING_LABELS.flightEnd, s.flightEnd],
      [SETTING_LABELS.granularity, s.granularity],
      [SETTING_LABELS.currency, s.currency],
      [SETTING_LABELS.version, String(s.version)],
    ],
    periodCount: plan.periods.length,
  };
}

function text(value: string): OutCell {
  return { kind: 'text', value };
}
