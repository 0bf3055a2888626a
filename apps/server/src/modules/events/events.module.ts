import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from './event.entity.js';
import { EventLog } from './event-log.js';

/** The event log: every module records its events through `EventLog`. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity])],
  providers: [EventLog],
  exports: [EventLog],
})
export class EventsModule {}
