/**
 * One committed change as the server's live stream sends it (GET /api/live/brands/:id,
 * `event: chorus`): identifiers only, never names or text — fetch what you show.
 * Mirrors EventNotice in apps/server/src/modules/events/event-log.ts.
 */
export interface LiveEvent {
  /** The event's id (also the SSE `id:`). */
  id: string;
  /** `<subject>.<what happened>`, e.g. `post.moved`, `post.created`, `document.renamed`. */
  type: string;
  workspaceId: string;
  brandId: string | null;
  documentId: string | null;
  /** What changed: `post`, `document`, `brand`, … and its id. */
  subjectType: string;
  subjectId: string;
  /** Who made the change (null: the system or a guest). */
  actorId: string | null;
  /** When it was committed (ISO 8601). */
  occurredAt: string;
}

/** Why the server ended a stream (`event: end`). */
export type LiveEndReason = 'ACCESS_REVOKED' | 'SERVER_SHUTDOWN';

/** The stream of one brand's events. */
export function liveBrandUrl(brandId: string): string {
  return `/api/live/brands/${encodeURIComponent(brandId)}`;
}

/** A message's data as a LiveEvent, or null when it is not one. */
export function parseLiveEvent(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<LiveEvent> | null;
    return value && typeof value.id === 'string' && typeof value.type === 'string'
      ? (value as LiveEvent)
      : null;
  } catch {
    return null;
  }
}

/** The reason of an `event: end` message, or null. */
export function parseEndReason(data: unknown): LiveEndReason | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as { reason?: unknown } | null;
    return typeof value?.reason === 'string' ? (value.reason as LiveEndReason) : null;
  } catch {
    return null;
  }
}
