import type { EventNotice } from '../events/index.js';
import type { AccessChange } from '../access/index.js';

/** One event as a live stream sends it (identifiers only; see EventNotice). */
export type LiveEvent = EventNotice;

/** The channel access changes travel on between instances (sign-outs, removals). */
export const ACCESS_CHANNEL = 'chorus_access';

/** A notice's payload as a LiveEvent, or null when it is not one (never trusted blindly). */
export function parseLiveEvent(payload: string): LiveEvent | null {
  const value = parseJson(payload);
  if (!value || typeof value.id !== 'string' || typeof value.type !== 'string') return null;
  if (typeof value.workspaceId !== 'string') return null;
  return value as unknown as LiveEvent;
}

/** An access change's payload, or null when it is not one. */
export function parseAccessChange(payload: string): AccessChange | null {
  const value = parseJson(payload);
  switch (value?.kind) {
    case 'workspace':
      return typeof value.workspaceId === 'string'
        ? { kind: 'workspace', workspaceId: value.workspaceId }
        : null;
    case 'user':
      return typeof value.userId === 'string'
        ? {
            kind: 'user',
            userId: value.userId,
            ...(typeof value.exceptSessionId === 'string'
              ? { exceptSessionId: value.exceptSessionId }
              : {}),
          }
        : null;
    case 'session':
      return typeof value.sessionId === 'string'
        ? { kind: 'session', sessionId: value.sessionId }
        : null;
    case 'document':
      return typeof value.documentId === 'string'
        ? { kind: 'document', documentId: value.documentId }
        : null;
    case 'shareLink':
      return typeof value.shareLinkId === 'string'
        ? { kind: 'shareLink', shareLinkId: value.shareLinkId }
        : null;
    case 'guestSessions':
      return Array.isArray(value.guestSessionIds) &&
        value.guestSessionIds.every((id) => typeof id === 'string')
        ? { kind: 'guestSessions', guestSessionIds: value.guestSessionIds }
        : null;
    default:
      return null;
  }
}

function parseJson(payload: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(payload);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Event types after which a workspace's open streams are authorised afresh. */
export const ACCESS_EVENT_TYPES: ReadonlySet<string> = new Set([
  'member.removed',
  'member.role_changed',
  'team.deleted',
  'team.member_roles_changed',
  'brand.teams_changed',
]);
