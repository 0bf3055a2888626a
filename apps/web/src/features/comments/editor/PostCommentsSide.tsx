import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import { postAnchorFor, postFieldText, resolvePostAnchor } from '../anchors/post-anchors';
import { useCommentsContext } from '../components/comments-context';
import { CommentsProvider, type CommentsProviderProps } from '../components/CommentsProvider';
import { CommentThreadList } from '../components/CommentsPanel';
import { NewThreadComposer } from '../components/NewThreadComposer';
import { useCommentPreviews } from '../hooks/use-comment-threads';
import type { CommentAnchorInput } from '../../../gql/graphql';
import '../comments.css';

/** A range of one of the post's texts, as the editor last saw it selected. */
export interface PostTextSelection {
  /** `body`, `firstComment` or a network id (its own text). */
  field: string;
  text: Y.Text;
  from: number;
  to: number;
}

export type PostCommentsSideProps = Omit<CommentsProviderProps, 'children'> & {
  doc: Y.Doc;
  /** The network whose tab is open, or null on the base text. */
  network: string | null;
  /** The text selected in the post's fields now, if any. */
  selection: () => PostTextSelection | null;
};

/**
 * Comments on a post: on the whole post, on the open network's version, or on the text
 * selected in one of its fields (anchored by Yjs relative positions; "on deleted text" once
 * the words are gone), with the list of all threads and their filters.
 */
export function PostCommentsSide({ doc, network, selection, ...provider }: PostCommentsSideProps) {
  return (
    <CommentsProvider {...provider}>
      <PostComments
        doc={doc}
        network={network}
        selection={selection}
        documentId={provider.documentId}
      />
    </CommentsProvider>
  );
}

/** Where each text thread of the post is now; read again whenever the post changes. */
function usePostAnchors(doc: Y.Doc, documentId: string): ReadonlyMap<string, ResolvedAnchor> {
  const { threads } = useCommentPreviews(documentId);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((current) => current + 1), 150);
    };
    doc.on('update', changed);
    return () => {
      clearTimeout(timer);
      doc.off('update', changed);
    };
  }, [doc]);
  return useMemo(() => {
    void version;
    const resolved = new Map<string, ResolvedAnchor>();
    for (const thread of threads) {
      if (thread.anchor.kind !== 'TEXT') continue;
      resolved.set(
        thread.id,
        resolvePostAnchor(doc, postFieldText(doc, thread.anchor.field), thread.anchor),
      );
    }
    return resolved;
  }, [doc, threads, version]);
}

function PostComments({
  doc,
  network,
  selection,
  documentId,
}: Omit<PostCommentsSideProps, keyof Omit<CommentsProviderProps, 'children' | 'documentId'>>) {
  const { t } = useTranslation();
  const { capability } = useCommentsContext();
  const resolved = usePostAnchors(doc, documentId);
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<{ anchor: CommentAnchorInput; label: string } | null>(
    null,
  );

  const onSelection = () => {
    const selected = selection();
    if (!selected || selected.to <= selected.from) return;
    const anchor = postAnchorFor(selected.text, selected.from, selected.to);
    if (!anchor.quote.trim()) return;
    setPending({
      anchor: {
        kind: 'TEXT',
        field: selected.field,
        start: anchor.start,
        end: anchor.end,
        quote: anchor.quote,
      },
      label: t('comments.anchor.text', { quote: anchor.quote }),
    });
  };

  return (
    <Stack gap="xs" data-testid="post-comments">
      {capability.canComment && (
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            onClick={() =>
              setPending({ anchor: { kind: 'POST' }, label: t('comments.anchor.post') })
            }
          >
            {t('comments.onPost')}
          </Button>
          {network && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() =>
                setPending({
                  anchor: { kind: 'VARIANT', network },
                  label: t('comments.anchor.variant', { network }),
                })
              }
            >
              {t('comments.onVariant')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="light"
            // Keeps the field's selection while the button is pressed.
            onMouseDown={(event) => event.preventDefault()}
            onClick={onSelection}
          >
            {t('comments.onSelection')}
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
      <CommentThreadList
        documentId={documentId}
        activeThreadId={active}
        onActivate={setActive}
        resolved={resolved}
      />
    </Stack>
  );
}
