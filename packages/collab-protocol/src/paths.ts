/** The collaboration endpoint's path prefix; a document lives at `/collab/<documentId>`. */
export const COLLAB_PATH_PREFIX = '/collab/';

/** The query parameter that carries a ticket (the stock client's `params` option sets it). */
export const TICKET_PARAM = 'ticket';

/**
 * The query parameter in which an editor states the document schema it was built with
 * (`CONTENT_SCHEMA_VERSION`). Optional: a client that renders no editor (a script, a bot)
 * leaves it out and is never refused for it.
 */
export const SCHEMA_PARAM = 'schema';

/**
 * The version of the documents' content schemas (node, mark and attribute names of every
 * kind's editor). Raise it whenever an editor learns a name an older editor would not
 * know: y-tiptap deletes content whose names its schema lacks, so the server refuses
 * editors of an older version (`RELOAD_REQUIRED`) instead of letting an old tab erase what
 * a newer one wrote. The web's schema fingerprint test says when it is due.
 */
export const CONTENT_SCHEMA_VERSION = 1;

/**
 * Whether a connection's `schema` parameter may edit: absent (no editor), or a whole
 * number not below `current`. A newer editor than the server (a rolling deploy) is let in.
 */
export function schemaAccepted(param: string | null, current = CONTENT_SCHEMA_VERSION): boolean {
  if (param === null) return true;
  if (!/^\d{1,6}$/.test(param)) return false;
  return Number(param) >= current;
}

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
