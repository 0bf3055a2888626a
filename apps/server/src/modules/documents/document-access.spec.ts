import type { Role } from '@chorus/permissions';
import { capabilityFor } from './document-access.js';

const ACTIONS = {
  strategy: { read: 'strategy.read', edit: 'strategy.edit' },
  media_plan: { read: 'mediaPlan.read', edit: 'mediaPlan.edit' },
  post: { read: 'post.read', edit: 'post.edit' },
} as const;

/** Every signed-in role on a brand, as the server computes them (team roles come with member). */
const ON_BRAND: Record<string, Role[]> = {
  owner: ['owner'],
  admin: ['admin'],
  lead: ['member', 'lead'],
  strategist: ['member', 'strategist'],
  smm_specialist: ['member', 'smm_specialist'],
  chief_expert: ['member', 'chief_expert'],
  moderator: ['member', 'moderator'],
};

const capabilities = (kind: 'strategy' | 'media_plan' | 'post') =>
  Object.fromEntries(
    Object.entries(ON_BRAND).map(([name, roles]) => [name, capabilityFor(ACTIONS[kind], roles)]),
  );

describe('capabilityFor', () => {
  it('lets owners, admins, strategists, SMM specialists, the chief expert and the lead edit strategies; the moderator only reads', () => {
    expect(capabilities('strategy')).toEqual({
      owner: 'edit',
      admin: 'edit',
      lead: 'edit',
      strategist: 'edit',
      smm_specialist: 'edit',
      chief_expert: 'edit',
      moderator: 'comment',
    });
  });

  it('lets owners, admins, the lead, strategists and SMM specialists edit media plans and posts, and the chief expert posts', () => {
    for (const kind of ['media_plan', 'post'] as const) {
      expect(capabilities(kind)).toEqual({
        owner: 'edit',
        admin: 'edit',
        lead: 'edit',
        strategist: 'edit',
        smm_specialist: 'edit',
        chief_expert: kind === 'post' ? 'edit' : 'comment',
        moderator: 'comment',
      });
    }
  });

  it('never gives a reader edit: comment to readers who may comment, view to those who may only read', () => {
    expect(capabilityFor(ACTIONS.post, ['guest_comment'])).toBe('comment');
    expect(capabilityFor(ACTIONS.strategy, ['guest_approve'])).toBe('comment');
    expect(capabilityFor(ACTIONS.strategy, ['guest_view'])).toBe('view');
  });

  it('gives nothing to a member outside the brand’s teams', () => {
    expect(capabilityFor(ACTIONS.strategy, ['member'])).toBeNull();
    expect(capabilityFor(ACTIONS.media_plan, [])).toBeNull();
  });
});
