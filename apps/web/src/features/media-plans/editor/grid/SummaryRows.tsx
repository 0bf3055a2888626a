// The grid's lines other than plan rows: the column headings, a block's heading with its
// totals, the note of an empty block, and the plan's total line.
import type { Block, PlanView } from '@chorus/media-plan-model';
import { ActionIcon, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFormats } from '../../plan-format';
import { FROZEN_COLUMNS, type Column, type Metric } from '../columns';
import { ROW_HEIGHT } from './grid-model';
import type { PlacedColumn } from './grid-model';
import { columnStyle } from './grid-shared';

/** The column geometry the summary lines share. */
export interface GridGeometry {
  columns: readonly Column[];
  offsets: readonly number[];
  /** Width of the frozen columns together. */
  frozenWidth: number;
  /** Width of the three field columns after the frozen ones (objective, goal, pricing). */
  restWidth: number;
  /** The columns the heading line renders, with the width left out before each. */
  placed: readonly Readonly<PlacedColumn>[];
  /**
   * The period and total columns block and total lines render (their field columns are one
   * cell), with the width left out before each.
   */
  summaryPlaced: readonly Readonly<PlacedColumn>[];
}

/** Amounts of the metric shown: quantities for quantity, money otherwise. */
export function totalText(
  formats: PlanFormats,
  metric: Metric,
  amounts: { budget: number; quantity: number },
): string {
  return metric === 'quantity' ? formats.quantity(amounts.quantity) : formats.money(amounts.budget);
}

export function HeaderRow({
  geometry,
  formats,
  metric,
  columnLabel,
}: {
  geometry: GridGeometry;
  formats: PlanFormats;
  metric: Metric;
  columnLabel: (column: Column) => string;
}) {
  const { t } = useTranslation();
  const { columns, offsets, placed } = geometry;
  return (
    <div role="row" aria-rowindex={1} className="mp-row mp-header-row">
      {placed.map(({ index, gap, gapAfter }) => {
        const column = columns[index];
        if (!column) return null;
        const classes = ['mp-cell', 'mp-head'];
        if (index < FROZEN_COLUMNS) classes.push('mp-frozen');
        if (column.kind === 'period' || column.kind === 'total') classes.push('mp-num');
        if (column.kind === 'total') classes.push('mp-total-col');
        let content: ReactNode = columnLabel(column);
        let hint: string | undefined;
        if (column.kind === 'period') {
          // The dates wrap inside the column; the whole label stays one hover away.
          hint = columnLabel(column);
          const { title, detail } = formats.periodLabel(column.period);
          content = (
            <>
              <span className="mp-head-title">{title}</span>
              {detail ? <span className="mp-head-detail">{detail}</span> : null}
            </>
          );
        } else if (column.kind === 'actions') {
          content = <span className="mp-visually-hidden">{columnLabel(column)}</span>;
        } else if (column.kind === 'total') {
          content = t(
            metric === 'quantity' ? 'mediaPlan.columns.totalQuantity' : 'mediaPlan.columns.total',
          );
        }
        return (
          <div
            key={column.key}
            role="columnheader"
            aria-colindex={index + 1}
            className={classes.join(' ')}
            style={columnStyle(index, offsets, column.width, {
              gap,
              gapAfter,
            })}
            data-col={column.key}
            title={hint}
          >
            {content}
          </div>
        );
      })}
    </div>
  );
}

export function EmptyBlockRow({ line, geometry }: { line: number; geometry: GridGeometry }) {
  const { t } = useTranslation();
  return (
    <div
      role="row"
      aria-rowindex={line + 2}
      className="mp-row mp-empty-row"
      style={{ insetBlockStart: line * ROW_HEIGHT }}
    >
      <div
        role="gridcell"
        aria-colindex={1}
        aria-colspan={geometry.columns.length}
        className="mp-cell mp-frozen mp-empty-cell"
        style={{
          insetInlineStart: 0,
          position: 'sticky',
          width: geometry.frozenWidth + geometry.restWidth,
        }}
      >
        <Text size="sm" c="dimmed" component="span">
          {t('mediaPlan.grid.emptyBlock')}
        </Text>
      </div>
    </div>
  );
}

