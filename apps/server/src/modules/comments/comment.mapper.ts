import { DELETE_WINDOW_MINUTES } from './comment-rules.js';
import type { CommentModel, CommentThreadModel } from './comment.model.js';
import type { StoredComment, ThreadRow, ViewerKey } from './comments.repository.js';

/** The reader of a thread, as the mapper needs them. */
export interface MappingViewer extends ViewerKey {
  /** Moderators read the body of a hidden comment; everyone else sees only the reason. */
  moderator: boolean;
  now: Date;
}

export function toThreadModel(row: ThreadRow, viewer: MappingViewer): CommentThreadModel {
  return {
    id: row.id,
    documentId: row.document_id,
    anchor: {
      kind: row.anchor_kind,
      field: row.anchor_field,
      start: row.anchor_start,
      end: row.anchor_end,
      quote: row.anchor_quote,
      rowId: row.anchor_row_id,
      period: row.anchor_period,
      network: row.anchor_network,
    },
    visibility: row.visibility,
    status: row.status,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    resolvedAt: row.resolved_at,
    resolvedByName: row.resolved_by_name,
    escalationTopics: row.escalation_topics,
    comments: (row.comments ?? []).map((comment) => toCommentModel(row.id, comment, viewer)),
    commentCount: row.comment_count ?? 0,
  };
}

function toCommentModel(
  threadId: string,
  stored: StoredComment,
  viewer: MappingViewer,
): CommentModel {
  const deleted = stored.deletedAt !== null;
  const hidden = stored.hiddenAt !== null;
  const own =
    (viewer.userId !== null && stored.authorId === viewer.userId) ||
    (viewer.guestSessionId !== null && stored.guestSessionId === viewer.guestSessionId);
  const createdAt = new Date(stored.createdAt);
  const inWindow = viewer.now.getTime() - createdAt.getTime() < DELETE_WINDOW_MINUTES * 60_000;
  const guest = stored.authorId === null && stored.guestSessionId !== null;
  return {
    id: stored.id,
    threadId,
    author: {
      userId: stored.authorId,
      name: guest ? stored.guestName : stored.authorName,
      guest,
    },
    body: deleted || (hidden && !viewer.moderator) ? '' : stored.body,
    mentions: deleted ? [] : (stored.mentions ?? []),
    createdAt,
    editedAt: stored.editedAt ? new Date(stored.editedAt) : null,
    deleted,
    hiddenReason: hidden ? stored.hiddenReason : null,
    reactions: deleted ? [] : (stored.reactions ?? []),
    canEdit: own && !deleted && !hidden,
    canDelete: own && !deleted && inWindow,
  };
}
