export { LIVE_LIMITS } from './live.constants.js';
export { LiveFeed } from './live-feed.js';
export { LiveModule } from './live.module.js';
export type { LiveEvent } from './live-event.js';
