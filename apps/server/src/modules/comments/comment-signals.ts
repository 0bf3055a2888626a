import { can, type Role } from '@chorus/permissions';
import { isLanguage } from '@chorus/tone-check';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService, isUuid, pairKey } from '../access/index.js';
import { EventLog, type EventType } from '../events/index.js';
import { ToneCheckers } from '../tone/index.js';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import type { CommentViewer } from './comment-viewer.js';
import type { DocumentFacts, ThreadFacts } from './comments.repository.js';

/**
 * What a comment sets off besides its rows: mentions (checked: team members of the brand
 * only), escalation topics of the brand's tone guideline (@chorus/tone-check's matcher), and
 * the events that carry them to notifications, audit and live updates. Events carry ids and
 * names, never a comment's text, so no audit entry, webhook or email repeats what was written.
 */
@Injectable()
export class CommentSignals {
  constructor(
    private readonly access: AccessService,
    private readonly checkers: ToneCheckers,
    private readonly events: EventLog,
  ) {}

  /**
   * Mentions must name people who may read the brand (one statement for all); anyone else —
   * or any mention by a guest, who cannot see the team — is refused with
   * COMMENT_MENTION_REFUSED before anything is stored.
   */
  async checkMentions(viewer: CommentViewer, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return ids;
    if (!viewer.userId) {
      throw new AppError(ErrorCode.COMMENT_MENTION_REFUSED, 'Guests cannot mention people.', {
        field: 'mentions',
        details: { userIds: ids },
      });
    }
    const brandId = viewer.access.brandId;
    const valid = ids.filter(isUuid);
    const roles = await this.access.rolesOfPairs(valid.map((userId) => ({ userId, brandId })));
    const refused = ids.filter(
      (id) => !can(roles.get(pairKey(id, brandId)) ?? ([] as Role[]), 'brand.read'),
    );
    if (refused.length > 0) {
      throw new AppError(
        ErrorCode.COMMENT_MENTION_REFUSED,
        'Only people who work on this brand can be mentioned.',
        { field: 'mentions', details: { userIds: refused } },
      );
    }
    return ids;
  }

  /** The escalation topics (guideline rule ids) the text touches; none without a guideline. */
  async escalations(
    document: DocumentFacts,
    body: string,
    manager: EntityManager,
  ): Promise<string[]> {
    const compiled = await this.checkers.current(document.brandId, manager);
    if (!compiled || compiled.checker.guide.escalation.length === 0) return [];
    const language = isLanguage(document.language) ? document.language : 'en';
    return [...compiled.checker.check(body, language).escalations];
  }

  /** Records one comment event on the thread (subject: the thread; data: ids and names). */
  async record(
    manager: EntityManager,
    type: EventType,
    viewer: CommentViewer,
    document: DocumentFacts,
    thread: Pick<ThreadFacts, 'id' | 'visibility'>,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId: document.workspaceId,
      brandId: document.brandId,
      documentId: viewer.access.documentId,
      actorId: viewer.userId,
      subject: { type: 'comment_thread', id: thread.id },
      data: {
        name: document.title,
        documentTitle: document.title,
        documentKind: document.kind,
        threadId: thread.id,
        visibility: thread.visibility,
        ...(viewer.guestName ? { guestName: viewer.guestName } : {}),
        ...data,
      },
    });
  }

  /**
   * After a new or edited comment: tells the newly mentioned and, when the text touches
   * escalation topics, marks the thread and tells the chief experts.
   */
  async afterWriting(
    manager: EntityManager,
    viewer: CommentViewer,
    document: DocumentFacts,
    thread: Pick<ThreadFacts, 'id' | 'visibility' | 'escalationTopics'>,
    commentId: string,
    body: string,
    newMentions: string[],
  ): Promise<void> {
    if (newMentions.length > 0) {
      await this.record(manager, 'comment.mentioned', viewer, document, thread, {
        commentId,
        mentionedUserIds: newMentions,
      });
    }
    const topics = await this.escalations(document, body, manager);
    if (topics.length === 0) return;
    const merged = [...new Set([...thread.escalationTopics, ...topics])];
    await manager.query('UPDATE comment_threads SET escalation_topics = $2 WHERE id = $1', [
      thread.id,
      merged,
    ]);
    await this.record(manager, 'comment.escalated', viewer, document, thread, {
      commentId,
      escalationTopics: topics,
      byGuest: viewer.guestSessionId !== null,
    });
  }
}
