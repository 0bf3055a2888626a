import { webhookEventFor } from './webhook-events.js';
import { signWebhook } from './webhook-signature.js';

describe('webhook events', () => {
  const scheduled = { type: 'post.status_changed' as const, data: { after: 'scheduled' } };

  it('names a status change to scheduled post.scheduled for endpoints that asked for it', () => {
    expect(webhookEventFor(scheduled, ['post.scheduled'])).toBe('post.scheduled');
    expect(webhookEventFor(scheduled, ['post.scheduled', 'post.status_changed'])).toBe(
      'post.scheduled',
    );
    expect(webhookEventFor(scheduled, ['post.status_changed'])).toBe('post.status_changed');
    expect(webhookEventFor(scheduled, ['post.published', 'post.moved'])).toBeNull();
  });

  it('passes other post events through by their own name only when asked for', () => {
    expect(webhookEventFor({ type: 'post.moved', data: {} }, ['post.moved'])).toBe('post.moved');
    expect(webhookEventFor({ type: 'post.moved', data: {} }, ['post.created'])).toBeNull();
  });

  it('signs the timestamp and the body together', () => {
    const one = signWebhook('whsec_test', 1_700_000_000, '{"a":1}');
    expect(one).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signWebhook('whsec_test', 1_700_000_001, '{"a":1}')).not.toBe(one);
    expect(signWebhook('whsec_other', 1_700_000_000, '{"a":1}')).not.toBe(one);
  });
});
