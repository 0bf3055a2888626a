import { useMemo, type ReactNode } from 'react';
import { useCommentActions } from '../hooks/use-comment-actions';
import { useMentionCandidates, useReplyTemplates } from '../hooks/use-comment-helpers';
import { useCommentThreadsLive } from '../hooks/use-comment-threads';
import type { CommentCapability } from '../model';
import { CommentsContext, type CommentsContextValue } from './comments-context';

export interface CommentsProviderProps extends CommentCapability {
  documentId: string;
  /** The workspace and brand, for the people a comment may mention (team members only). */
  workspaceId?: string | null;
  brandId?: string | null;
  describe?: CommentsContextValue['describe'];
  children: ReactNode;
}

/**
 * The comments of one document for everything below it: the actions, the viewer's
 * capability, the brand's members to mention, the reply templates (moderators) — and the
 * live subscription that refetches the thread lists when someone else changes a thread.
 */
export function CommentsProvider({
  documentId,
  canComment,
  isGuest,
  canModerate = false,
  userId = null,
  workspaceId = null,
  brandId = null,
  describe,
  children,
}: CommentsProviderProps) {
  const actions = useCommentActions(documentId);
  const candidates = useMentionCandidates(isGuest ? null : workspaceId, isGuest ? null : brandId);
  const templates = useReplyTemplates(documentId, canModerate && !isGuest);
  useCommentThreadsLive(documentId);
  const value = useMemo<CommentsContextValue>(
    () => ({
      actions,
      capability: { canComment, isGuest, canModerate, userId },
      candidates,
      templates,
      toneBrandId: isGuest ? null : brandId,
      ...(describe ? { describe } : {}),
    }),
    [actions, canComment, isGuest, canModerate, userId, candidates, templates, describe, brandId],
  );
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}
