import { Query, Resolver } from '@nestjs/graphql';
import { SystemMetadataService } from '../database/index.js';
import { Health } from './health.model.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly systemMetadata: SystemMetadataService) {}

  @Query(() => Health, { description: "The server's health: ok, or degraded when it cannot work" })
  async health(): Promise<Health> {
    const ready = await this.systemMetadata.isReady();
    return { status: ready.database && ready.migrations ? 'ok' : 'degraded' };
  }
}
