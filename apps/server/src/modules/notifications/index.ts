// What other modules may use: register a kind (NotificationKinds.register) and its types.
export {
  fillText,
  MAIL_LOCALES,
  type MailLocale,
  type NotificationKindDefinition,
  type NotificationKindText,
  type RecipientContext,
} from './notification-kind.js';
export { NotificationKinds } from './notification-kinds.js';
export { NotificationEntity } from './notification.entity.js';
export { NotificationPreferenceEntity } from './notification-preference.entity.js';
export { NotificationsModule } from './notifications.module.js';
export { iterateSignals } from './signal-iterator.js';
