import { Global, Module } from '@nestjs/common';
import { OperationQueueInterceptor, OperationRateGuard } from './expensive-operation.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitService } from './rate-limit.service.js';

@Global()
@Module({
  providers: [
    RateLimitService,
    RateLimitGuard,
    LoginThrottleService,
    OperationRateGuard,
    OperationQueueInterceptor,
  ],
  exports: [
    RateLimitService,
    RateLimitGuard,
    LoginThrottleService,
    OperationRateGuard,
    OperationQueueInterceptor,
  ],
})
export class ThrottlingModule {}
