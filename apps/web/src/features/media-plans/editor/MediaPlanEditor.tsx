import '@mantine/core/styles/List.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/SegmentedControl.css';
import './media-plan-editor.css';
import { BLOCKS, type Block } from '@chorus/media-plan-model';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Menu,
  SegmentedControl,
  Stack,
  Text,
  useDirection,
} from '@mantine/core';
import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { addRow } from '@chorus/media-plan-model';
import { ChevronDown, PageLoader } from '../../../ui';
import { createPlanFormats } from '../plan-format';
import { usePlanErrorText } from '../hooks/use-plan-error-text';
import { useBrandStrategyGoals } from '../hooks/use-strategy-goals';
import type { Metric } from './columns';
import { exportUrl } from './files/upload';
import { ImportDialog } from './files/ImportDialog';
import { indexGoals, type GoalOption } from './goals';
import { PlanGrid, type PlanGridHandle } from './grid/PlanGrid';
import { SettingsBar } from './SettingsBar';
import { usePlanWriter } from './use-plan-undo';
import { usePlanView } from './use-plan-view';

const BudgetChart = lazy(() => import('./chart/BudgetChart'));

export interface MediaPlanEditorProps {
  doc: Y.Doc;
  /** Presence: the selected cell is shared, others' cells are shown. Null: nobody else. */
  awareness: Awareness | null;
  editable: boolean;
  /** The brand whose strategy goals rows can serve; without it the goal column shows ids. */
  brandId?: string;
  /** The plan's document, for import and export; without it those are not offered. */
  documentId?: string;
}

export interface PlanEditorProps extends MediaPlanEditorProps {
  /** The brand's goals; null while loading or unavailable. */
  goals: readonly GoalOption[] | null;
}

