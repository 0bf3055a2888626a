import { can } from '@chorus/permissions';
import type { DocumentAccess } from '../access/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { MappingViewer } from './comment.mapper.js';
import type { ThreadFacts } from './comments.repository.js';

/** Someone allowed on a document, as the comment rules see them. */
export interface CommentViewer extends MappingViewer {
  access: DocumentAccess;
  /** The guest's name (for a guest); null for a team member. */
  guestName: string | null;
}

export function viewerOf(access: DocumentAccess): CommentViewer {
  const guest = access.principal.kind === 'guest' ? access.principal : null;
  const userId = access.principal.kind === 'user' ? access.principal.userId : null;
  return {
    access,
    userId,
    guestSessionId: guest?.guestSessionId ?? null,
    guestName: guest?.name ?? null,
    reactor: guest ? `g:${guest.guestSessionId}` : `u:${userId}`,
    // Team members (users allowed on the brand) see internal threads; a guest never does.
    seesInternal: guest === null,
    moderator: can(access.roles, 'comment.moderate'),
    now: new Date(),
  };
}

/**
 * A thread as the viewer may know it: a guest asking about an internal thread gets the same
 * NOT_FOUND as for an id that does not exist.
 */
export function visibleThread<T extends ThreadFacts>(thread: T | null, viewer: CommentViewer): T {
  if (!thread || thread.documentId !== viewer.access.documentId) {
    throw AppError.notFound('The thread');
  }
  if (thread.visibility === 'internal' && !viewer.seesInternal)
    throw AppError.notFound('The thread');
  return thread;
}

/** Whether the viewer wrote this (a team member by id, a guest by their session). */
export function isAuthor(
  viewer: CommentViewer,
  author: { authorId: string | null; guestSessionId: string | null },
): boolean {
  if (viewer.userId) return author.authorId === viewer.userId;
  return viewer.guestSessionId !== null && author.guestSessionId === viewer.guestSessionId;
}
