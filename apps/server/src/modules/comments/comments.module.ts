import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/index.js';
import { LiveModule } from '../live/index.js';
import { NotificationKinds, NotificationsModule } from '../notifications/index.js';
import { PostsModule } from '../posts/index.js';
import { ToneModule } from '../tone/index.js';
import { COMMENT_NOTIFICATION_KINDS } from './comment-notifications.js';
import { CommentSignals } from './comment-signals.js';
import { CommentThreadsService } from './comment-threads.service.js';
import {
  CommentEditEntity,
  CommentEntity,
  CommentMentionEntity,
  CommentReactionEntity,
  CommentThreadEntity,
} from './comment.entities.js';
import { CommentsLiveResolver } from './comments-live.resolver.js';
import { CommentsRepository } from './comments.repository.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';
import {
  DocumentOpenThreadsResolver,
  OpenThreadCounts,
  PostOpenThreadsResolver,
} from './open-thread-counts.js';

/**
 * Comments (docs/adr/0031-comments-anchored-in-yjs.md): threads anchored into the Yjs
 * documents (text ranges by relative positions, media-plan cells and rows, posts and their
 * variants), internal or external (guests), with replies, mentions, reactions, edits kept,
 * moderation, escalation to the chief experts, notifications and a live subscription.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CommentThreadEntity,
      CommentEntity,
      CommentEditEntity,
      CommentReactionEntity,
      CommentMentionEntity,
    ]),
    DocumentsModule,
    PostsModule,
    ToneModule,
    LiveModule,
    NotificationsModule,
  ],
  providers: [
    CommentsRepository,
    CommentSignals,
    CommentThreadsService,
    CommentsService,
    CommentsResolver,
    CommentsLiveResolver,
    OpenThreadCounts,
    DocumentOpenThreadsResolver,
    PostOpenThreadsResolver,
  ],
  exports: [CommentThreadsService],
})
export class CommentsModule {
  constructor(notifications: NotificationKinds) {
    for (const kind of COMMENT_NOTIFICATION_KINDS) notifications.register(kind);
  }
}
