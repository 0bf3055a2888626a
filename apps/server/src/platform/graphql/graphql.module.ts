import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { formatGraphQLError, GraphQLPassThroughFilter } from '../errors/index.js';
import { ROOT_LOGGER } from '../logging/index.js';
import { CompiledApolloDriver } from './compiled-apollo.driver.js';
import { graphqlHttpStatusPlugin } from './graphql-http-status.js';
import { graphqlLimitRules } from './graphql-limits.js';
import { HttpDrain, HttpDrainModule } from './http-drain.js';

/**
 * GraphQL at /graphql, code-first. The schema is built in memory at boot;
 * `pnpm --filter @chorus/server schema:emit` writes it sorted to schema.gql.
 */
@Module({
  imports: [
    HttpDrainModule,
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: CompiledApolloDriver,
      imports: [HttpDrainModule],
      inject: [APP_CONFIG, ROOT_LOGGER, HttpDrain],
      useFactory: (config: AppConfig, logger: Logger, drain: HttpDrain): ApolloDriverConfig => ({
        path: '/graphql',
        autoSchemaFile: config.graphql.schemaFile ?? true,
        sortSchema: true,
        playground: false,
        graphiql: false,
        introspection: !config.isProduction,
        hideSchemaDetailsFromClientErrors: config.isProduction,
        includeStacktraceInErrorResponses: false,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        parseOptions: { maxTokens: config.graphql.maxTokens },
        validationRules: graphqlLimitRules(config.graphql),
        // No cache hints are set and answers are POSTs nobody caches; the default plugin
        // would still wrap every field's resolver (a cost per field in long lists).
        plugins: [
          graphqlHttpStatusPlugin(),
          ApolloServerPluginCacheControlDisabled(),
          // Long-lived answers (live streams) end cleanly before the HTTP drain cuts them.
          { serverWillStart: () => Promise.resolve({ drainServer: () => drain.run() }) },
        ],
        formatError: (formatted, error) => formatGraphQLError(formatted, error, logger),
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLPassThroughFilter }],
})
export class GraphQLModule {}
