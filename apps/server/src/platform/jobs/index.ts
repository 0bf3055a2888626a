export { JobQueue, type QueueOptions, type SendOptions } from './job-queue.js';
export { JobsModule } from './jobs.module.js';
