/**
 * WebSocket close codes of the collaboration endpoint. 4400-4499 are final: the stock
 * y-websocket client stops reconnecting on them. 1012 (service restart) and 4001
 * (capability changed) ask clients to reconnect, which they do on their own.
 */
export const CloseCode = {
  /** The server is restarting or shutting down; reconnect. */
  SERVICE_RESTART: 1012,
  /** What the connection may do changed (e.g. edit → comment); reconnect to learn it. */
  CAPABILITY_CHANGED: 4001,
  /** A frame that is not a valid y-websocket message (truncated, unknown type, garbage). */
  MALFORMED_MESSAGE: 4400,
  /** No valid session cookie or ticket. */
  UNAUTHENTICATED: 4401,
  /** The principal may not open this document. */
  FORBIDDEN: 4403,
  /** No such document (or one the principal may not know exists). */
  NOT_FOUND: 4404,
  /** Access was withdrawn while connected: role change, removal, sign-out, expiry. */
  ACCESS_REVOKED: 4409,
  /** The document was archived while connected. */
  DOCUMENT_ARCHIVED: 4410,
  /** A frame larger than the frame limit. */
  MESSAGE_TOO_LARGE: 4413,
  /** An update in an encoding the server does not accept (only Yjs update V1 is). */
  UNSUPPORTED_ENCODING: 4415,
  /**
   * The page's editors are older than the document schema the server serves
   * (`CONTENT_SCHEMA_VERSION`): an old tab would drop content a newer one wrote. Reload.
   */
  RELOAD_REQUIRED: 4426,
  /** The document reached its hard size cap; the update was not applied. */
  DOCUMENT_TOO_LARGE: 4422,
  /** Too many messages too fast. */
  RATE_LIMITED: 4429,
  /** The user already has the most sockets one server instance allows per person. */
  TOO_MANY_CONNECTIONS: 4430,
  /** A presence (awareness) state over its size cap, or presence bytes sent too fast. */
  PRESENCE_LIMIT: 4431,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const CLOSE_REASONS: Record<CloseCode, string> = {
  [CloseCode.SERVICE_RESTART]: 'server restarting',
  [CloseCode.CAPABILITY_CHANGED]: 'capability changed; reconnect',
  [CloseCode.MALFORMED_MESSAGE]: 'malformed message',
  [CloseCode.UNAUTHENTICATED]: 'sign in to open this document',
  [CloseCode.FORBIDDEN]: 'no access to this document',
  [CloseCode.NOT_FOUND]: 'document not found',
  [CloseCode.ACCESS_REVOKED]: 'access revoked',
  [CloseCode.DOCUMENT_ARCHIVED]: 'document archived',
  [CloseCode.MESSAGE_TOO_LARGE]: 'message too large',
  [CloseCode.UNSUPPORTED_ENCODING]: 'unsupported update encoding',
  [CloseCode.RELOAD_REQUIRED]: 'this page is out of date; reload it',
  [CloseCode.DOCUMENT_TOO_LARGE]: 'document too large',
  [CloseCode.RATE_LIMITED]: 'too many messages',
  [CloseCode.TOO_MANY_CONNECTIONS]: 'too many open connections for this user',
  [CloseCode.PRESENCE_LIMIT]: 'presence too large or sent too fast',
};

/** Whether the client should stop reconnecting after this code. */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code <= 4499;
}
