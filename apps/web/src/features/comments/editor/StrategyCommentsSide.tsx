import { Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  strategyAnchorFor,
  strategyBindingOf,
  type NewTextAnchor,
} from '../anchors/strategy-anchors';
import { CommentComposer } from '../components/CommentComposer';
import { useCommentsContext } from '../components/comments-context';
import { CommentsProvider, type CommentsProviderProps } from '../components/CommentsProvider';
import { CommentThreadList } from '../components/CommentsPanel';
import { useCommentThreads } from '../hooks/use-comment-threads';
import { CommentMargin } from './CommentMargin';
import { useEditorComments } from './use-editor-comments';
import '../comments.css';

export type StrategyCommentsSideProps = Omit<CommentsProviderProps, 'children'> & {
  /** The live strategy editor (bound to the document's Y.Doc). */
  editor: Editor;
};

/**
 * Comments in the strategy editor, for the team and for guests alike (the capability comes
 * in as props): highlighted anchors, threads in the margin beside them, "Comment" on the
 * selection (button or Mod-Alt-M) with its composer, and the panel of all threads.
 */
export function StrategyCommentsSide({ editor, ...provider }: StrategyCommentsSideProps) {
  return (
    <CommentsProvider {...provider}>
      <StrategyComments editor={editor} documentId={provider.documentId} />
    </CommentsProvider>
  );
}

interface Pending extends NewTextAnchor {
  from: number;
}

function StrategyComments({ editor, documentId }: { editor: Editor; documentId: string }) {
  const { t } = useTranslation();
  const { actions, capability, candidates } = useCommentsContext();
  const { threads } = useCommentThreads(documentId);
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [panel, setPanel] = useState(false);
  const [hasSelection, setHasSelection] = useState(false);

  useEffect(() => {
    const read = () => setHasSelection(!editor.isDestroyed && !editor.state.selection.empty);
    editor.on('selectionUpdate', read);
    return () => {
      editor.off('selectionUpdate', read);
    };
  }, [editor]);

  const startComment = useCallback(() => {
    if (!capability.canComment || editor.isDestroyed) return;
    const { from, to, empty } = editor.state.selection;
    const binding = strategyBindingOf(editor.state);
    if (empty || !binding) return;
    const anchor = strategyAnchorFor(binding, editor.state.doc, from, to);
    if (!anchor.quote.trim()) return;
    setPanel(false);
    setPending({ ...anchor, from });
  }, [editor, capability.canComment]);
  const activate = useCallback((id: string | null) => {
    setActive(id);
    if (id) setPanel(false);
  }, []);
  const onActivate = useCallback((id: string) => activate(id), [activate]);

  const resolved = useEditorComments(editor, threads, active, {
    onActivate,
    onShortcut: startComment,
  });

  const composer = pending && (
    <Paper withBorder p="xs" data-testid="new-comment">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" lineClamp={2} dir="auto">
          {t('comments.anchor.text', { quote: pending.quote })}
        </Text>
        <CommentComposer
          autoFocus
          candidates={capability.isGuest ? [] : candidates}
          visibility={{
            choose: !capability.isGuest,
            initial: capability.isGuest ? 'EXTERNAL' : 'INTERNAL',
          }}
          submitLabel={t('comments.send')}
          placeholder={t('comments.placeholder')}
          onCancel={() => setPending(null)}
          onSubmit={async (draft) => {
            const id = await actions.start(
              { kind: 'TEXT', start: pending.start, end: pending.end, quote: pending.quote },
              capability.isGuest ? { ...draft, visibility: 'EXTERNAL' } : draft,
            );
            setPending(null);
            if (id) setActive(id);
          }}
        />
      </Stack>
    </Paper>
  );

  return (
    <Stack gap="xs" className="strategy-comments" data-testid="strategy-comments">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        {capability.canComment ? (
          <Tooltip label={hasSelection ? t('comments.commentHint') : t('comments.selectFirst')}>
            <Button
              size="compact-sm"
              variant="light"
              onMouseDown={(event) => event.preventDefault()}
              onClick={startComment}
              disabled={!hasSelection}
              aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
              data-testid="comment-on-selection"
            >
              {t('comments.comment')}
            </Button>
          </Tooltip>
        ) : (
          <span />
        )}
        <Button
          size="compact-sm"
          variant={panel ? 'filled' : 'subtle'}
          aria-pressed={panel}
          onClick={() => setPanel((open) => !open)}
        >
          {t('comments.showPanel')}
        </Button>
      </Group>
      {panel ? (
        <CommentThreadList
          documentId={documentId}
          activeThreadId={active}
          onActivate={activate}
          resolved={resolved}
        />
      ) : (
        <CommentMargin
          editor={editor}
          threads={threads}
          resolved={resolved}
          active={active}
          onActivate={activate}
          pending={pending && composer ? { at: pending.from, node: composer } : null}
        />
      )}
    </Stack>
  );
}
