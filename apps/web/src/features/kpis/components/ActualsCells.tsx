import { Button, Group, Stack, Text } from '@mantine/core';
import type { MetricId } from '@chorus/kpi-model';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { editorKeyAction, gridKeyAction, moveDelta, type GridPoint, type Move } from '../../../ui';
import {
  commitDraft,
  draftConflict,
  draftFailed,
  draftSaved,
  dropDraft,
  keepMine,
  openDraft,
  receiveStored,
  retryDraft,
  setDraftText,
  takeTheirs,
  type Draft,
  type Drafts,
  type SaveRequest,
  type StoredCell,
  type Theirs,
} from '../actuals-drafts';
import { cellKey, type CellProblem } from '../actuals-grid';
import { monthLabel } from '../kpi-format';
import { metricLabel } from './kpi-labels';

/** How a save ended, as the grid's container reads the server's answer. */
export type SaveOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'conflict'; readonly theirs: Theirs }
  | { readonly kind: 'failed'; readonly message: string };

export interface ActualsCellsProps {
  network: string;
  metrics: readonly MetricId[];
  months: readonly string[];
  currency: string;
  /** The stored cells by key (typed units), as last read: someone's save changes them. */
  stored: ReadonlyMap<string, StoredCell>;
  canEdit: boolean;
  onSave: (
    cell: { metric: MetricId; periodKey: string },
    request: SaveRequest,
  ) => Promise<SaveOutcome>;
}

/**
 * The actuals of one network as a grid (metrics × months), keyed like the media plan's grid
 * (ui/grid-keys: arrows, Home/End, Enter or F2 or typing to edit, Enter/Tab to commit and
 * move, Escape to cancel, Delete to clear). Each cell saves on its own when committed; what
 * others save shows at once in cells nobody is typing in, and beside a cell someone is.
 */
