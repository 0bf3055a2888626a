import { can, type Action, type Role } from '@chorus/permissions';
import type { Capability } from '@chorus/collab-protocol';
import type { DocumentKind } from './document.entity.js';

/** The matrix actions that read and edit each kind of document. */
export const KIND_ACTIONS: Record<DocumentKind, { read: Action; edit: Action }> = {
  strategy: { read: 'strategy.read', edit: 'strategy.edit' },
  media_plan: { read: 'mediaPlan.read', edit: 'mediaPlan.edit' },
  post: { read: 'post.read', edit: 'post.edit' },
};

/** What roles on the brand allow with a document of this kind, or null for nothing. */
export function capabilityFor(kind: DocumentKind, roles: Role[]): Capability | null {
  const actions = KIND_ACTIONS[kind];
  if (can(roles, actions.edit)) return 'edit';
  if (!can(roles, actions.read)) return null;
  return can(roles, 'comment.create') ? 'comment' : 'view';
}
