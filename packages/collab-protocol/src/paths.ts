/** The collaboration endpoint's path prefix; a document lives at `/collab/<documentId>`. */
export const COLLAB_PATH_PREFIX = '/collab/';

/** The query parameter that carries a ticket (the stock client's `params` option sets it). */
export const TICKET_PARAM = 'ticket';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path of a document's socket. */
export function collabPath(documentId: string): string {
  return `${COLLAB_PATH_PREFIX}${documentId}`;
}

/**
 * The document id of a socket URL path, or null when the path is not a document's.
 * The y-websocket client appends the room name to its server URL, so the room is the id.
 */
export function documentIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(COLLAB_PATH_PREFIX)) return null;
  const id = pathname.slice(COLLAB_PATH_PREFIX.length);
  return UUID.test(id) ? id.toLowerCase() : null;
}