export function BlockRow({
  line,
  block,
  geometry,
  totals,
  formats,
  metric,
  onAdd,
}: {
  line: number;
  block: Block;
  geometry: GridGeometry;
  totals: PlanView['totals'];
  formats: PlanFormats;
  metric: Metric;
  /** Adds a row to the block; null when the plan is read-only. */
  onAdd: ((block: Block) => void) | null;
}) {
  const { t } = useTranslation();
  const { columns, offsets, restWidth, summaryPlaced } = geometry;
  const blockTotals = totals.byBlockPeriod[block];
  return (
    <div
      role="row"
      aria-rowindex={line + 2}
      className={`mp-row mp-block-row mp-block-${block.toLowerCase()}`}
      style={{ insetBlockStart: line * ROW_HEIGHT }}
    >
      <div
        role="gridcell"
        aria-colindex={1}
        className="mp-cell mp-frozen mp-block-cell"
        style={columnStyle(0, offsets, columns[0]?.width ?? 0)}
      >
        {onAdd ? (
          <ActionIcon
            variant="subtle"
            size="sm"
            tabIndex={-1}
            aria-label={t('mediaPlan.rows.addTo', { block: t(`mediaPlan.blocks.${block}`) })}
            onClick={() => onAdd(block)}
          >
            <span aria-hidden="true">+</span>
          </ActionIcon>
        ) : null}
      </div>
      <div
        role="rowheader"
        aria-colindex={2}
        aria-colspan={2}
        className="mp-cell mp-frozen mp-block-cell mp-block-name"
        style={{
          position: 'sticky',
          insetInlineStart: offsets[1],
          width: (columns[1]?.width ?? 0) + (columns[2]?.width ?? 0),
        }}
      >
        {t(`mediaPlan.blocks.${block}`)}
        <span className="mp-dim"> · {t(`mediaPlan.blockHints.${block}`)}</span>
      </div>
      <div
        role="gridcell"
        aria-colindex={4}
        aria-colspan={3}
        className="mp-cell mp-block-cell"
        style={{ width: restWidth }}
      />
      {summaryPlaced.map(({ index, gap, gapAfter }) => {
        const column = columns[index];
        if (column?.kind === 'total') {
          return (
            <div
              key={column.key}
              role="gridcell"
              aria-colindex={index + 1}
              className="mp-cell mp-block-cell mp-num mp-total-col"
              style={columnStyle(index, offsets, column.width, {
                gap,
                gapAfter,
              })}
              data-testid={`block-total-${block}`}
            >
              {totalText(formats, metric, totals.byBlock[block])}
            </div>
          );
        }
        if (column?.kind !== 'period') return null;
        const amounts = blockTotals[column.period.key];
        return (
          <div
            key={column.key}
            role="gridcell"
            aria-colindex={index + 1}
            className="mp-cell mp-block-cell mp-num"
            style={columnStyle(index, offsets, column.width, { gap, gapAfter })}
          >
            {amounts && (amounts.budget || amounts.quantity)
              ? totalText(formats, metric, amounts)
              : ''}
          </div>
        );
      })}
    </div>
  );
}

export function TotalRow({
  lineCount,
  geometry,
  totals,
  formats,
  metric,
}: {
  /** Body lines: the total line comes after them. */
  lineCount: number;
  geometry: GridGeometry;
  totals: PlanView['totals'];
  formats: PlanFormats;
  metric: Metric;
}) {
  const { t } = useTranslation();
  const { columns, offsets, frozenWidth, restWidth, summaryPlaced } = geometry;
  return (
    <div role="row" aria-rowindex={lineCount + 2} className="mp-row mp-total-row">
      <div
        role="rowheader"
        aria-colindex={1}
        aria-colspan={FROZEN_COLUMNS}
        className="mp-cell mp-frozen mp-total-cell"
        style={{ position: 'sticky', insetInlineStart: 0, width: frozenWidth }}
      >
        {t('mediaPlan.grid.grandTotal')}
      </div>
      <div
        role="gridcell"
        aria-colindex={FROZEN_COLUMNS + 1}
        aria-colspan={3}
        className="mp-cell mp-total-cell"
        style={{ width: restWidth }}
      />
      {summaryPlaced.map(({ index, gap, gapAfter }) => {
        const column = columns[index];
        if (column?.kind === 'total') {
          return (
            <div
              key={column.key}
              role="gridcell"
              aria-colindex={index + 1}
              className="mp-cell mp-total-cell mp-num mp-total-col"
              style={columnStyle(index, offsets, column.width, {
                gap,
                gapAfter,
              })}
              data-testid="grand-total"
            >
              {totalText(formats, metric, totals.overall)}
            </div>
          );
        }
        if (column?.kind !== 'period') return null;
        const amounts = totals.byPeriod[column.period.key];
        return (
          <div
            key={column.key}
            role="gridcell"
            aria-colindex={index + 1}
            className="mp-cell mp-total-cell mp-num"
            style={columnStyle(index, offsets, column.width, { gap, gapAfter })}
            data-testid={`period-total-${column.key}`}
          >
            {amounts ? totalText(formats, metric, amounts) : ''}
          </div>
        );
      })}
    </div>
  );
}
