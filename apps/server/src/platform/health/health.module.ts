import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DatabaseModule } from '../database/index.js';
import { HealthController } from './health.controller.js';
import { HealthResolver } from './health.resolver.js';
import { HttpObserverMiddleware } from './http-observer.middleware.js';
import { MetricsService } from './metrics.service.js';

@Module({
  imports: [DatabaseModule],
  controllers: [HealthController],
  providers: [HealthResolver, MetricsService],
  exports: [MetricsService],
})
export class HealthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpObserverMiddleware).forRoutes('*path');
  }
}
