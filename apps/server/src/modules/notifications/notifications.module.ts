import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseModule } from '../../platform/database/index.js';
import { AccessModule } from '../access/index.js';
import { NotificationBus } from './notification-bus.js';
import { NotificationDelivery } from './notification-delivery.js';
import { NotificationKinds } from './notification-kinds.js';
import { EmailRepository } from './email/email-repository.js';
import { NotificationMailer } from './email/notification-mailer.js';
import { NotificationUnsubscribe } from './email/notification-unsubscribe.js';
import { UnsubscribeController } from './email/unsubscribe.controller.js';
import { UnsubscribeTokens } from './email/unsubscribe-tokens.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsLiveResolver } from './notifications-live.resolver.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/**
 * The notification centre: kinds registered by other modules (NotificationKinds), one
 * event-log processor per kind, the centre's queries, live subscriptions and email.
 */
@Module({
  imports: [
    DatabaseModule,
    AccessModule,
    TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity]),
  ],
  controllers: [UnsubscribeController],
  providers: [
    EmailRepository,
    NotificationUnsubscribe,
    UnsubscribeTokens,
    NotificationBus,
    NotificationDelivery,
    NotificationKinds,
    NotificationMailer,
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    NotificationsLiveResolver,
  ],
  exports: [NotificationKinds],
})
export class NotificationsModule {}
