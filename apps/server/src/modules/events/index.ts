export { EventEntity } from './event.entity.js';
export { EventLog, EVENTS_CHANNEL, type EventNotice, type ParkedEventJob } from './event-log.js';
export { EventsModule } from './events.module.js';
export {
  actorOf,
  EVENT_TYPES,
  type EventType,
  type NewEvent,
  type RecordedEvent,
  type SubjectType,
} from './event-types.js';
