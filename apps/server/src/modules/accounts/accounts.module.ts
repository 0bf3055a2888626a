import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { SessionMiddleware } from './session.middleware.js';
import { SessionsService } from './sessions.service.js';

@Module({
  providers: [AccountsService, AccountsResolver, SessionsService],
  exports: [AccountsService, SessionsService],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // GraphQL and the file endpoints under /api (imports, exports) read the session cookie.
    consumer.apply(SessionMiddleware).forRoutes('graphql', 'api/*path');
  }
}
