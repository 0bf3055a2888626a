import { capabilityFor } from './document-access.js';

describe('capabilityFor', () => {
  it('gives edit to the roles the matrix lets edit that kind', () => {
    expect(capabilityFor('strategy', ['member', 'strategist'])).toBe('edit');
    expect(capabilityFor('media_plan', ['member', 'smm_specialist'])).toBe('edit');
    expect(capabilityFor('strategy', ['member', 'smm_specialist'])).toBe('comment');
  });

  it('gives comment to readers who may comment, view to those who may only read', () => {
    expect(capabilityFor('strategy', ['owner'])).toBe('comment');
    expect(capabilityFor('post', ['guest_comment'])).toBe('comment');
    expect(capabilityFor('strategy', ['guest_view'])).toBe('view');
  });

  it('gives nothing to a member outside the brand’s teams', () => {
    expect(capabilityFor('strategy', ['member'])).toBeNull();
    expect(capabilityFor('media_plan', [])).toBeNull();
  });
});
