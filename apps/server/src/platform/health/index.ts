export { HealthModule } from './health.module.js';
export { MetricsService } from './metrics.service.js';
