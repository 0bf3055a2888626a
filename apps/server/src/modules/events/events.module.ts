import { Global, Module } from '@nestjs/common';
import { EventLog } from './event-log.js';

/** The event log: every module records its events through `EventLog`. */
@Global()
@Module({
  providers: [EventLog],
  exports: [EventLog],
})
export class EventsModule {}
