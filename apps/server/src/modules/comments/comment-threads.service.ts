import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type Principal } from '../access/index.js';
import { DocumentKindRegistry } from '../documents/index.js';
import { ToneCheckers } from '../tone/index.js';
import { AppError } from '../../platform/errors/index.js';
import { checkedAnchor, checkedBody, checkedMentions } from './comment-rules.js';
import { CommentSignals } from './comment-signals.js';
import { isAuthor, viewerOf, visibleThread, type CommentViewer } from './comment-viewer.js';
import { CommentEntity, CommentMentionEntity, CommentThreadEntity } from './comment.entities.js';
import type { ThreadStatus, ThreadVisibility } from './comment.entities.js';
import { toThreadModel } from './comment.mapper.js';
import type { CommentReplyTemplateModel, CommentThreadModel } from './comment.model.js';
import type { CommentThreadPageModel, CommentThreadPreviewModel } from './comment-page.model.js';
import { checkedPageSize, decodeThreadCursor, encodeThreadCursor } from './thread-cursor.js';
import { CommentsRepository, type DocumentFacts, type ListFilter } from './comments.repository.js';
import type {
  CommentThreadFilter,
  CreateCommentThreadInput,
  ReplyToCommentThreadInput,
} from './dto/comment.inputs.js';

/**
 * Comment threads of a document (docs/adr/0031): reading them (the document's read action;
 * a guest sees external threads only), starting one, replying, resolving and reopening.
 * Every method authorises through `AccessService.authorizeDocument` first, for users and
 * guests alike; a guest asking about an internal thread is answered NOT_FOUND.
 */
