import type { PlanView } from '@chorus/media-plan-model';
import {
  useCallback,
  useMemo,
  type ClipboardEvent as ReactClipboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PlanFormats } from '../../plan-format';
import {
  applyCellWrite,
  cellInputText,
  type CellProblem,
  type PasteProblem,
  type ReadContext,
} from '../cell-input';
import type { Column, Metric } from '../columns';
import { parseTsv, toTsv } from '../tsv';
import type { PlanWriter } from '../use-plan-undo';
import {
  checkPaste,
  clearWrites,
  problemsToName,
  rangeCells,
  type PasteRefusal,
} from './clipboard';
import type { GridLayout } from './grid-model';
import { isFromInput } from './grid-shared';
import { pastedSelection } from './selection';
import type { GridSelection } from './use-grid-selection';

export interface GridClipboard {
  onCopy: (event: ReactClipboardEvent<HTMLDivElement>) => void;
  onCut: (event: ReactClipboardEvent<HTMLDivElement>) => void;
  onPaste: (event: ReactClipboardEvent<HTMLDivElement>) => void;
  /** Empties the selected cells (Delete, Backspace, cut). */
  clearRange: () => void;
}

/** Copy, cut and paste of the selected range as tab-separated text (spreadsheets). */
export function useGridClipboard({
  doc,
  gridRef,
  view,
  layout,
  columns,
  metric,
  formats,
  context,
  editable,
  writer,
  selection,
  columnLabel,
  problemText,
  setNotice,
}: {
  doc: Y.Doc;
  gridRef: RefObject<HTMLElement | null>;
  view: PlanView;
  layout: GridLayout;
  columns: readonly Column[];
  metric: Metric;
  formats: PlanFormats;
  context: ReadContext;
  editable: boolean;
  writer: PlanWriter;
  selection: GridSelection;
  columnLabel: (column: Column) => string;
  problemText: (problem: CellProblem) => string;
  setNotice: (notice: string | null) => void;
}): GridClipboard {
  const { t } = useTranslation();
  const { range, refAt, selectBlock, wantFocusRef } = selection;

  // "Row 3, Budget": the row and column named with the language's own list separator.
  const where = useMemo(
    () => new Intl.ListFormat(formats.locale, { type: 'unit', style: 'short' }),
    [formats.locale],
  );
  const describeProblems = useCallback(
    (problems: readonly PasteProblem[]): string => {
      const { named, more } = problemsToName(problems);
      const lines = named.map(({ row, column, problem }) => {
        const rowName = layout.rows[row]
          ? t('mediaPlan.paste.rowNumber', { number: formats.quantity(row + 1) })
          : t('mediaPlan.paste.newRow');
        const col = columns[column];
        const columnName = col ? columnLabel(col) : t('mediaPlan.paste.outside');
        return `${where.format([rowName, columnName])}: ${problemText(problem)}`;
      });
      return [
        t('mediaPlan.paste.refused', {
          count: problems.length,
          problems: formats.quantity(problems.length),
        }),
        ...lines,
        ...(more > 0 ? [t('mediaPlan.paste.more', { more: formats.quantity(more) })] : []),
      ].join('\n');
    },
    [layout.rows, columns, columnLabel, problemText, t, formats, where],
  );

  const refusalText = (refusal: PasteRefusal): string => {
    switch (refusal.kind) {
      case 'tooManyRows':
        return t('mediaPlan.paste.tooManyRows', {
          rows: formats.quantity(refusal.rows),
          max: formats.quantity(refusal.max),
        });
      case 'values':
        return describeProblems(refusal.problems);
      case 'tooLarge':
        return t('mediaPlan.paste.tooLarge');
    }
  };

  const clearRange = useCallback(() => {
    if (!range || !editable) return;
    const writes = clearWrites(range, layout.rows, columns, metric);
    writer.write(() => {
      for (const { rowId, write } of writes) applyCellWrite(doc, rowId, write);
    });
  }, [range, editable, writer, layout.rows, columns, metric, doc]);

  /** Whether a clipboard event is the grid's own (not an editor's, not a dialog's). */
  const ours = (event: ReactClipboardEvent) =>
    !isFromInput(event.target) && Boolean(gridRef.current?.contains(event.target as Node));

  const onCopy = (event: ReactClipboardEvent<HTMLDivElement>) => {
    if (!ours(event) || !range) return;
    const lines = rangeCells(range, layout.rows, columns, (row, column) =>
      cellInputText(row, column, context, view.totals.byRow[row.id]),
    );
    event.preventDefault();
    event.clipboardData.setData('text/plain', toTsv(lines));
  };

  const onCut = (event: ReactClipboardEvent<HTMLDivElement>) => {
    if (!ours(event)) return;
    onCopy(event);
    clearRange();
  };

  const onPaste = (event: ReactClipboardEvent<HTMLDivElement>) => {
    if (!ours(event)) return;
    event.preventDefault();
    if (!editable || !range) return;
    const values = parseTsv(event.clipboardData.getData('text/plain'));
    if (values.length === 0) return;
    const check = checkPaste({ doc, values, rows: layout.rows, columns, range, context });
    if (!check.ok) {
      setNotice(refusalText(check.refusal));
      return;
    }
    setNotice(null);
    writer.write(() => check.plan.apply(doc));
    // The pasted block stays selected (new rows exist once the view re-reads them).
    const pasted = pastedSelection(range, values, layout.rows.length, columns.length);
    const lastRow = layout.rows[pasted.lastRow];
    const lastColumn = columns[pasted.lastColumn];
    selectBlock(
      refAt(pasted.anchor),
      lastRow && lastColumn ? { rowId: lastRow.id, column: lastColumn.key, at: pasted.at } : null,
    );
    wantFocusRef.current = true;
  };

  return { onCopy, onCut, onPaste, clearRange };
}
