import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/index.js';
import { ShareLinksModule } from '../share-links/index.js';
import { GraphQLSocketGateway } from './graphql-socket.gateway.js';

/**
 * The graphql-ws endpoint at /graphql: serves every module's @Subscription resolvers to
 * signed-in browsers and share-link guests of allowed origins (ADR 0026).
 */
@Module({
  imports: [AccountsModule, ShareLinksModule],
  providers: [GraphQLSocketGateway],
  exports: [GraphQLSocketGateway],
})
export class SubscriptionsModule {}
