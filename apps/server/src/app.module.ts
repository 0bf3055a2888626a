import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { ConfigModule, type AppConfig } from './platform/config/index.js';
import { DatabaseModule } from './platform/database/index.js';
import { GraphQLModule } from './platform/graphql/index.js';
import { HealthModule } from './platform/health/index.js';
import { LoggingModule } from './platform/logging/index.js';

/** The application: the platform plus every business module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule,
        GraphQLModule,
        HealthModule,
      ],
    };
  }
}
