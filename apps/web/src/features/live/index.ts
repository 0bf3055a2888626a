export { useLiveEvents, type LiveEventsOptions } from './hooks/use-live-events';
export { useRefetchOnLiveEvents } from './hooks/use-live-refetch';
export type { LiveEndReason, LiveEvent } from './live-event';