export function ActualsCells(props: ActualsCellsProps) {
  const { network, metrics, months, currency, stored, canEdit, onSave } = props;
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const rtl = i18n.dir(locale) === 'rtl';
  // State for rendering; the ref for handlers that run before the next render (a blur after
  // Enter, a save's answer).
  const [drafts, setDrafts] = useState<Drafts>(() => new Map());
  const draftsRef = useRef<Drafts>(drafts);
  const [active, setActive] = useState<GridPoint>({ row: 0, column: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ key: string; problem: CellProblem } | null>(null);
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const gridRef = useRef<HTMLTableElement>(null);
  const focusCell = useRef(false);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });

  const update = (next: Drafts) => {
    if (next === draftsRef.current) return;
    draftsRef.current = next;
    setDrafts(next);
  };
  const keyAt = (point: GridPoint) =>
    cellKey(network, metrics[point.row] ?? '', months[point.column] ?? '');
  const storedValue = (key: string) => stored.get(key)?.value ?? null;
  const cellName = (key: string) => {
    const [, metric = '', month = ''] = key.split('|');
    return `${metricLabel(t, metric)} · ${monthLabel(month, locale)}`;
  };
  const shown = (value: number | null) =>
    value === null ? t('kpis.actuals.empty') : number.format(value);

  // Someone saved: cells being typed in keep the text and get the other value beside them.
  useEffect(() => update(receiveStored(draftsRef.current, stored)), [stored]);
  useEffect(() => {
    if (!focusCell.current) return;
    focusCell.current = false;
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-point="${active.row}:${active.column}"]`)
      ?.focus();
  }, [active, editing]);

  const send = (key: string, request: SaveRequest) => {
    const [, metric = '', periodKey = ''] = key.split('|');
    setSaved((all) => new Set([...all].filter((k) => k !== key)));
    onSave({ metric: metric as MetricId, periodKey }, request).then(
      (outcome) => {
        if (outcome.kind === 'saved') {
          update(draftSaved(draftsRef.current, key));
          setSaved((all) => new Set(all).add(key));
        } else if (outcome.kind === 'conflict') {
          update(draftConflict(draftsRef.current, key, outcome.theirs));
        } else update(draftFailed(draftsRef.current, key, outcome.message));
      },
      (error: unknown) => update(draftFailed(draftsRef.current, key, String(error))),
    );
  };

  const move = (from: GridPoint, how: Move) => {
    const delta = moveDelta(how);
    const column = from.column + delta.columns;
    setActive({
      row: Math.max(0, Math.min(metrics.length - 1, from.row + delta.rows)),
      column: Math.max(0, Math.min(months.length - 1, column)),
    });
    focusCell.current = true;
  };

  /** `how` null: the editor lost the focus (a click elsewhere), which keeps it. */
  const commit = (key: string, point: GridPoint, how: Move | null): void => {
    const metric = metrics[point.row];
    if (!metric) return;
    const result = commitDraft(draftsRef.current, key, metric, currency);
    if (result.kind === 'invalid') {
      setProblem({ key, problem: result.problem });
      return;
    }
    setProblem(null);
    update(result.drafts);
    setEditing(null);
    if (result.kind === 'save') send(key, result.request);
    if (how === null) return;
    if (how !== 'none') move(point, how);
    else focusCell.current = true;
  };

  const open = (point: GridPoint, typed?: string) => {
    if (!canEdit) return;
    const key = keyAt(point);
    update(openDraft(draftsRef.current, key, storedValue(key), typed));
    setEditing(key);
  };

  const onCellKey = (event: KeyboardEvent<HTMLElement>, point: GridPoint) => {
    const action = gridKeyAction(event, {
      point,
      rowCount: metrics.length,
      columnCount: months.length,
      rtl,
      pageRows: 5,
    });
    if (!action) return;
    switch (action.kind) {
      case 'select':
        event.preventDefault();
        setActive({
          row: Math.max(0, Math.min(metrics.length - 1, action.point.row)),
          column: Math.max(0, Math.min(months.length - 1, action.point.column)),
        });
        focusCell.current = true;
        return;
      case 'open':
        event.preventDefault();
        open(point);
        return;
      case 'type':
        event.preventDefault();
        open(point, action.text);
        return;
      case 'escape':
      case 'moveRow':
      case 'undo':
      case 'redo':
        return;
      case 'clear': {
        if (!canEdit) return;
        event.preventDefault();
        const key = keyAt(point);
        update(setDraftText(openDraft(draftsRef.current, key, storedValue(key)), key, ''));
        commit(key, point, 'none');
        return;
      }
    }
  };

  const onEditorKey = (event: KeyboardEvent<HTMLInputElement>, key: string, point: GridPoint) => {
    const action = editorKeyAction({
      key: event.key,
      shiftKey: event.shiftKey,
      isComposing: event.nativeEvent.isComposing,
    });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'cancel') {
      update(dropDraft(draftsRef.current, key));
      setProblem(null);
      setEditing(null);
      focusCell.current = true;
      return;
    }
    commit(key, point, action.move);
  };

  // A draft being saved waits for its answer before it says anything.
  const notices = [...drafts].filter(
    ([, draft]) =>
      draft.status !== 'saving' && (draft.theirs !== null || draft.status === 'failed'),
  );

  return (
    <Stack gap="xs">
      <div className="kpi-actuals-scroll">
        <table className="kpi-actuals-grid" role="grid" ref={gridRef} data-testid="actuals-grid">
          <thead>
            <tr>
              <th scope="col">{t('kpis.form.metric')}</th>
              {months.map((month) => (
                <th key={month} scope="col">
                  {monthLabel(month, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((metric, row) => (
              <tr key={metric}>
                <th scope="row">{metricLabel(t, metric)}</th>
                {months.map((month, column) => {
                  const point = { row, column };
                  const key = cellKey(network, metric, month);
                  const draft = drafts.get(key);
                  const cell = stored.get(key);
                  const isActive = active.row === row && active.column === column;
                  const name = cellName(key);
                  const state = cellState(draft, saved.has(key));
                  return (
                    <td
                      key={month}
                      role="gridcell"
                      data-point={`${row}:${column}`}
                      data-state={state}
                      tabIndex={isActive && editing !== key ? 0 : -1}
                      aria-label={name}
                      aria-readonly={!canEdit}
                      title={cell?.by ? t('kpis.actuals.lastSaved', { name: cell.by }) : undefined}
                      onFocus={() => setActive(point)}
                      onDoubleClick={() => open(point)}
                      onKeyDown={editing === key ? undefined : (event) => onCellKey(event, point)}
                    >
                      {editing === key && draft ? (
                        <input
                          // The editor takes the focus when it opens, as in the media plan's grid.
                          autoFocus
                          aria-label={name}
                          inputMode="decimal"
                          value={draft.text}
                          aria-invalid={problem?.key === key}
                          onChange={(event) =>
                            update(setDraftText(draftsRef.current, key, event.currentTarget.value))
                          }
                          onKeyDown={(event) => onEditorKey(event, key, point)}
                          onBlur={() => {
                            if (editing === key) commit(key, point, null);
                          }}
                        />
                      ) : (
                        <span className="kpi-actuals-value">
                          {draft ? draft.text : cell ? shown(cell.value) : ''}
                        </span>
                      )}
                      {state !== 'idle' && (
                        <span className="kpi-actuals-state">
                          {t(`kpis.actuals.state.${state}`)}
                        </span>
                      )}
                      {problem?.key === key && (
                        <span className="kpi-actuals-problem" role="alert">
                          {t(`kpis.actuals.problems.${problem.problem}`)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {notices.map(([key, draft]) => (
          <Group key={key} gap="xs" className="kpi-actuals-notice" data-testid="actuals-notice">
            <Text size="sm" c={draft.status === 'editing' ? 'orange.9' : 'red.8'}>
              {noticeText(t, draft, cellName(key), shown)}
            </Text>
            {draft.status === 'failed' && draft.theirs === null ? (
              <Button size="compact-xs" onClick={() => retry(key)}>
                {t('kpis.actuals.retry')}
              </Button>
            ) : (
              <>
                <Button size="compact-xs" onClick={() => keep(key)}>
                  {t('kpis.actuals.keepMine')}
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => take(key)}>
                  {t('kpis.actuals.takeTheirs')}
                </Button>
              </>
            )}
          </Group>
        ))}
      </div>
    </Stack>
  );

  function retry(key: string) {
    const result = retryDraft(draftsRef.current, key);
    update(result.drafts);
    if (result.request) send(key, result.request);
  }

  function keep(key: string) {
    const result = keepMine(draftsRef.current, key);
    update(result.drafts);
    if (result.request) send(key, result.request);
  }

  function take(key: string) {
    update(takeTheirs(draftsRef.current, key));
    if (editing === key) setEditing(null);
  }
}

type CellState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict' | 'changed';

function cellState(draft: Draft | undefined, saved: boolean): CellState {
  if (!draft) return saved ? 'saved' : 'idle';
  if (draft.status === 'editing') return draft.theirs ? 'changed' : 'idle';
  return draft.status;
}

function noticeText(
  t: TFunction,
  draft: Draft,
  cell: string,
  shown: (value: number | null) => string,
): string {
  const theirs = draft.theirs;
  if (draft.status === 'failed' && !theirs) {
    return t('kpis.actuals.failed', { cell, reason: draft.error ?? '' });
  }
  const value = shown(theirs?.value ?? null);
  const by = theirs?.by;
  if (draft.status === 'editing') {
    return by
      ? t('kpis.actuals.changedWhileTyping', { cell, name: by, value })
      : t('kpis.actuals.changedWhileTypingSomeone', { cell, value });
  }
  return by
    ? t('kpis.actuals.conflict', { cell, name: by, value })
    : t('kpis.actuals.conflictSomeone', { cell, value });
}
