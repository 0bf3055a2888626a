/**
 * Which browser pages may open a socket (collaboration at /collab, subscriptions at
 * /graphql). Browsers always send `Origin` on a
 * WebSocket handshake, and a page of another site would carry the user's session cookie:
 * only PUBLIC_URL's origin, the configured list, and the page this server itself served
 * (Origin naming the Host the request was sent to) are accepted. Non-browser clients
 * send no Origin; they still need a session or a ticket.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.includes(parsed.origin)) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
}
