import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { SystemMetadataEntity } from './system-metadata.entity.js';
import { SystemMetadataService } from './system-metadata.service.js';
import { withStartupLock } from './startup-lock.js';

/**
 * The app's data source: PostgreSQL through DATABASE_URL, otherwise the
 * embedded PGlite in CHORUS_DATA_DIR. Pending migrations run before the app
 * accepts requests.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Each module registers its own entities with TypeOrmModule.forFeature.
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database, [SystemMetadataEntity]).options,
        autoLoadEntities: true,
        // main.ts checks that the database answers before loading the app (naming
        // DATABASE_URL); retrying here only printed the same stack trace ten times.
        retryAttempts: 1,
      }),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('Missing data source options');
        const logger = new Logger('Database');
        const dataSource = await new DataSource(options).initialize();
        const applied = await withStartupLock(dataSource, () =>
          dataSource.runMigrations({ transaction: 'each' }),
        );
        for (const migration of applied) logger.log(`Applied migration ${migration.name}`);
        return dataSource;
      },
    }),
  ],
  providers: [SystemMetadataService],
  exports: [SystemMetadataService],
})
export class DatabaseModule {}
