import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GuestPrincipal, Principal } from '../../src/modules/access/index.js';
import { CommentsLiveResolver } from '../../src/modules/comments/comments-live.resolver.js';
import { CommentThreadsService } from '../../src/modules/comments/comment-threads.service.js';
import { CommentsService } from '../../src/modules/comments/comments.service.js';
import type { GraphQLClient } from '../support/graphql.js';

export const COMMENT_FIELDS = `id threadId author { userId name guest } body mentions createdAt editedAt
  deleted hiddenReason reactions { emoji count mine } canEdit canDelete`;
export const THREAD_FIELDS = `id documentId visibility status createdAt lastActivityAt resolvedAt resolvedByName
  escalationTopics commentCount
  anchor { kind field start end quote rowId period network }
  comments { ${COMMENT_FIELDS} }`;

export const THREADS = `query($d: ID!, $f: CommentThreadFilter) { commentThreads(documentId: $d, filter: $f) { ${THREAD_FIELDS} } }`;
export const THREAD_PAGE = `query($d: ID!, $f: CommentThreadFilter, $n: Int, $a: String) {
  commentThreadPage(documentId: $d, filter: $f, first: $n, after: $a) {
    threads { ${THREAD_FIELDS} } nextCursor } }`;
export const THREAD_PREVIEWS = `query($d: ID!) { commentThreadPreviews(documentId: $d) {
  id documentId visibility status createdAt lastActivityAt resolvedAt resolvedByName
  escalationTopics commentCount anchor { kind field start end quote rowId period network }
  firstComment { ${COMMENT_FIELDS} } } }`;
export const ONE_THREAD = `query($id: ID!) { commentThread(id: $id) { ${THREAD_FIELDS} } }`;
export const CREATE_THREAD = `mutation($i: CreateCommentThreadInput!) { createCommentThread(input: $i) { ${THREAD_FIELDS} } }`;
export const REPLY = `mutation($i: ReplyToCommentThreadInput!) { replyToCommentThread(input: $i) { ${THREAD_FIELDS} } }`;
export const EDIT = `mutation($i: EditCommentInput!) { editComment(input: $i) { ${THREAD_FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deleteComment(commentId: $id) { ${THREAD_FIELDS} } }`;
export const HIDE = `mutation($i: HideCommentInput!) { hideComment(input: $i) { ${THREAD_FIELDS} } }`;
export const RESOLVE = `mutation($id: ID!) { resolveCommentThread(threadId: $id) { ${THREAD_FIELDS} } }`;
export const REOPEN = `mutation($id: ID!) { reopenCommentThread(threadId: $id) { ${THREAD_FIELDS} } }`;
export const REACT = `mutation($i: ToggleCommentReactionInput!) { toggleCommentReaction(input: $i) { ${THREAD_FIELDS} } }`;
export const TEMPLATES = `query($d: ID!) { commentReplyTemplates(documentId: $d) { id name language body variables { name required description } } }`;

export interface CommentView {
  id: string;
  threadId: string;
  author: { userId: string | null; name: string | null; guest: boolean };
  body: string;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hiddenReason: string | null;
  reactions: Array<{ emoji: string; count: number; mine: boolean }>;
  canEdit: boolean;
  canDelete: boolean;
}

export interface ThreadView {
  id: string;
  documentId: string;
  visibility: 'INTERNAL' | 'EXTERNAL';
  status: 'OPEN' | 'RESOLVED';
  resolvedAt: string | null;
  resolvedByName: string | null;
  escalationTopics: string[];
  commentCount: number;
  anchor: {
    kind: string;
    field: string | null;
    start: string | null;
    end: string | null;
    quote: string | null;
    rowId: string | null;
    period: string | null;
    network: string | null;
  };
  comments: CommentView[];
}

/** A whole-post anchor: the simplest one (GraphQL's enum name). */
export const POST_ANCHOR = { kind: 'POST' };
/** The same as a service receives it (the enum's value). */
export const WHOLE_POST = { kind: 'post' };

export async function threadsOf(
  client: GraphQLClient,
  documentId: string,
  filter?: Record<string, unknown>,
): Promise<ThreadView[]> {
  return (
    await client.ok<{ commentThreads: ThreadView[] }>(THREADS, { d: documentId, f: filter ?? null })
  ).commentThreads;
}

export async function startThread(
  client: GraphQLClient,
  documentId: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<ThreadView> {
  return (
    await client.ok<{ createCommentThread: ThreadView }>(CREATE_THREAD, {
      i: { documentId, anchor: POST_ANCHOR, body, ...extra },
    })
  ).createCommentThread;
}

export async function replyTo(
  client: GraphQLClient,
  threadId: string,
  body: string,
  mentions?: string[],
): Promise<ThreadView> {
  return (
    await client.ok<{ replyToCommentThread: ThreadView }>(REPLY, {
      i: { threadId, body, mentions: mentions ?? null },
    })
  ).replyToCommentThread;
}

/**
 * A guest as the share links module will make one after a redemption: built by hand here,
 * so the comment rules are tested for guests whatever the link machinery does.
 */
export function guestOn(
  brandId: string,
  documentId: string,
  capability: GuestPrincipal['capability'],
  name = 'Client Linh',
): GuestPrincipal {
  return {
    kind: 'guest',
    guestSessionId: randomUUID(),
    shareLinkId: randomUUID(),
    capability,
    brandId,
    resource: { kind: 'document', documentId },
    name,
  };
}

/** The comment services of the app, for calls as a hand-built guest. */
export function commentServices(app: NestExpressApplication) {
  const threads = app.get(CommentThreadsService, { strict: false });
  const comments = app.get(CommentsService, { strict: false });
  const live = app.get(CommentsLiveResolver, { strict: false });
  return { threads, comments, live };
}

/** The code of the AppError a service call throws, or null when it succeeds. */
export async function codeOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!code) throw error;
    return code;
  }
}

export type { Principal };