function UndoIcon({ flip }: { flip?: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      style={{ transform: flip ? 'scaleX(-1)' : undefined }}
    >
      <path
        d="M6 4 2.5 7.5 6 11M3 7.5h6.5a4 4 0 0 1 0 8H8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The media-plan editor: settings, the grid, import and export, and the budget chart.
 * Loads the brand's strategy goals for the goal column; everything else comes from `doc`.
 */
export default function MediaPlanEditor(props: MediaPlanEditorProps) {
  const { data, error } = useBrandStrategyGoals(props.brandId);
  const goals = useMemo<readonly GoalOption[] | null>(
    () => (error || !data ? null : data.brandStrategyGoals),
    [data, error],
  );
  return <PlanEditor {...props} goals={goals} />;
}

/** The editor without data loading: what tests render. */
export function PlanEditor({ doc, awareness, editable, documentId, goals }: PlanEditorProps) {
  const { t, i18n } = useTranslation();
  const { dir } = useDirection();
  const errorText = usePlanErrorText();
  const view = usePlanView(doc);
  const writer = usePlanWriter(doc, editable);
  const [metric, setMetric] = useState<Metric>('budget');
  const [importing, setImporting] = useState(false);
  // A real import on the server when the right to edit goes keeps its dialog until the
  // answer comes, and then shows that answer (read-only) until it is closed.
  const [applyingImport, setApplyingImport] = useState(false);
  const [heldImport, setHeldImport] = useState(false);
  const editableRef = useRef(editable);
  useLayoutEffect(() => {
    editableRef.current = editable;
  });
  const onApplyingChange = useCallback((applying: boolean) => {
    setApplyingImport(applying);
    if (!applying) setHeldImport(!editableRef.current);
  }, []);
  const [showChart, setShowChart] = useState(false);
  const grid = useRef<PlanGridHandle>(null);
  const metricLabelId = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const weekLabel = useCallback((week: string) => t('mediaPlan.period.week', { week }), [t]);
  const formats = useMemo(
    () => createPlanFormats(locale, view.settings.currency, weekLabel),
    [locale, view.settings.currency, weekLabel],
  );
  const goalIndex = useMemo(() => indexGoals(goals), [goals]);

  const add = (block: Block) => {
    const rowId = writer.write(() => addRow(doc, block));
    if (rowId !== undefined) grid.current?.selectRow(rowId);
  };

  if (!view.initialised) return <PageLoader label={t('mediaPlan.loading')} />;

  const shortcut = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

  return (
    <Stack gap="sm" className="mp-editor">
      <SettingsBar doc={doc} view={view} editable={editable} formats={formats} writer={writer} />
      {view.flightErrors.length > 0 ? (
        <Alert color="red.9" variant="outline" role="alert">
          {view.flightErrors.map(errorText).join(' ')} {t('mediaPlan.settings.fixFlight')}
        </Alert>
      ) : null}
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="xs" align="center">
          <Text size="sm" fw={600} id={metricLabelId}>
            {t('mediaPlan.metric.label')}
          </Text>
          <SegmentedControl
            size="xs"
            value={metric}
            onChange={setMetric}
            aria-labelledby={metricLabelId}
            data={[
              { value: 'budget', label: t('mediaPlan.metric.budget') },
              { value: 'quantity', label: t('mediaPlan.metric.quantity') },
              { value: 'note', label: t('mediaPlan.metric.note') },
            ]}
          />
        </Group>
        <Group gap="xs">
          {editable ? (
            <>
              {/* The new row's first cell takes focus, not this button again. */}
              <Menu position="bottom-end" withinPortal returnFocus={false}>
                <Menu.Target>
                  <Button size="xs" rightSection={<ChevronDown />}>
                    {t('mediaPlan.rows.add')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {BLOCKS.map((block) => (
                    <Menu.Item key={block} onClick={() => add(block)}>
                      {t(`mediaPlan.blocks.${block}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
              <ActionIcon
                variant="default"
                size="md"
                aria-label={t('mediaPlan.undo')}
                title={`${t('mediaPlan.undo')} (${shortcut}+Z)`}
                disabled={!writer.canUndo}
                onClick={writer.undo}
              >
                <UndoIcon flip={dir === 'rtl'} />
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="md"
                aria-label={t('mediaPlan.redo')}
                title={`${t('mediaPlan.redo')} (${shortcut}+Shift+Z)`}
                disabled={!writer.canRedo}
                onClick={writer.redo}
              >
                <UndoIcon flip={dir !== 'rtl'} />
              </ActionIcon>
            </>
          ) : null}
          {documentId && editable ? (
            <Button size="xs" variant="default" onClick={() => setImporting(true)}>
              {t('mediaPlan.import.open')}
            </Button>
          ) : null}
          {documentId ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="default" rightSection={<ChevronDown />}>
                  {t('mediaPlan.export.open')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component="a" href={exportUrl(documentId, 'xlsx')} download>
                  {t('mediaPlan.export.xlsx')}
                </Menu.Item>
                <Menu.Item component="a" href={exportUrl(documentId, 'csv')} download>
                  {t('mediaPlan.export.csv')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
          <Button
            size="xs"
            variant={showChart ? 'filled' : 'default'}
            aria-pressed={showChart}
            onClick={() => setShowChart((shown) => !shown)}
          >
            {t('mediaPlan.chart.toggle')}
          </Button>
        </Group>
      </Group>
      <PlanGrid
        doc={doc}
        view={view}
        editable={editable}
        metric={metric}
        formats={formats}
        goals={goalIndex}
        goalOptions={goals}
        writer={writer}
        awareness={awareness}
        label={t('mediaPlan.grid.label')}
        handle={grid}
      />
      <Text size="xs" c="dimmed">
        {editable
          ? t('mediaPlan.grid.keysHint', { mod: shortcut })
          : t('mediaPlan.grid.readOnlyHint')}
      </Text>
      {showChart ? (
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <BudgetChart view={view} formats={formats} rtl={dir === 'rtl'} />
        </Suspense>
      ) : null}
      {documentId && (editable || applyingImport || heldImport) ? (
        <ImportDialog
          documentId={documentId}
          opened={importing}
          editable={editable}
          onApplyingChange={onApplyingChange}
          onClose={() => {
            setImporting(false);
            setHeldImport(false);
          }}
        />
      ) : null}
    </Stack>
  );
}
