import '@mantine/core/styles/SegmentedControl.css';
import { Button, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import { useCommentThreadPages } from '../hooks/use-comment-threads';
import type { CommentFilter } from '../model';
import { CommentThreadCard } from './CommentThreadCard';
import { useCommentsContext } from './comments-context';
import { CommentsProvider, type CommentsProviderProps } from './CommentsProvider';
import '../comments.css';

type FilterName = 'all' | 'open' | 'mine' | 'mentions' | 'external';

const FILTERS: Record<FilterName, CommentFilter> = {
  all: {},
  open: { status: 'OPEN' },
  mine: { mine: true },
  mentions: { mentions: true },
  external: { external: true },
};

export interface CommentThreadListProps {
  documentId: string;
  activeThreadId?: string | null;
  onActivate?: (threadId: string | null) => void;
  /** Where text anchors are now, by thread id (the editor resolves them). */
  resolved?: ReadonlyMap<string, ResolvedAnchor>;
  /** Shown above the list (a composer for a new thread). */
  header?: ReactNode;
}

/**
 * Every thread of the document, filtered (open, mine, mentions, external), with replies,
 * most recently active first, a page at a time ("Show more threads").
 */
export function CommentThreadList({
  documentId,
  activeThreadId = null,
  onActivate,
  resolved,
  header,
}: CommentThreadListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { capability } = useCommentsContext();
  const [filter, setFilter] = useState<FilterName>('all');
  const [pages, setPages] = useState(1);
  const [ownActive, setOwnActive] = useState<string | null>(null);
  const {
    threads: shown,
    hasMore,
    loading,
    loadingMore,
    error,
  } = useCommentThreadPages(documentId, FILTERS[filter], pages);
  const active = onActivate ? activeThreadId : ownActive;
  const activate = onActivate ?? setOwnActive;
  const names: FilterName[] = capability.isGuest
    ? ['all', 'open', 'mine']
    : ['all', 'open', 'mine', 'mentions', 'external'];

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid="comments-panel">
      <Title order={2} size="h5" id={headingId}>
        {t('comments.title')}
      </Title>
      <SegmentedControl
        size="xs"
        value={filter}
        onChange={(value) => {
          setFilter(value);
          setPages(1);
        }}
        aria-label={t('comments.filters.label')}
        data={names.map((name) => ({ value: name, label: t(`comments.filters.${name}`) }))}
        fullWidth
      />
      {header}
      {error && !loading && shown.length === 0 && <FormAlert message={t('comments.loadFailed')} />}
      {loading && <Text size="sm">{t('comments.loading')}</Text>}
      {!loading && !error && shown.length === 0 && (
        <Text size="sm" c="dimmed">
          {filter === 'all' ? t('comments.empty') : t('comments.emptyFiltered')}
        </Text>
      )}
      {shown.map((thread) => (
        <CommentThreadCard
          key={thread.id}
          thread={thread}
          resolved={resolved?.get(thread.id)}
          active={thread.id === active}
          onActivate={activate}
        />
      ))}
      {hasMore && (
        <Button
          size="compact-sm"
          variant="subtle"
          loading={loadingMore}
          onClick={() => setPages((count) => count + 1)}
          data-testid="comments-more"
        >
          {t('comments.showMore')}
        </Button>
      )}
    </Stack>
  );
}

export type CommentsPanelProps = Omit<CommentsProviderProps, 'children'> &
  Omit<CommentThreadListProps, 'documentId'>;

/**
 * The comments panel of a document, ready to drop on a page (the team's document pages and
 * the guests' `/s/:token` pages): the viewer's capability comes in as props — `canComment`,
 * `isGuest` (external threads only, no mentions), `canModerate`.
 */
export function CommentsPanel({
  activeThreadId,
  onActivate,
  resolved,
  header,
  ...provider
}: CommentsPanelProps) {
  return (
    <CommentsProvider {...provider}>
      <CommentThreadList
        documentId={provider.documentId}
        activeThreadId={activeThreadId}
        onActivate={onActivate}
        resolved={resolved}
        header={header}
      />
    </CommentsProvider>
  );
}
