import { createContext, useContext } from 'react';
import type { CommentActions } from '../hooks/use-comment-actions';
import type { ReplyTemplate } from '../hooks/use-comment-helpers';
import type { CommentCapability, MentionCandidate } from '../model';

/** What every thread of a document shares: the actions, who is looking, whom to mention. */
export interface CommentsContextValue {
  readonly actions: CommentActions;
  readonly capability: CommentCapability;
  readonly candidates: readonly MentionCandidate[];
  readonly templates: readonly ReplyTemplate[];
  /** The brand whose tone-of-voice guideline checks what is typed; null for guests (they do not read it). */
  readonly toneBrandId?: string | null;
  /** Describes a media-plan row or period for anchors (the plan's own labels). */
  readonly describe?: { row?: (rowId: string) => string; period?: (key: string) => string };
}

export const CommentsContext = createContext<CommentsContextValue | null>(null);

export function useCommentsContext(): CommentsContextValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error('Comments need a CommentsContext provider');
  return value;
}
