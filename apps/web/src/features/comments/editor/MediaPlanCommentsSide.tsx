import { readPlan } from '@chorus/media-plan-model';
import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CommentAnchorInput } from '../../../gql/graphql';
import { useCommentsContext } from '../components/comments-context';
import { CommentsProvider, type CommentsProviderProps } from '../components/CommentsProvider';
import { CommentThreadList } from '../components/CommentsPanel';
import { NewThreadComposer } from '../components/NewThreadComposer';
import { useCommentPreviews } from '../hooks/use-comment-threads';
import '../comments.css';

/** The media-plan grid's key of a period column (media-plans' `periodColumnKey`). */
const PERIOD_COLUMN = 'p:';

export type MediaPlanCommentsSideProps = Omit<CommentsProviderProps, 'children' | 'describe'> & {
  doc: Y.Doc;
};

/** The grid cell that last had the focus: its row and, for a period column, its period. */
function useFocusedCell(): { rowId: string; period: string | null } | null {
  const [cell, setCell] = useState<{ rowId: string; period: string | null } | null>(null);
  useEffect(() => {
    const read = (event: FocusEvent) => {
      const element =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>('[data-mp-cell]')
          : null;
      const rowId = element?.dataset.row;
      if (!rowId) return;
      const column = element.dataset.col ?? '';
      setCell({
        rowId,
        period: column.startsWith(PERIOD_COLUMN) ? column.slice(PERIOD_COLUMN.length) : null,
      });
    };
    document.addEventListener('focusin', read);
    return () => document.removeEventListener('focusin', read);
  }, []);
  return cell;
}

/**
 * Marks commented cells and rows in the grid (an attribute its stylesheet draws as a corner
 * mark). The grid draws only the rows in view and redraws them as it scrolls, so the marks
 * are put back whenever its rows change.
 */
function useGridMarks(marks: ReadonlySet<string>): void {
  useEffect(() => {
    const grid = document.querySelector('[data-testid="media-plan-grid"]');
    if (!grid) return;
    const apply = () => {
      for (const cell of grid.querySelectorAll<HTMLElement>('[data-mp-cell]')) {
        const row = cell.dataset.row ?? '';
        const column = cell.dataset.col ?? '';
        const period = column.startsWith(PERIOD_COLUMN) ? column.slice(PERIOD_COLUMN.length) : null;
        const marked = period
          ? marks.has(`${row}|${period}`)
          : column === 'actions' && marks.has(row);
        if (marked !== cell.hasAttribute('data-comment-open')) {
          cell.toggleAttribute('data-comment-open', marked);
        }
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(grid, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [marks]);
}

/**
 * Comments on a media plan: on the focused cell (row and period) or its whole row, the
 * threads listed with the rows' names, and a mark on each cell or row with open threads.
 */
export function MediaPlanCommentsSide({ doc, ...provider }: MediaPlanCommentsSideProps) {
  const describe = useMemo(
    () => ({
      row: (rowId: string) => {
        const row = Object.values(readPlan(doc).blocks)
          .flat()
          .find((candidate) => candidate.id === rowId);
        return row ? [row.channel, row.activity].filter(Boolean).join(' · ') || rowId : rowId;
      },
    }),
    [doc],
  );
  return (
    <CommentsProvider {...provider} describe={describe}>
      <MediaPlanComments documentId={provider.documentId} />
    </CommentsProvider>
  );
}

function MediaPlanComments({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const { capability, describe } = useCommentsContext();
  const { threads } = useCommentPreviews(documentId);
  const cell = useFocusedCell();
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<{ anchor: CommentAnchorInput; label: string } | null>(
    null,
  );
  const marks = useMemo(
    () =>
      new Set(
        threads
          .filter((thread) => thread.status === 'OPEN' && thread.anchor.rowId)
          .map((thread) =>
            thread.anchor.kind === 'CELL'
              ? `${thread.anchor.rowId}|${thread.anchor.period}`
              : (thread.anchor.rowId ?? ''),
          ),
      ),
    [threads],
  );
  useGridMarks(marks);
  const rowName = (rowId: string) => describe?.row?.(rowId) ?? rowId;

  return (
    <Stack gap="xs" data-testid="media-plan-comments">
      {capability.canComment && (
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            disabled={!cell?.period}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() =>
              cell?.period &&
              setPending({
                anchor: { kind: 'CELL', rowId: cell.rowId, period: cell.period },
                label: t('comments.anchor.cell', { row: rowName(cell.rowId), period: cell.period }),
              })
            }
          >
            {t('comments.onCell')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            disabled={!cell}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() =>
              cell &&
              setPending({
                anchor: { kind: 'ROW', rowId: cell.rowId },
                label: t('comments.anchor.row', { row: rowName(cell.rowId) }),
              })
            }
          >
            {t('comments.onRow')}
          </Button>
        </Group>
      )}
      {pending && (
        <NewThreadComposer
          anchor={pending.anchor}
          label={pending.label}
          onCancel={() => setPending(null)}
          onStarted={(id) => {
            setPending(null);
            if (id) setActive(id);
          }}
        />
      )}
      <CommentThreadList documentId={documentId} activeThreadId={active} onActivate={setActive} />
    </Stack>
  );
}
