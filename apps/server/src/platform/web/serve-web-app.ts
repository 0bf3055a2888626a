import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Paths the server answers itself; everything else under GET may be a client route. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz|metrics|collab|api)(\/|$)/;
/** A missing file (an old asset, a typo) is a 404, not the HTML shell. */
const FILE_LIKE = /\/[^/]+\.[a-z0-9]+$/i;

/**
 * Serves the built web app: hashed assets cached for a year, index.html never
 * cached, and index.html for any other GET that asks for HTML (client routes).
 * Returns false when the folder has no build, so the server runs API-only.
 *
 * The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file
 * (apps/web/scripts/precompress.mjs); a browser gets the smallest one it accepts, with
 * `Vary: Accept-Encoding`, and the same caching headers as the plain file.
 */
export function serveWebApp(app: Express, webDist: string): boolean {
  const indexFile = join(webDist, 'index.html');
  if (!existsSync(indexFile)) return false;

  app.use(
    '/assets',
    precompressed(join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  app.use(precompressed(webDist, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (SERVER_PATHS.test(request.path) || FILE_LIKE.test(request.path)) return next();
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return true;
}

function precompressed(
  root: string,
  options: { immutable?: boolean; maxAge: string; index: false },
): ReturnType<typeof expressStaticGzip> {
  return expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: options,
  });
}
