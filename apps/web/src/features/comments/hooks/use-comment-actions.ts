import { useApolloClient, useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type { CommentAnchorInput } from '../../../gql/graphql';
import {
  CommentThreadPreviewsQuery,
  CreateCommentThreadMutation,
  DeleteCommentMutation,
  EditCommentMutation,
  HideCommentMutation,
  ReopenCommentThreadMutation,
  ReplyToCommentThreadMutation,
  ResolveCommentThreadMutation,
  ToggleCommentReactionMutation,
} from '../graphql/comments.graphql';
import type { CommentDraft } from '../model';
import { THREAD_LISTS } from './use-comment-threads';

/** Everything one may do with a document's comments; each resolves when the server agreed. */
export interface CommentActions {
  start: (anchor: CommentAnchorInput, draft: CommentDraft) => Promise<string | null>;
  reply: (threadId: string, draft: Omit<CommentDraft, 'visibility'>) => Promise<void>;
  edit: (commentId: string, draft: Omit<CommentDraft, 'visibility'>) => Promise<void>;
  remove: (commentId: string) => Promise<void>;
  hide: (commentId: string, reason: string) => Promise<void>;
  resolve: (threadId: string) => Promise<void>;
  reopen: (threadId: string) => Promise<void>;
  react: (commentId: string, emoji: string) => Promise<void>;
}

/**
 * The comment mutations of a document. Each answers with the changed thread (the cache
 * updates every list showing it); starting a thread or deleting one's last comment changes
 * which threads exist, so the lists are fetched again then.
 */
export function useCommentActions(documentId: string): CommentActions {
  const client = useApolloClient();
  const [create] = useMutation(CreateCommentThreadMutation);
  const [replyTo] = useMutation(ReplyToCommentThreadMutation);
  const [editComment] = useMutation(EditCommentMutation);
  const [deleteComment] = useMutation(DeleteCommentMutation);
  const [hideComment] = useMutation(HideCommentMutation);
  const [resolveThread] = useMutation(ResolveCommentThreadMutation);
  const [reopenThread] = useMutation(ReopenCommentThreadMutation);
  const [toggleReaction] = useMutation(ToggleCommentReactionMutation);

  return useMemo(() => {
    // A change answers its thread (the cache updates every list holding it); the previews are
    // a type of their own, and a new or vanished thread changes the lists themselves.
    const refetchLists = () => client.refetchQueries({ include: THREAD_LISTS });
    const refetchPreviews = () =>
      client.refetchQueries({ include: [CommentThreadPreviewsQuery] }).catch(() => undefined);
    return {
      start: async (anchor, draft) => {
        const { data } = await create({
          variables: {
            input: {
              documentId,
              anchor,
              visibility: draft.visibility,
              body: draft.body,
              mentions: [...draft.mentions],
            },
          },
        });
        await refetchLists();
        return data?.createCommentThread.id ?? null;
      },
      reply: async (threadId, draft) => {
        await replyTo({
          variables: { input: { threadId, body: draft.body, mentions: [...draft.mentions] } },
        });
        await refetchPreviews();
      },
      edit: async (commentId, draft) => {
        await editComment({
          variables: { input: { commentId, body: draft.body, mentions: [...draft.mentions] } },
        });
        await refetchPreviews();
      },
      remove: async (commentId) => {
        const { data } = await deleteComment({ variables: { commentId } });
        if (!data?.deleteComment) await refetchLists();
        else await refetchPreviews();
      },
      hide: async (commentId, reason) => {
        await hideComment({ variables: { input: { commentId, reason } } });
        await refetchPreviews();
      },
      resolve: async (threadId) => {
        await resolveThread({ variables: { threadId } });
        await refetchLists();
      },
      reopen: async (threadId) => {
        await reopenThread({ variables: { threadId } });
        await refetchLists();
      },
      react: async (commentId, emoji) => {
        await toggleReaction({ variables: { input: { commentId, emoji } } });
        await refetchPreviews();
      },
    };
  }, [
    client,
    documentId,
    create,
    replyTo,
    editComment,
    deleteComment,
    hideComment,
    resolveThread,
    reopenThread,
    toggleReaction,
  ]);
}
