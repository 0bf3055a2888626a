export { CalendarFeedEntity } from './ics/calendar-feed.entity.js';
export { IntegrationsModule } from './integrations.module.js';
export { WebhookAttemptEntity } from './webhooks/webhook-attempt.entity.js';
export { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';
export { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity.js';
export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhooks/webhook-events.js';
