import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../access/index.js';
import type { AnchorKind, ThreadStatus, ThreadVisibility } from './comment.entities.js';

/** Who reads: what they may see and how their own comments and reactions are recognised. */
export interface ViewerKey {
  userId: string | null;
  guestSessionId: string | null;
  /** `u:<id>` or `g:<id>`: the viewer's reactions. */
  reactor: string;
  /** Team members see internal threads; guests only external ones. */
  seesInternal: boolean;
}

export interface ListFilter {
  status?: ThreadStatus | null;
  visibility?: ThreadVisibility | null;
  mine?: boolean;
  mentions?: boolean;
  threadId?: string | null;
}

/** A page of the list: at most `limit` threads after `after` (most recently active first). */
export interface ListPage {
  limit?: number | null;
  /** The last thread of the previous page: its exact activity time (as text) and id. */
  after?: { at: string; id: string } | null;
  /** Each thread with its first comment only (the comment count stays the whole count). */
  preview?: boolean;
}

export interface StoredComment {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
  guestSessionId: string | null;
  guestName: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  hiddenAt: string | null;
  hiddenReason: string | null;
  mentions: string[] | null;
  reactions: Array<{ emoji: string; count: number; mine: boolean }> | null;
}

export interface ThreadRow {
  id: string;
  document_id: string;
  anchor_kind: AnchorKind;
  anchor_field: string | null;
  anchor_start: string | null;
  anchor_end: string | null;
  anchor_quote: string | null;
  anchor_row_id: string | null;
  anchor_period: string | null;
  anchor_network: string | null;
  visibility: ThreadVisibility;
  status: ThreadStatus;
  created_at: Date;
  last_activity_at: Date;
  resolved_at: Date | null;
  resolved_by_name: string | null;
  escalation_topics: string[];
  comments: StoredComment[] | null;
  comment_count: number | null;
  /** `last_activity_at` as PostgreSQL prints it: exact to the microsecond, for cursors. */
  activity_key: string;
}

/** A thread's facts the rules need (for a change). */
export interface ThreadFacts {
  id: string;
  documentId: string;
  brandId: string;
  visibility: ThreadVisibility;
  status: ThreadStatus;
  createdBy: string | null;
  guestSessionId: string | null;
  escalationTopics: string[];
}

/** A comment's facts the rules need, with its thread's. */
export interface CommentFacts {
  id: string;
  body: string;
  authorId: string | null;
  guestSessionId: string | null;
  createdAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  thread: ThreadFacts;
}

/** The document a comment is about: names for events, language for the tone matcher. */
export interface DocumentFacts {
  title: string;
  kind: string;
  language: string | null;
  workspaceId: string;
  brandId: string;
}

