import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { SystemMetadataService } from '../database/index.js';
import { Health } from './health.model.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(
    private readonly systemMetadata: SystemMetadataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Health, {
    description: "The server's health: status, database reachability, version and uptime",
  })
  async health(): Promise<Health> {
    const [ready, installation] = await Promise.all([
      this.systemMetadata.isReady(),
      this.systemMetadata.installation(),
    ]);
    return {
      status: ready.database && ready.migrations ? 'ok' : 'degraded',
      database: ready.database,
      version: this.config.version,
      uptimeSeconds: Math.round(process.uptime() * 10) / 10,
      installationId: installation.id,
    };
  }
}
