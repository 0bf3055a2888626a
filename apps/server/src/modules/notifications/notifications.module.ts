import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/index.js';
import { NotificationBus } from './notification-bus.js';
import { NotificationDelivery } from './notification-delivery.js';
import { NotificationKinds } from './notification-kinds.js';
import { NotificationMailer } from './notification-mailer.js';
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
    AccessModule,
    TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity]),
  ],
  providers: [
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
