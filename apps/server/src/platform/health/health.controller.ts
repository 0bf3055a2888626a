import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, HttpCode, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { SystemMetadataService } from '../database/index.js';
import { MetricsService } from './metrics.service.js';

/** Liveness, readiness and Prometheus metrics for orchestrators and monitoring. */
@Controller()
export class HealthController {
  constructor(
    private readonly systemMetadata: SystemMetadataService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Liveness: the process is up and serving HTTP. */
  @Get('healthz')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and every migration is applied. */
  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  async readyz(@Res({ passthrough: true }) response: Response): Promise<{
    status: 'ok' | 'unavailable';
    database: boolean;
    migrations: boolean;
  }> {
    const ready = await this.systemMetadata.isReady();
    const ok = ready.database && ready.migrations;
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', ...ready };
  }

  /**
   * Prometheus metrics, only with `Authorization: Bearer <METRICS_TOKEN>`; without a
   * configured token the endpoint does not exist (404).
   */
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Req() request: Request, @Res() response: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (!token) {
      response.status(404).json({ message: 'Not found' });
      return;
    }
    if (!bearerMatches(request.headers.authorization, token)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      response.status(401).json({ message: 'Metrics need Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