/**
 * The comments' queries. The thread list is ONE statement whatever the number of threads:
 * the threads, their comments (authors' names), each comment's mentions and its reactions
 * (counted per emoji, the viewer's own marked) are aggregated as JSON by PostgreSQL.
 */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    documentId: string,
    viewer: ViewerKey,
    filter: ListFilter,
    page: ListPage = {},
  ): Promise<ThreadRow[]> {
    return this.dataSource.query<ThreadRow[]>(THREAD_LIST_SQL, [
      documentId,
      viewer.seesInternal,
      filter.status ?? null,
      filter.visibility ?? null,
      filter.mine === true,
      filter.mentions === true,
      viewer.userId,
      viewer.guestSessionId,
      viewer.reactor,
      filter.threadId ?? null,
      page.limit ?? null,
      page.after?.at ?? null,
      page.after?.id ?? null,
      page.preview === true,
    ]);
  }

  async document(documentId: string, manager?: EntityManager): Promise<DocumentFacts | null> {
    const [row] = await (manager ?? this.dataSource.manager).query<
      Array<{
        title: string;
        kind: string;
        language: string | null;
        workspace_id: string;
        brand_id: string;
      }>
    >(
      `SELECT d.title, d.kind, d.language, b.workspace_id, b.id AS brand_id
         FROM documents d JOIN brands b ON b.id = d.brand_id WHERE d.id = $1`,
      [documentId],
    );
    return row
      ? {
          title: row.title,
          kind: row.kind,
          language: row.language,
          workspaceId: row.workspace_id,
          brandId: row.brand_id,
        }
      : null;
  }

  async thread(
    threadId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<ThreadFacts | null> {
    if (!isUuid(threadId)) return null;
    const [row] = await (manager ?? this.dataSource.manager).query<RawThread[]>(
      `SELECT ${THREAD_FACTS} FROM comment_threads t WHERE t.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [threadId],
    );
    return row ? threadFacts(row) : null;
  }

  async comment(
    commentId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<CommentFacts | null> {
    if (!isUuid(commentId)) return null;
    const [row] = await (manager ?? this.dataSource.manager).query<
      Array<
        RawThread & {
          comment_id: string;
          body: string;
          author_id: string | null;
          comment_guest: string | null;
          comment_created_at: Date;
          deleted_at: Date | null;
          hidden_at: Date | null;
        }
      >
    >(
      `SELECT ${THREAD_FACTS}, c.id AS comment_id, c.body, c.author_id,
              c.guest_session_id AS comment_guest, c.created_at AS comment_created_at,
              c.deleted_at, c.hidden_at
         FROM comments c JOIN comment_threads t ON t.id = c.thread_id
        WHERE c.id = $1${lock ? ' FOR UPDATE OF c, t' : ''}`,
      [commentId],
    );
    if (!row) return null;
    return {
      id: row.comment_id,
      body: row.body,
      authorId: row.author_id,
      guestSessionId: row.comment_guest,
      createdAt: row.comment_created_at,
      deletedAt: row.deleted_at,
      hiddenAt: row.hidden_at,
      thread: threadFacts(row),
    };
  }

  /** Team members who wrote in the thread or started it (reply notifications). */
  async participants(threadId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<Array<{ user_id: string }>>(
      `SELECT created_by AS user_id FROM comment_threads WHERE id = $1 AND created_by IS NOT NULL
       UNION
       SELECT author_id FROM comments WHERE thread_id = $1 AND author_id IS NOT NULL`,
      [threadId],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Open threads per document in ONE statement: all of them (what the team sees) and the
   * external ones (what a guest sees). Documents without any are absent.
   */
  async openCounts(
    documentIds: readonly string[],
  ): Promise<Map<string, { all: number; external: number }>> {
    const ids = [...new Set(documentIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<
      Array<{ document_id: string; open: number; external: number }>
    >(
      `SELECT document_id, count(*)::int AS open,
              (count(*) FILTER (WHERE visibility = 'external'))::int AS external
         FROM comment_threads
        WHERE document_id = ANY($1::uuid[]) AND status = 'open'
        GROUP BY document_id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.document_id, { all: row.open, external: row.external }]));
  }

  /** The thread's visibility, or null when it is gone (live updates for guests). */
  async visibility(threadId: string): Promise<ThreadVisibility | null> {
    if (!isUuid(threadId)) return null;
    const [row] = await this.dataSource.query<Array<{ visibility: ThreadVisibility }>>(
      'SELECT visibility FROM comment_threads WHERE id = $1',
      [threadId],
    );
    return row?.visibility ?? null;
  }
}

interface RawThread {
  id: string;
  document_id: string;
  brand_id: string;
  visibility: ThreadVisibility;
  status: ThreadStatus;
  created_by: string | null;
  guest_session_id: string | null;
  escalation_topics: string[];
}

const THREAD_FACTS = `t.id, t.document_id, t.brand_id, t.visibility, t.status, t.created_by,
  t.guest_session_id, t.escalation_topics`;

function threadFacts(row: RawThread): ThreadFacts {
  return {
    id: row.id,
    documentId: row.document_id,
    brandId: row.brand_id,
    visibility: row.visibility,
    status: row.status,
    createdBy: row.created_by,
    guestSessionId: row.guest_session_id,
    escalationTopics: row.escalation_topics,
  };
}

/**
 * $1 document, $2 sees internal threads, $3 status, $4 visibility, $5 only mine, $6 only
 * mentioning me, $7 my user id, $8 my guest session, $9 my reactor key, $10 one thread,
 * $11 at most this many threads (null: all), $12/$13 after this activity time and thread id
 * (keyset paging, newest activity first), $14 each thread's first comment only.
 */
