import type { Server } from 'node:http';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './platform/config/index.js';
import { ensureDataDir } from './platform/database/index.js';
import { PinoNestLogger } from './platform/logging/index.js';
import { responseCompression } from './platform/web/compression.js';
import { guestPageHeaders, securityHeaders } from './platform/web/security-headers.js';
import { serveWebApp } from './platform/web/serve-web-app.js';

/** How long an idle keep-alive connection stays open (longer than common proxies' 60 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Builds the HTTP application (not yet listening). Shared by main.ts and the
 * e2e tests so both run exactly the same server.
 */
export async function createApp(
  config: AppConfig,
  logger: Logger,
): Promise<NestExpressApplication> {
  ensureDataDir(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    forceCloseConnections: true,
    // A failed start throws to the caller (main.ts reports it and exits; a test fails alone)
    // instead of Nest ending the whole process.
    abortOnError: false,
  });
  // Idle keep-alive connections stay open longer than a reverse proxy's (60 s is common) and
  // a client's pool: with Node's 5 s default, a request sent on a connection the server is
  // just closing is reset (ECONNRESET) — a proxy answers 502, a script fails.
  const http: Server = app.getHttpServer();
  http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  http.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  app.use(securityHeaders({ publicUrl: config.publicUrl }));
  app.use(guestPageHeaders({ publicUrl: config.publicUrl }));
  app.use(responseCompression());
  app.useBodyParser('json', { limit: config.http.bodyLimitBytes });
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustedProxies);
  const served = serveWebApp(app.getHttpAdapter().getInstance(), config.webDist);
  if (!served)
    logger.warn({ webDist: config.webDist }, 'No web app build found; serving the API only');
  return app;
}
