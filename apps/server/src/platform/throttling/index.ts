export { AUTH_LIMITS, type Limit, type LimitName } from './auth-limits.js';
export { RateLimit, RateLimitGuard } from './rate-limit.guard.js';
export { RateLimitService } from './rate-limit.service.js';
export { ThrottlingModule } from './throttling.module.js';
