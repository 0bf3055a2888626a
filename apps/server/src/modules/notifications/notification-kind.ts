import type { Action } from '@chorus/permissions';
import type { EntityManager } from 'typeorm';
import type { EventType, RecordedEvent } from '../events/index.js';
import type { EmailMode } from './notification-preference.entity.js';

/** The languages the server writes emails in (the web app's six). */
export const MAIL_LOCALES = ['en', 'vi', 'fa', 'he', 'uk', 'th'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/**
 * A kind's text in one language. `{actor}` (who did it) and `{name}` (the item's name at
 * the time), and any key of the kind's `data`, are replaced.
 */
export interface NotificationKindText {
  /** One line: the notification's title and the email's subject. */
  title: string;
  /** The name of the kind in the preferences and the unsubscribe page ("Post assigned to me"). */
  label: string;
}

/** What a kind's `recipients` may use besides the event. */
export interface RecipientContext {
  /** Read-only queries (e.g. the approvers of a step); never write with it. */
  manager: EntityManager;
}

/**
 * One notification kind, registered by the module that owns its events
 * (`NotificationKinds.register`, from a provider's constructor). The notifications module
 * turns each event of `eventTypes` into one notification per recipient, at most once per
 * (event, recipient, kind), through the event log's job queue.
 */
export interface NotificationKindDefinition {
  /** Stable snake_case name, stored in rows and preferences (≤ 60 characters). */
  kind: string;
  /** The web app's i18n key of the title (`notifications.kinds.<kind>.title` by convention). */
  titleKey: string;
  /** The events that produce it. */
  eventTypes: readonly EventType[];
  /**
   * User ids to tell about this event (duplicates and non-ids are dropped). The actor is
   * left out unless `includeActor`; people who no longer hold `readAction` on the event's
   * brand are left out in one statement.
   */
  recipients(event: RecordedEvent, context: RecipientContext): Promise<readonly string[]>;
  /** What each recipient must still be allowed on the event's brand (e.g. `post.read`). */
  readAction?: Action;
  includeActor?: boolean;
  /** For people who never chose: shown in-app, emailed, and how. */
  defaults: { inApp: boolean; email: boolean; emailMode: EmailMode };
  /** What the text shows, kept with the notification. Default: `{ name: event.data.name }`. */
  data?(event: RecordedEvent): Record<string, string | number | null>;
  /** Server-side texts (emails, the unsubscribe page), in every mail language. */
  texts: Record<MailLocale, NotificationKindText>;
}

/** `{key}` placeholders filled from params; unknown keys stay as written. */
export function fillText(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
