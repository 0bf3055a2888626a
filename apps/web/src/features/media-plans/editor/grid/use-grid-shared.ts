import type { RowView } from '@chorus/media-plan-model';
import { useLayoutEffect, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridShared } from './grid-shared';

/** The handlers lines call; they may change every render. */
export interface GridHandlers {
  onEditText: (text: string) => void;
  onEditKeyDown: (event: ReactKeyboardEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onEditBlur: () => void;
  openMenu: (row: RowView) => void;
}

/**
 * The one object every line gets. Lines get stable handlers that call the latest ones, so
 * the object changes only with the plan's shape, formats or permissions, and a change of
 * the plan's values re-renders only the rows it touched.
 */
export function useGridShared(
  values: Omit<GridShared, keyof GridHandlers | 'goalRemoved' | 'noGoal'>,
  handlers: GridHandlers,
): GridShared {
  const { t } = useTranslation();
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const stable = useMemo<GridHandlers>(
    () => ({
      onEditText: (text) => latest.current.onEditText(text),
      onEditKeyDown: (event) => latest.current.onEditKeyDown(event),
      onEditBlur: () => latest.current.onEditBlur(),
      openMenu: (row) => latest.current.openMenu(row),
    }),
    [],
  );
  const {
    gridId,
    columns,
    offsets,
    placed,
    formats,
    metric,
    goals,
    goalOptions,
    editable,
    visitors,
    pricingLabel,
    columnLabel,
    problemText,
    menuLabel,
  } = values;
  return useMemo(
    () => ({
      gridId,
      columns,
      offsets,
      placed,
      formats,
      metric,
      goals,
      goalOptions,
      editable,
      visitors,
      pricingLabel,
      columnLabel,
      problemText,
      goalRemoved: t('mediaPlan.grid.goalRemoved'),
      noGoal: t('mediaPlan.grid.noGoal'),
      ...stable,
      menuLabel,
    }),
    [
      gridId,
      columns,
      offsets,
      placed,
      formats,
      metric,
      goals,
      goalOptions,
      editable,
      visitors,
      pricingLabel,
      columnLabel,
      problemText,
      t,
      stable,
      menuLabel,
    ],
  );
}
