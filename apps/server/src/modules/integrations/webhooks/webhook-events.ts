import type { RecordedEvent } from '../../events/index.js';

/**
 * The events an endpoint may ask for: every post event of the event log, plus two named
 * status changes a publishing tool usually wants alone (post.scheduled, post.published).
 */
export const WEBHOOK_EVENT_TYPES = [
  'post.created',
  'post.updated',
  'post.moved',
  'post.status_changed',
  'post.scheduled',
  'post.published',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The test event "send test event" delivers. */
export const PING_EVENT = 'ping';

/** Event-log types the webhook processor listens to. */
export const SOURCE_EVENT_TYPES = [
  'post.created',
  'post.updated',
  'post.moved',
  'post.status_changed',
] as const;

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * The webhook event an endpoint receives for a logged event, or null: the named status
 * change when the endpoint asked for it, else the event's own type when asked for.
 */
export function webhookEventFor(
  event: Pick<RecordedEvent, 'type' | 'data'>,
  subscribed: readonly string[],
): string | null {
  if (event.type === 'post.status_changed') {
    const after = event.data.after;
    const named = after === 'scheduled' || after === 'published' ? `post.${after}` : null;
    if (named && subscribed.includes(named)) return named;
  }
  return subscribed.includes(event.type) ? event.type : null;
}
