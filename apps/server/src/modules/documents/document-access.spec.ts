import { capabilityFor } from './document-access.js';

const strategy = { read: 'strategy.read', edit: 'strategy.edit' } as const;
const mediaPlan = { read: 'mediaPlan.read', edit: 'mediaPlan.edit' } as const;
const post = { read: 'post.read', edit: 'post.edit' } as const;

describe('capabilityFor', () => {
  it('gives edit to the roles the matrix lets edit that kind', () => {
    expect(capabilityFor(strategy, ['member', 'strategist'])).toBe('edit');
    expect(capabilityFor(mediaPlan, ['member', 'smm_specialist'])).toBe('edit');
  });

  it('gives comment to readers who may comment, view to those who may only read', () => {
    expect(capabilityFor(post, ['guest_comment'])).toBe('comment');
    expect(capabilityFor(strategy, ['guest_view'])).toBe('view');
  });

  it('gives nothing to a member outside the brand’s teams', () => {
    expect(capabilityFor(strategy, ['member'])).toBeNull();
    expect(capabilityFor(mediaPlan, [])).toBeNull();
  });
});
