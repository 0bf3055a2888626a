import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SystemMetadataService } from '../database/index.js';
import { MetricsService } from './metrics.service.js';

/** Liveness, readiness and Prometheus metrics for orchestrators and monitoring. */
@Controller()
export class HealthController {
  constructor(
    private readonly systemMetadata: SystemMetadataService,
    private readonly metrics: MetricsService,
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

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() response: Response): Promise<void> {
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }
}
