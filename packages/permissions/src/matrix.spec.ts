import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPermissionsMarkdown } from './markdown.js';
import { ACTIONS, allowedActions, can, PERMISSIONS } from './matrix.js';
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
      expect(can(['guest_view', 'guest_comment', 'guest_approve'], action)).toBe(false);
    }
  });

  it('lets a strategist edit strategy but not manage members', () => {
    expect(can(['strategist'], 'strategy.edit')).toBe(true);
    expect(can(['member', 'strategist'], 'member.manage')).toBe(false);
  });

  it('keeps approval with leads and approving guests', () => {
    const approvers = ROLES.filter((role) => can([role], 'post.approve'));
    expect(approvers).toEqual(['lead', 'guest_approve']);
  });

  it('reserves the tone-of-voice override for the chief expert', () => {
    expect(ROLES.filter((role) => can([role], 'toneOfVoice.override'))).toEqual(['chief_expert']);
  });

  it('grants the union of several roles', () => {
    expect(allowedActions(['moderator', 'smm_specialist'])).toEqual(
      expect.arrayContaining(['comment.moderate', 'post.edit', 'mediaPlan.edit']),
    );
    expect(allowedActions([])).toEqual([]);
  });
});