export const THREAD_LIST_SQL = `
  WITH t AS (
    SELECT t.* FROM comment_threads t
     WHERE t.document_id = $1
       AND ($2::boolean OR t.visibility = 'external')
       AND ($3::varchar IS NULL OR t.status = $3)
       AND ($4::varchar IS NULL OR t.visibility = $4)
       AND ($10::uuid IS NULL OR t.id = $10)
       AND (NOT $5::boolean
            OR t.created_by = $7::uuid OR t.guest_session_id = $8::uuid
            OR EXISTS (SELECT 1 FROM comments c
                        WHERE c.thread_id = t.id
                          AND (c.author_id = $7::uuid OR c.guest_session_id = $8::uuid)))
       AND (NOT $6::boolean
            OR EXISTS (SELECT 1 FROM comments c JOIN comment_mentions m ON m.comment_id = c.id
                        WHERE c.thread_id = t.id AND m.user_id = $7::uuid))
       AND ($12::timestamptz IS NULL
            OR (t.last_activity_at, t.id) < ($12::timestamptz, $13::uuid))
     ORDER BY t.last_activity_at DESC, t.id DESC
     LIMIT $11::int
  ),
  c AS (
    SELECT c.* FROM comments c JOIN t ON t.id = c.thread_id WHERE NOT $14::boolean
    UNION ALL
    (SELECT DISTINCT ON (c.thread_id) c.* FROM comments c JOIN t ON t.id = c.thread_id
      WHERE $14::boolean ORDER BY c.thread_id, c.created_at, c.id)
  ),
  counted AS (
    SELECT c.thread_id, count(*)::int AS n FROM comments c JOIN t ON t.id = c.thread_id
     WHERE $14::boolean GROUP BY c.thread_id
  ),
  re AS (
    SELECT g.comment_id,
           json_agg(json_build_object('emoji', g.emoji, 'count', g.n, 'mine', g.mine)
                    ORDER BY g.n DESC, g.first) AS reactions
      FROM (SELECT r.comment_id, r.emoji, count(*)::int AS n, bool_or(r.reactor = $9) AS mine,
                   min(r.created_at) AS first
              FROM comment_reactions r JOIN c ON c.id = r.comment_id
             GROUP BY r.comment_id, r.emoji) g
     GROUP BY g.comment_id
  ),
  me AS (
    SELECT m.comment_id, array_agg(m.user_id ORDER BY m.user_id) AS ids
      FROM comment_mentions m JOIN c ON c.id = m.comment_id
     GROUP BY m.comment_id
  ),
  cj AS (
    SELECT c.thread_id, count(*)::int AS n,
           json_agg(json_build_object(
             'id', c.id, 'body', c.body, 'authorId', c.author_id, 'authorName', u.display_name,
             'guestSessionId', c.guest_session_id, 'guestName', c.guest_name,
             'createdAt', c.created_at, 'editedAt', c.edited_at, 'deletedAt', c.deleted_at,
             'hiddenAt', c.hidden_at, 'hiddenReason', c.hidden_reason,
             'mentions', me.ids, 'reactions', re.reactions)
             ORDER BY c.created_at, c.id) AS comments
      FROM c
      LEFT JOIN users u ON u.id = c.author_id
      LEFT JOIN re ON re.comment_id = c.id
      LEFT JOIN me ON me.comment_id = c.id
     GROUP BY c.thread_id
  )
  SELECT t.id, t.document_id, t.anchor_kind, t.anchor_field, t.anchor_start, t.anchor_end,
         t.anchor_quote, t.anchor_row_id, t.anchor_period, t.anchor_network, t.visibility,
         t.status, t.created_at, t.last_activity_at, t.resolved_at, t.escalation_topics,
         rv.display_name AS resolved_by_name, cj.comments,
         COALESCE(counted.n, cj.n) AS comment_count,
         t.last_activity_at::text AS activity_key
    FROM t
    LEFT JOIN cj ON cj.thread_id = t.id
    LEFT JOIN counted ON counted.thread_id = t.id
    LEFT JOIN users rv ON rv.id = t.resolved_by
   ORDER BY t.last_activity_at DESC, t.id DESC`;
