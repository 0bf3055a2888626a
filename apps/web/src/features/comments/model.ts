/*
 * What the comments feature shows, in the shapes of the server's GraphQL types (the
 * generated fragment types fit them): components take these, hooks hand them over.
 */

export type CommentAnchorKind = 'TEXT' | 'CELL' | 'ROW' | 'POST' | 'VARIANT';
export type CommentVisibility = 'INTERNAL' | 'EXTERNAL';
export type CommentThreadStatus = 'OPEN' | 'RESOLVED';

/** Where a thread is: a text range, a media-plan cell or row, a post or a network variant. */
export interface CommentAnchorView {
  readonly kind: CommentAnchorKind;
  readonly field?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly quote?: string | null;
  readonly rowId?: string | null;
  readonly period?: string | null;
  readonly network?: string | null;
}

export interface CommentReactionView {
  readonly emoji: string;
  readonly count: number;
  readonly mine: boolean;
}

export interface CommentView {
  readonly id: string;
  readonly threadId: string;
  readonly author: {
    readonly userId?: string | null;
    readonly name?: string | null;
    readonly guest: boolean;
  };
  readonly body: string;
  readonly mentions: readonly string[];
  readonly createdAt: unknown;
  readonly editedAt?: unknown;
  readonly deleted: boolean;
  readonly hiddenReason?: string | null;
  readonly reactions: readonly CommentReactionView[];
  readonly canEdit: boolean;
  readonly canDelete: boolean;
}

export interface CommentThreadView {
  readonly id: string;
  readonly documentId: string;
  readonly anchor: CommentAnchorView;
  readonly visibility: CommentVisibility;
  readonly status: CommentThreadStatus;
  readonly createdAt: unknown;
  readonly lastActivityAt: unknown;
  readonly resolvedAt?: unknown;
  readonly resolvedByName?: string | null;
  readonly escalationTopics: readonly string[];
  readonly comments: readonly CommentView[];
  readonly commentCount: number;
}

/** A filter of the panel: the server's `CommentThreadFilter`. */
export interface CommentFilter {
  readonly status?: CommentThreadStatus | null;
  readonly mine?: boolean | null;
  readonly mentions?: boolean | null;
  readonly external?: boolean | null;
}

/** Someone who may be mentioned (a member of the brand). */
export interface MentionCandidate {
  readonly id: string;
  readonly name: string;
}

/** What the viewer may do with comments here. */
export interface CommentCapability {
  /** May start threads and reply (comment.create, or a guest's comment/approve link). */
  readonly canComment: boolean;
  /** A guest on a share link: only external threads exist for them, no mentions. */
  readonly isGuest: boolean;
  /** May hide comments, resolve and reopen any thread, answer with templates (comment.moderate). */
  readonly canModerate?: boolean;
  /** The viewer's user id (their own threads count as "mine"); null for a guest. */
  readonly userId?: string | null;
}

/** A new comment as the composer hands it over. */
export interface CommentDraft {
  readonly body: string;
  readonly mentions: readonly string[];
  readonly visibility: CommentVisibility;
}

/** The longest comment body the composer accepts (the server has its own limit). */
export const COMMENT_MAX_LENGTH = 10_000;

/** The reactions offered under each comment. */
export const REACTION_EMOJI = ['👍', '❤️', '🎉', '😄', '👀', '✅'] as const;
