import { Global, Module } from '@nestjs/common';
import { LoginThrottleService } from './login-throttle.service.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitService } from './rate-limit.service.js';

@Global()
@Module({
  providers: [RateLimitService, RateLimitGuard, LoginThrottleService],
  exports: [RateLimitService, RateLimitGuard, LoginThrottleService],
})
export class ThrottlingModule {}
