import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CollaborationModule } from '../../collaboration/index.js';
import { DocumentKindRegistry, DocumentsModule } from '../documents/index.js';
import { MediaPlansModule } from '../media-plans/index.js';
import { StrategiesModule } from '../strategies/index.js';
import { CalendarService } from './calendar.service.js';
import { ContentMixResolver } from './content-mix.resolver.js';
import { ContentMixService } from './content-mix.service.js';
import { NotificationKinds, NotificationsModule } from '../notifications/index.js';
import { PostFieldsChecker } from './post-fields.js';
import { postAssignedKind } from './post-notifications.js';
import { postKind } from './post.kind.js';
import { PostEntity } from './post.entity.js';
import { PostsRepository } from './posts.repository.js';
import { PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';

/**
 * Posts as a document kind, their metadata as rows, and the content calendar. The kind's
 * create and duplicate steps write the metadata inside the documents core's transaction.
 */
@Module({
  imports: [
    DocumentsModule,
    StrategiesModule,
    MediaPlansModule,
    CollaborationModule,
    NotificationsModule,
    TypeOrmModule.forFeature([PostEntity]),
  ],
  providers: [
    PostsService,
    PostsRepository,
    PostFieldsChecker,
    CalendarService,
    PostsResolver,
    ContentMixService,
    ContentMixResolver,
  ],
  exports: [PostsService, CalendarService],
})
export class PostsModule {
  constructor(kinds: DocumentKindRegistry, posts: PostsService, notifications: NotificationKinds) {
    notifications.register(postAssignedKind);
    kinds.register({
      ...postKind,
      prepareCreate: (creating) => posts.prepareCreate(creating),
      copyRows: (manager, source, copy, actorId) => posts.copyRows(manager, source, copy, actorId),
    });
  }
}
