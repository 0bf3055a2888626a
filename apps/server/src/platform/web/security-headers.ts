import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (the web app, /graphql, /api/*): a Content-Security-Policy
 * that runs only the app's own scripts, no framing, no MIME sniffing, no referrer (share links
 * must not leak through it), and HSTS only when people reach Chorus over https.
 *
 * Styles: Mantine writes its CSS variables into a `<style>` element at run time and components
 * set `style` attributes. A nonce would need index.html templated per request (it is served as
 * a static file), so `style-src` allows 'unsafe-inline' — styles only, never scripts: injected
 * CSS cannot run code, and `script-src 'self'` stays strict. See docs/adr/0018.
 */
export function securityHeaders(options: { publicUrl: string }): RequestHandler {
  const https = options.publicUrl.startsWith('https:');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: appDirectives(https),
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
  });
}

/** Where guest pages live (share links: `/s/<token>`), a client route of the web app. */
export const GUEST_PAGES = /^\/s(\/|$)/;

/**
 * Guest pages (`/s/*`, a share link's token in the address) carry more: never indexed
 * (`X-Robots-Tag: noindex, nofollow`), never stored (`Cache-Control: no-store`), no referrer,
 * and the app's CSP (its own origin only: nothing from a third party loads) with no form
 * posts anywhere. Set after {@link securityHeaders}, so these win.
 */
export function guestPageHeaders(options: { publicUrl: string }): RequestHandler {
  const https = options.publicUrl.startsWith('https:');
  const csp = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { ...appDirectives(https), formAction: ["'none'"] },
  });
  return (request, response, next) => {
    if (!GUEST_PAGES.test(request.path)) {
      next();
      return;
    }
    response.setHeader('X-Robots-Tag', 'noindex, nofollow');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    csp(request, response, next);
  };
}

/** The CSP directives of the web app (see above). */
function appDirectives(https: boolean): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    // 'self' covers ws(s):// to the same host for /collab and GraphQL.
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    ...(https ? { upgradeInsecureRequests: [] } : {}),
  };
}
