import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type Principal } from '../access/index.js';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import { CommentThreadsService } from './comment-threads.service.js';
import {
  checkedBody,
  checkedEmoji,
  checkedMentions,
  checkedReason,
  DELETE_WINDOW_MINUTES,
} from './comment-rules.js';
import { CommentSignals } from './comment-signals.js';
import { isAuthor, viewerOf, visibleThread, type CommentViewer } from './comment-viewer.js';
import { CommentEditEntity, CommentMentionEntity } from './comment.entities.js';
import type { CommentThreadModel } from './comment.model.js';
import { CommentsRepository, type CommentFacts } from './comments.repository.js';
import type {
  EditCommentInput,
  HideCommentInput,
  ToggleCommentReactionInput,
} from './dto/comment.inputs.js';

/** Most different emoji one person gives one comment. */
const MAX_REACTIONS_PER_PERSON = 20;

/**
 * Changes to one comment: its author edits it (every earlier body kept in comment_edits) or
 * deletes it within {@link DELETE_WINDOW_MINUTES} minutes (the body goes; the thread keeps its
 * place, and goes with its last comment); a moderator hides it with a reason; anyone who may
 * comment reacts with one emoji. Each answers the comment's thread as the viewer sees it.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: CommentsRepository,
    private readonly threads: CommentThreadsService,
    private readonly signals: CommentSignals,
  ) {}

  async edit(principal: Principal, input: EditCommentInput): Promise<CommentThreadModel> {
    const { viewer, comment } = await this.authorize(principal, input.commentId, 'comment.create');
    if (!isAuthor(viewer, comment)) throw AppError.forbidden('Only its author edits a comment.');
    const body = checkedBody(input.body);
    const mentions = await this.signals.checkMentions(viewer, checkedMentions(input.mentions));
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockedLive(comment.id, viewer, manager);
      const document = await this.threads.document(viewer, manager);
      const before = await manager.query<Array<{ user_id: string }>>(
        'SELECT user_id FROM comment_mentions WHERE comment_id = $1',
        [current.id],
      );
      const known = new Set(before.map((row) => row.user_id));
      if (body !== current.body) {
        await manager.insert(CommentEditEntity, {
          commentId: current.id,
          previousBody: current.body,
        });
      }
      await manager.query('UPDATE comments SET body = $2, edited_at = now() WHERE id = $1', [
        current.id,
        body,
      ]);
      await manager.query('DELETE FROM comment_mentions WHERE comment_id = $1', [current.id]);
      if (mentions.length > 0) {
        await manager.insert(
          CommentMentionEntity,
          mentions.map((userId) => ({ commentId: current.id, userId })),
        );
      }
      await this.touch(manager, current.thread.id);
      await this.signals.record(manager, 'comment.edited', viewer, document, current.thread, {
        commentId: current.id,
      });
      const added = mentions.filter((id) => !known.has(id));
      await this.signals.afterWriting(
        manager,
        viewer,
        document,
        current.thread,
        current.id,
        body,
        added,
      );
    });
    return this.threads.view(viewer, comment.thread.id);
  }

  /**
   * Deletes one's own comment within the window (COMMENT_DELETE_WINDOW_CLOSED after). Answers
   * the thread, or null when its last comment went and the thread with it.
   */
  async delete(principal: Principal, commentId: string): Promise<CommentThreadModel | null> {
    const { viewer, comment } = await this.authorize(principal, commentId, 'comment.create');
    if (!isAuthor(viewer, comment)) throw AppError.forbidden('Only its author deletes a comment.');
    if (comment.deletedAt) throw gone();
    if (Date.now() - comment.createdAt.getTime() >= DELETE_WINDOW_MINUTES * 60_000) {
      throw new AppError(
        ErrorCode.COMMENT_DELETE_WINDOW_CLOSED,
        `A comment can be deleted only in the first ${DELETE_WINDOW_MINUTES} minutes; edit it instead.`,
        { details: { windowMinutes: DELETE_WINDOW_MINUTES } },
      );
    }
    const threadLeft = await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.comment(comment.id, manager, true);
      if (!current || current.deletedAt) throw gone();
      const document = await this.threads.document(viewer, manager);
      await manager.query(`UPDATE comments SET body = '', deleted_at = now() WHERE id = $1`, [
        current.id,
      ]);
      // What was deleted is gone: its earlier bodies, its mentions and reactions too.
      for (const table of ['comment_edits', 'comment_mentions', 'comment_reactions']) {
        await manager.query(`DELETE FROM ${table} WHERE comment_id = $1`, [current.id]);
      }
      const [, removed] = await manager.query<[unknown, number]>(
        `DELETE FROM comment_threads t WHERE t.id = $1
            AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.thread_id = t.id AND c.deleted_at IS NULL)`,
        [current.thread.id],
      );
      if (!removed) await this.touch(manager, current.thread.id);
      await this.signals.record(manager, 'comment.deleted', viewer, document, current.thread, {
        commentId: current.id,
        threadDeleted: removed > 0,
      });
      return !removed;
    });
    return threadLeft ? this.threads.view(viewer, comment.thread.id) : null;
  }

  /** A moderator hides a comment with a reason (shown in its place); again: a new reason. */
  async hide(principal: Principal, input: HideCommentInput): Promise<CommentThreadModel> {
    const { viewer, comment } = await this.authorize(
      principal,
      input.commentId,
      'comment.moderate',
    );
    const reason = checkedReason(input.reason);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.comment(comment.id, manager, true);
      if (!current || current.deletedAt) throw gone();
      const document = await this.threads.document(viewer, manager);
      await manager.query(
        `UPDATE comments SET hidden_at = now(), hidden_by = $2, hidden_reason = $3 WHERE id = $1`,
        [current.id, viewer.userId, reason],
      );
      await this.touch(manager, current.thread.id);
      await this.signals.record(manager, 'comment.hidden', viewer, document, current.thread, {
        commentId: current.id,
      });
    });
    return this.threads.view(viewer, comment.thread.id);
  }

  /** Gives the emoji, or takes it back when the viewer had given it. */
  async toggleReaction(
    principal: Principal,
    input: ToggleCommentReactionInput,
  ): Promise<CommentThreadModel> {
    const { viewer, comment } = await this.authorize(principal, input.commentId, 'comment.create');
    const emoji = checkedEmoji(input.emoji);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockedLive(comment.id, viewer, manager);
      const document = await this.threads.document(viewer, manager);
      const [, removed] = await manager.query<[unknown, number]>(
        'DELETE FROM comment_reactions WHERE comment_id = $1 AND reactor = $2 AND emoji = $3',
        [current.id, viewer.reactor, emoji],
      );
      if (!removed) {
        const [{ count }] = await manager.query<[{ count: number }]>(
          'SELECT count(*)::int AS count FROM comment_reactions WHERE comment_id = $1 AND reactor = $2',
          [current.id, viewer.reactor],
        );
        if (count >= MAX_REACTIONS_PER_PERSON) {
          throw AppError.validation(
            'emoji',
            `One person gives at most ${MAX_REACTIONS_PER_PERSON} reactions to a comment.`,
          );
        }
        await manager.query(
          `INSERT INTO comment_reactions (comment_id, reactor, user_id, emoji) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [current.id, viewer.reactor, viewer.userId, emoji],
        );
      }
      await this.touch(manager, current.thread.id);
      await this.signals.record(manager, 'comment.reacted', viewer, document, current.thread, {
        commentId: current.id,
        emoji,
        given: !removed,
      });
    });
    return this.threads.view(viewer, comment.thread.id);
  }

  /**
   * The comment and the caller's standing on its document; a comment the caller may not see
   * (another document, or an internal thread for a guest) is NOT_FOUND.
   */
  private async authorize(
    principal: Principal,
    commentId: string,
    action: 'comment.create' | 'comment.moderate',
  ): Promise<{ viewer: CommentViewer; comment: CommentFacts }> {
    const comment = await this.repository.comment(commentId);
    if (!comment) throw AppError.notFound('The comment');
    const viewer = viewerOf(
      await this.access.authorizeDocument(principal, comment.thread.documentId, action),
    );
    try {
      visibleThread(comment.thread, viewer);
    } catch {
      throw AppError.notFound('The comment');
    }
    return { viewer, comment };
  }

  /** The comment locked for the change; deleted or hidden ones are COMMENT_GONE. */
  private async lockedLive(
    commentId: string,
    viewer: CommentViewer,
    manager: EntityManager,
  ): Promise<CommentFacts> {
    const current = await this.repository.comment(commentId, manager, true);
    if (!current) throw AppError.notFound('The comment');
    visibleThread(current.thread, viewer);
    if (current.deletedAt || current.hiddenAt) throw gone();
    return current;
  }

  private async touch(manager: EntityManager, threadId: string): Promise<void> {
    await manager.query('UPDATE comment_threads SET last_activity_at = now() WHERE id = $1', [
      threadId,
    ]);
  }
}

function gone(): AppError {
  return new AppError(
    ErrorCode.COMMENT_GONE,
    'The comment was deleted or hidden; it can no longer be changed.',
  );
}
