import { Button, Group, Stack, Tooltip } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  strategyAnchorFor,
  strategyBindingOf,
  type NewTextAnchor,
} from '../anchors/strategy-anchors';
import { useCommentsContext } from '../components/comments-context';
import { CommentsProvider, type CommentsProviderProps } from '../components/CommentsProvider';
import { CommentThreadList } from '../components/CommentsPanel';
import { NewThreadComposer } from '../components/NewThreadComposer';
import { useCommentPreviews, useWholeThreads } from '../hooks/use-comment-threads';
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
  const { capability } = useCommentsContext();
  const { threads: previews } = useCommentPreviews(documentId);
  const [active, setActive] = useState<string | null>(null);
  const threads = useWholeThreads(previews, active);
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

  const resolved = useEditorComments(editor, previews, active, {
    onActivate,
    onShortcut: startComment,
  });

  const composer = pending && (
    <NewThreadComposer
      anchor={{ kind: 'TEXT', start: pending.start, end: pending.end, quote: pending.quote }}
      label={t('comments.anchor.text', { quote: pending.quote })}
      onCancel={() => setPending(null)}
      onStarted={(id) => {
        setPending(null);
        if (id) setActive(id);
      }}
    />
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
