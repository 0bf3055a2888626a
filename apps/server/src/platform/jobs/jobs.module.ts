import { Global, Module } from '@nestjs/common';
import { DatabaseModule } from '../database/index.js';
import { HealthModule } from '../health/index.js';
import { JobQueue } from './job-queue.js';

/** The background job queue, available to every module. */
@Global()
@Module({
  imports: [DatabaseModule, HealthModule],
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
