import { Injectable } from '@nestjs/common';
import { EventLog } from '../events/index.js';
import type { RecordedEvent } from '../events/index.js';
import type { NotificationKindDefinition } from './notification-kind.js';

type Deliver = (kind: NotificationKindDefinition, event: RecordedEvent) => Promise<void>;

const KIND_NAME = /^[a-z][a-z0-9_]{1,59}$/;

/**
 * THE list of notification kinds. Modules register their kinds here (from a provider's
 * constructor, before the app boots); each kind gets its own event-log processor
 * (`notify.<kind>`), so a kind's failures retry and park on their own.
 */
@Injectable()
export class NotificationKinds {
  private readonly kinds = new Map<string, NotificationKindDefinition>();
  private deliver?: Deliver;

  constructor(private readonly events: EventLog) {}

  /** Set once by NotificationDelivery (which itself needs the kinds). */
  deliverWith(deliver: Deliver): void {
    this.deliver = deliver;
  }

  register(definition: NotificationKindDefinition): void {
    if (!KIND_NAME.test(definition.kind)) {
      throw new Error(`Notification kind "${definition.kind}" must be snake_case`);
    }
    if (this.kinds.has(definition.kind)) {
      throw new Error(`Notification kind ${definition.kind} is registered twice`);
    }
    this.kinds.set(definition.kind, definition);
    this.events.registerProcessor(`notify.${definition.kind}`, definition.eventTypes, (event) => {
      if (!this.deliver) throw new Error('Notification delivery is not ready');
      return this.deliver(definition, event);
    });
  }

  get(kind: string): NotificationKindDefinition | undefined {
    return this.kinds.get(kind);
  }

  /** Every registered kind, in registration order. */
  all(): NotificationKindDefinition[] {
    return [...this.kinds.values()];
  }
}
