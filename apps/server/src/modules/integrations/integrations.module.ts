import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostsRepository } from '../posts/index.js';
import { CalendarFeedController } from './ics/calendar-feed.controller.js';
import { CalendarFeedEntity } from './ics/calendar-feed.entity.js';
import { CalendarFeedsResolver } from './ics/calendar-feeds.resolver.js';
import { CalendarFeedsService } from './ics/calendar-feeds.service.js';
import { WebhookAttemptEntity } from './webhooks/webhook-attempt.entity.js';
import { WebhookDeliveriesService } from './webhooks/webhook-deliveries.service.js';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity.js';
import { WebhooksResolver } from './webhooks/webhooks.resolver.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

/**
 * What other tools read from Chorus: a personal iCalendar feed of a brand's calendar and
 * signed outgoing webhooks for post events (through the event log and the job queue).
 * Post rows are read through the posts module's exported repository (stateless, SQL only).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CalendarFeedEntity,
      WebhookEndpointEntity,
      WebhookDeliveryEntity,
      WebhookAttemptEntity,
    ]),
  ],
  controllers: [CalendarFeedController],
  providers: [
    PostsRepository,
    CalendarFeedsService,
    CalendarFeedsResolver,
    WebhookDeliveriesService,
    WebhooksService,
    WebhooksResolver,
  ],
})
export class IntegrationsModule {}
