import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/index.js';
import { MetricsService } from './metrics.service.js';

const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Times every HTTP request into the metrics and logs it as one JSON line. */
@Injectable()
export class HttpObserverMiddleware implements NestMiddleware {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = request.originalUrl.split('?')[0] ?? '/';
      const route = routeKind(path);
      this.metrics.httpRequestDuration.observe(
        { method: request.method, route, status: String(response.statusCode) },
        seconds,
      );
      if (!QUIET_PATHS.has(path)) {
        this.logger.info(
          {
            method: request.method,
            path,
            status: response.statusCode,
            durationMs: Math.round(seconds * 1000),
          },
          'http request',
        );
      }
    });
    next();
  }
}

/** A low-cardinality label for a path. */
export function routeKind(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (QUIET_PATHS.has(path)) return path.slice(1);
  if (path.startsWith('/collab/')) return 'collab';
  if (path.startsWith('/assets/')) return 'assets';
  // Live streams stay open for minutes: kept apart so they don't skew the others' latencies.
  if (path.startsWith('/api/live/')) return 'live';
  if (path.startsWith('/api/')) return 'api';
  return 'web';
}
