import { DatabaseModule } from '../../platform/database/index.js';
import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { DeviceCookiesService } from './device-cookies.service.js';
import { SessionMiddleware } from './session.middleware.js';
import { SessionEntity } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { UserEntity } from './user.entity.js';

@Module({
  imports: [DatabaseModule, TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  providers: [AccountsService, AccountsResolver, SessionsService, DeviceCookiesService],
  exports: [AccountsService, SessionsService],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // GraphQL and the file endpoints under /api (imports, exports) read the session cookie.
    consumer.apply(SessionMiddleware).forRoutes('graphql', 'api/*path');
  }
}
