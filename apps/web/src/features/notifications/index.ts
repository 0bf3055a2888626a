// The header imports NotificationBell straight from its file (lazily); other features use this.
export { NotificationPreferences } from './components/NotificationPreferences';
export { notificationPath } from './notification-links';
export { useNotificationArrivals } from './hooks/use-notification-arrivals';
