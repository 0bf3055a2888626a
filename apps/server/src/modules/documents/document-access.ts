import { can, type Role } from '@chorus/permissions';
import type { Capability } from '@chorus/collab-protocol';
import type { KindActions } from './document-kind.js';

/** What roles on the brand allow with a document of a kind (its actions), or null for nothing. */
export function capabilityFor(
  actions: Pick<KindActions, 'read' | 'edit'>,
  roles: readonly Role[],
): Capability | null {
  if (can(roles, actions.edit)) return 'edit';
  if (!can(roles, actions.read)) return null;
  return can(roles, 'comment.create') ? 'comment' : 'view';
}