@Injectable()
export class CommentThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly kinds: DocumentKindRegistry,
    private readonly repository: CommentsRepository,
    private readonly signals: CommentSignals,
    private readonly checkers: ToneCheckers,
  ) {}

  /** Who may read the document's threads (its kind's read action), as a viewer. */
  async reader(principal: Principal, documentId: string): Promise<CommentViewer> {
    const access = await this.access.authorizeDocument(
      principal,
      documentId,
      (kind) => this.kinds.get(kind).actions.read,
    );
    return viewerOf(access);
  }

  /** The document's threads the viewer may see: two statements after the session's. */
  async list(
    principal: Principal,
    documentId: string,
    filter: CommentThreadFilter | null | undefined,
  ): Promise<CommentThreadModel[]> {
    const viewer = await this.reader(principal, documentId);
    const rows = await this.repository.list(documentId, viewer, listFilter(filter));
    return rows.map((row) => toThreadModel(row, viewer));
  }

  /**
   * One page of the list (`first` threads after the cursor `after`), as cheap as the page is
   * long whatever the document holds: the same two statements after the session's.
   */
  async page(
    principal: Principal,
    documentId: string,
    filter: CommentThreadFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<CommentThreadPageModel> {
    const limit = checkedPageSize(first);
    const cursor = after ? decodeThreadCursor(after) : null;
    const viewer = await this.reader(principal, documentId);
    const rows = await this.repository.list(documentId, viewer, listFilter(filter), {
      limit: limit + 1,
      after: cursor,
    });
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      threads: shown.map((row) => toThreadModel(row, viewer)),
      nextCursor:
        rows.length > limit && last
          ? encodeThreadCursor({ at: last.activity_key, id: last.id })
          : null,
    };
  }

  /** Every thread the viewer may see with its first comment only (margins, markers). */
  async previews(principal: Principal, documentId: string): Promise<CommentThreadPreviewModel[]> {
    const viewer = await this.reader(principal, documentId);
    const rows = await this.repository.list(documentId, viewer, {}, { preview: true });
    return rows.map((row) => {
      const { comments, ...thread } = toThreadModel(row, viewer);
      return { ...thread, firstComment: comments[0] ?? null };
    });
  }

  /** One thread by id (a guest asking for an internal one gets NOT_FOUND). */
  async one(principal: Principal, threadId: string): Promise<CommentThreadModel> {
    const found = await this.repository.thread(threadId);
    if (!found) throw AppError.notFound('The thread');
    const viewer = await this.reader(principal, found.documentId);
    visibleThread(found, viewer);
    return this.view(viewer, found.id);
  }

  /** One thread as the viewer sees it (what every change answers). */
  async view(
    viewer: CommentViewer,
    threadId: string,
    filter: ListFilter = {},
  ): Promise<CommentThreadModel> {
    const [row] = await this.repository.list(viewer.access.documentId, viewer, {
      ...filter,
      threadId,
    });
    if (!row) throw AppError.notFound('The thread');
    return toThreadModel(row, { ...viewer, now: new Date() });
  }

  /**
   * Starts a thread with its first comment. Team threads are INTERNAL unless asked
   * otherwise; a guest's are always EXTERNAL (asking for INTERNAL is FORBIDDEN).
   */
  async create(principal: Principal, input: CreateCommentThreadInput): Promise<CommentThreadModel> {
    const viewer = viewerOf(
      await this.access.authorizeDocument(principal, input.documentId, 'comment.create'),
    );
    const guest = viewer.guestSessionId !== null;
    const visibility = (input.visibility ?? (guest ? 'external' : 'internal')) as ThreadVisibility;
    if (guest && visibility !== 'external') {
      throw AppError.forbidden('Guests write external comments only.');
    }
    const body = checkedBody(input.body);
    const anchor = checkedAnchor(input.anchor, viewer.access.kind);
    const mentions = await this.signals.checkMentions(viewer, checkedMentions(input.mentions));
    const threadId = await this.dataSource.transaction(async (manager) => {
      const document = await this.document(viewer, manager);
      const inserted = await manager.insert(CommentThreadEntity, {
        documentId: viewer.access.documentId,
        brandId: viewer.access.brandId,
        ...anchor,
        visibility,
        status: 'open',
        createdBy: viewer.userId,
        guestSessionId: viewer.guestSessionId,
        guestName: viewer.guestName,
        escalationTopics: [],
      });
      const thread = {
        id: (inserted.identifiers[0] as { id: string }).id,
        visibility,
        escalationTopics: [] as string[],
      };
      const commentId = await this.insertComment(manager, viewer, thread.id, body, mentions);
      await this.signals.record(manager, 'comment.created', viewer, document, thread, {
        commentId,
        anchorKind: anchor.anchorKind,
      });
      await this.signals.afterWriting(manager, viewer, document, thread, commentId, body, mentions);
      return thread.id;
    });
    return this.view(viewer, threadId);
  }

  /** A reply; a reply to a resolved thread reopens it. */
  async reply(principal: Principal, input: ReplyToCommentThreadInput): Promise<CommentThreadModel> {
    const found = await this.repository.thread(input.threadId);
    if (!found) throw AppError.notFound('The thread');
    const viewer = viewerOf(
      await this.access.authorizeDocument(principal, found.documentId, 'comment.create'),
    );
    visibleThread(found, viewer);
    const body = checkedBody(input.body);
    const mentions = await this.signals.checkMentions(viewer, checkedMentions(input.mentions));
    await this.dataSource.transaction(async (manager) => {
      const thread = visibleThread(await this.repository.thread(found.id, manager, true), viewer);
      const document = await this.document(viewer, manager);
      const participantIds = await this.repository.participants(thread.id, manager);
      const commentId = await this.insertComment(manager, viewer, thread.id, body, mentions);
      if (thread.status === 'resolved') {
        await manager.query(
          `UPDATE comment_threads SET status = 'open', resolved_at = NULL, resolved_by = NULL
            WHERE id = $1`,
          [thread.id],
        );
        await this.signals.record(manager, 'comment.reopened', viewer, document, thread, {
          byReply: true,
        });
      }
      await this.signals.record(manager, 'comment.replied', viewer, document, thread, {
        commentId,
        participantIds,
      });
      await this.signals.afterWriting(manager, viewer, document, thread, commentId, body, mentions);
    });
    return this.view(viewer, found.id);
  }

  /**
   * Resolves or reopens a thread: moderators (comment.moderate) any thread, a team member the
   * thread they started. Guests do neither. Doing it twice changes nothing more.
   */
  async setStatus(
    principal: Principal,
    threadId: string,
    status: ThreadStatus,
  ): Promise<CommentThreadModel> {
    const found = await this.repository.thread(threadId);
    if (!found) throw AppError.notFound('The thread');
    const viewer = await this.reader(principal, found.documentId);
    visibleThread(found, viewer);
    const starter =
      viewer.userId !== null &&
      isAuthor(viewer, { authorId: found.createdBy, guestSessionId: null });
    if (!viewer.moderator && !starter) throw AppError.forbidden();
    await this.dataSource.transaction(async (manager) => {
      const thread = visibleThread(await this.repository.thread(found.id, manager, true), viewer);
      if (thread.status === status) return;
      const document = await this.document(viewer, manager);
      if (status === 'resolved') {
        await manager.query(
          `UPDATE comment_threads SET status = 'resolved', resolved_at = now(), resolved_by = $2,
                  last_activity_at = now() WHERE id = $1`,
          [thread.id, viewer.userId],
        );
      } else {
        await manager.query(
          `UPDATE comment_threads SET status = 'open', resolved_at = NULL, resolved_by = NULL,
                  last_activity_at = now() WHERE id = $1`,
          [thread.id],
        );
      }
      await this.signals.record(
        manager,
        status === 'resolved' ? 'comment.resolved' : 'comment.reopened',
        viewer,
        document,
        thread,
      );
    });
    return this.view(viewer, found.id);
  }

  /** The brand's reply templates (tone guideline in force), for moderators of the document. */
  async replyTemplates(
    principal: Principal,
    documentId: string,
  ): Promise<CommentReplyTemplateModel[]> {
    const access = await this.access.authorizeDocument(principal, documentId, 'comment.moderate');
    const compiled = await this.checkers.current(access.brandId);
    return (compiled?.checker.guide.templates ?? []).map((template) => ({
      id: template.id,
      name: template.name,
      language: template.language,
      body: template.body,
      variables: template.variables.map((variable) => ({
        name: variable.name,
        required: variable.required,
        description: variable.description ?? null,
      })),
    }));
  }

  /** Inserts a comment and its mentions, and marks the thread active. */
  async insertComment(
    manager: EntityManager,
    viewer: CommentViewer,
    threadId: string,
    body: string,
    mentions: string[],
  ): Promise<string> {
    const inserted = await manager.insert(CommentEntity, {
      threadId,
      body,
      authorId: viewer.userId,
      guestSessionId: viewer.guestSessionId,
      guestName: viewer.guestName,
    });
    const commentId = (inserted.identifiers[0] as { id: string }).id;
    if (mentions.length > 0) {
      await manager.insert(
        CommentMentionEntity,
        mentions.map((userId) => ({ commentId, userId })),
      );
    }
    await manager.query('UPDATE comment_threads SET last_activity_at = now() WHERE id = $1', [
      threadId,
    ]);
    return commentId;
  }

  async document(viewer: CommentViewer, manager: EntityManager): Promise<DocumentFacts> {
    const document = await this.repository.document(viewer.access.documentId, manager);
    if (!document) throw AppError.notFound('The document');
    return document;
  }
}

/** The GraphQL filter as the repository takes it. */
function listFilter(filter: CommentThreadFilter | null | undefined): ListFilter {
  const visibility: ThreadVisibility | null =
    filter?.external === true ? 'external' : filter?.external === false ? 'internal' : null;
  return {
    status: (filter?.status as ThreadStatus | null | undefined) ?? null,
    visibility,
    mine: filter?.mine === true,
    mentions: filter?.mentions === true,
  };
}
