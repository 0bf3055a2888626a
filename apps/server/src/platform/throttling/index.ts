export { AUTH_LIMITS, type Limit, type LimitName } from './auth-limits.js';
export { LOGIN_LIMITS, loginDelaySeconds, type LoginOperation } from './login-limits.js';
export { LoginThrottleService, type LoginAttempt } from './login-throttle.service.js';
export { RateLimit, RateLimitGuard } from './rate-limit.guard.js';
export { RateLimitService } from './rate-limit.service.js';
export { ThrottlingModule } from './throttling.module.js';
export { tooManyAttempts } from './too-many-attempts.js';
export {
  ExpensiveOperation,
  OperationQueueInterceptor,
  OperationRateGuard,
} from './expensive-operation.js';
export { OPERATION_LIMITS, type OperationName } from './operation-limits.js';
export { WorkQueue } from './work-queue.js';
