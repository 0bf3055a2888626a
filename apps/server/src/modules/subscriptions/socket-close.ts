/**
 * Close codes of the /graphql socket besides graphql-ws's own. 4401 (no live session) and
 * 4403 (a page of another origin) are final for the web app's client, which stops
 * reconnecting; 4429 (too many sockets) as well.
 */
export const SocketClose = {
  UNAUTHENTICATED: { code: 4401, reason: 'Sign in to continue' },
  ORIGIN_NOT_ALLOWED: { code: 4403, reason: 'Origin not allowed' },
  TOO_MANY_SOCKETS: { code: 4429, reason: 'Too many sockets for this user' },
  SESSION_ENDED: { code: 4401, reason: 'The session ended' },
  RESTARTING: { code: 1012, reason: 'Service restart' },
} as const;
