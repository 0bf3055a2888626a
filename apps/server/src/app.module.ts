import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { CollaborationModule } from './collaboration/index.js';
import { AccessModule } from './modules/access/index.js';
import { ApprovalsModule } from './modules/approvals/index.js';
import { AuditModule } from './modules/audit/index.js';
import { AccountsModule } from './modules/accounts/index.js';
import { BrandsModule } from './modules/brands/index.js';
import { CommentsModule } from './modules/comments/index.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { DocumentsModule } from './modules/documents/index.js';
import { EventsModule } from './modules/events/index.js';
import { IntegrationsModule } from './modules/integrations/index.js';
import { InvitationsModule } from './modules/invitations/index.js';
import { LiveModule } from './modules/live/index.js';
import { KpisModule } from './modules/kpis/index.js';
import { MediaPlansModule } from './modules/media-plans/index.js';
import { NotificationsModule } from './modules/notifications/index.js';

import { PostFilesModule } from './modules/posts/import-export/index.js';
import { PostMediaModule, PostsModule } from './modules/posts/index.js';
import { ShareLinksModule } from './modules/share-links/index.js';
import { StrategiesModule } from './modules/strategies/index.js';
import { SubscriptionsModule } from './modules/subscriptions/index.js';
import { TeamsModule } from './modules/teams/index.js';
import { ToneModule } from './modules/tone/index.js';
import { VersionsModule } from './modules/versions/index.js';
import { WorkspacesModule } from './modules/workspaces/index.js';
import { ConfigModule, type AppConfig } from './platform/config/index.js';
import { DatabaseModule } from './platform/database/index.js';
import { GraphQLModule } from './platform/graphql/index.js';
import { HealthModule } from './platform/health/index.js';
import { JobsModule } from './platform/jobs/index.js';
import { LoggingModule } from './platform/logging/index.js';
import { MailModule } from './platform/mail/index.js';
import { RedisModule } from './platform/redis/index.js';
import { StorageModule } from './platform/storage/index.js';
import { ThrottlingModule } from './platform/throttling/index.js';

/** The application: the platform plus every business module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule,
        RedisModule,
        MailModule,
        StorageModule,
        ThrottlingModule,
        GraphQLModule,
        HealthModule,
        JobsModule,
        EventsModule,
        AccessModule,
        AccountsModule,
        WorkspacesModule,
        TeamsModule,
        BrandsModule,
        InvitationsModule,
        DocumentsModule,
        CollaborationModule,
        VersionsModule,
        StrategiesModule,
        MediaPlansModule,
        PostsModule,
        PostFilesModule,
        IntegrationsModule,
        PostMediaModule,
        ApprovalsModule,
        ToneModule,
        CommentsModule,
        ShareLinksModule,
        KpisModule,
        DemoModule,
        AuditModule,
        LiveModule,
        NotificationsModule,
        SubscriptionsModule,
      ],
    };
  }
}
