import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPermissionsMarkdown } from './markdown.js';
import { ACTIONS, allowedActions, can, PERMISSIONS, type Action } from './matrix.js';
import { ROLES } from './roles.js';

describe('the permission matrix', () => {
  it('is what docs/permissions.md says (regenerate the doc when this fails)', () => {
    const doc = readFileSync(
      fileURLToPath(new URL('../../../docs/permissions.md', import.meta.url)),
      'utf8',
    );
    expect(doc).toBe(renderPermissionsMarkdown());
  });

  it('names only known roles', () => {
    for (const action of ACTIONS) {
      for (const role of PERMISSIONS[action].roles) expect(ROLES).toContain(role);
    }
  });

  it('never lets a guest act on the workspace', () => {
    for (const action of ACTIONS.filter((a) => PERMISSIONS[a].scope === 'workspace')) {
      expect(can(['guest_view', 'guest_comment', 'guest_approve', 'guest_report'], action)).toBe(
        false,
      );
    }
  });

  it('lets a strategist edit strategy but not manage members', () => {
    expect(can(['strategist'], 'strategy.edit')).toBe(true);
    expect(can(['member', 'strategist'], 'member.manage')).toBe(false);
  });

  it('lets owners, admins and the working team edit content, as SMM teams work', () => {
    const editors = (action: Action) => ROLES.filter((role) => can([role], action));
    expect(editors('strategy.edit')).toEqual([
      'owner',
      'admin',
      'lead',
      'strategist',
      'smm_specialist',
      'chief_expert',
    ]);
    for (const action of ['mediaPlan.edit', 'metrics.edit', 'contentCategory.manage'] as const) {
      expect(editors(action)).toEqual(['owner', 'admin', 'lead', 'strategist', 'smm_specialist']);
    }
    // Issue 13: strategists, SMM specialists, leads, owners and admins write posts; the chief expert edits.
    expect(editors('post.edit')).toEqual([
      'owner',
      'admin',
      'lead',
      'strategist',
      'smm_specialist',
      'chief_expert',
    ]);
  });

  it('gives approval of strategies, media plans and posts to the lead, the chief expert and approving guests', () => {
    for (const action of ['strategy.approve', 'mediaPlan.approve', 'post.approve'] as const) {
      expect(ROLES.filter((role) => can([role], action))).toEqual([
        'lead',
        'chief_expert',
        'guest_approve',
      ]);
    }
  });

  it('lets the moderator read everything of the brand, moderate comments, and change nothing else', () => {
    expect(allowedActions(['member', 'moderator'])).toEqual([
      'workspace.read',
      'brand.read',
      'strategy.read',
      'mediaPlan.read',
      'post.read',
      'toneOfVoice.read',
      'comment.create',
      'comment.moderate',
      'metrics.read',
    ]);
  });

  it('lets the chief expert edit strategies, posts and the tone of voice but not media plans or rubrics', () => {
    const actions = allowedActions(['member', 'chief_expert']);
    expect(actions).toEqual(
      expect.arrayContaining([
        'strategy.edit',
        'post.edit',
        'toneOfVoice.edit',
        'toneOfVoice.override',
      ]),
    );
    expect(actions).not.toContain('mediaPlan.edit');
    expect(actions).not.toContain('contentCategory.manage');
  });

  it('lets owners and admins design approval flows and share links, but not approve or override', () => {
    for (const role of ['owner', 'admin'] as const) {
      expect(can([role], 'approvalFlow.manage')).toBe(true);
      expect(can([role], 'shareLink.manage')).toBe(true);
      expect(can([role], 'post.approve')).toBe(false);
      expect(can([role], 'toneOfVoice.override')).toBe(false);
    }
    expect(ROLES.filter((role) => can([role], 'approvalFlow.manage'))).toEqual([
      'owner',
      'admin',
      'lead',
    ]);
  });

  it('lets owners, admins and the lead skip approval steps and see stuck approvals, and no guest', () => {
    for (const action of ['approval.skip', 'approval.monitor'] as const) {
      expect(ROLES.filter((role) => can([role], action))).toEqual(['owner', 'admin', 'lead']);
    }
  });

  it('gives the brand’s webhooks to owners, admins and the lead only', () => {
    expect(ROLES.filter((role) => can([role], 'integration.manage'))).toEqual([
      'owner',
      'admin',
      'lead',
    ]);
  });

  it('reserves the tone-of-voice override for the chief expert', () => {
    expect(ROLES.filter((role) => can([role], 'toneOfVoice.override'))).toEqual(['chief_expert']);
  });

  it('lets a report link read the brand’s results and nothing else; no other guest reads them', () => {
    expect(allowedActions(['guest_report'])).toEqual(['metrics.read']);
    expect(ROLES.filter((role) => can([role], 'metrics.read'))).toEqual([
      'owner',
      'admin',
      'lead',
      'strategist',
      'smm_specialist',
      'chief_expert',
      'moderator',
      'guest_report',
    ]);
    // Those who may create a calendar's links create a report's: one action, shareLink.manage.
    expect(ROLES.filter((role) => can([role], 'shareLink.manage'))).toEqual([
      'owner',
      'admin',
      'lead',
      'strategist',
    ]);
  });

  it('grants the union of several roles', () => {
    expect(allowedActions(['moderator', 'smm_specialist'])).toEqual(
      expect.arrayContaining(['comment.moderate', 'post.edit', 'mediaPlan.edit']),
    );
    expect(allowedActions([])).toEqual([]);
  });
});
