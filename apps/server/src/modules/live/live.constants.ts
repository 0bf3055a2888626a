/** Limits and timings of the live streams (constants; change them here). */
export const LIVE_LIMITS = {
  /** Open streams one user may hold at once (tabs, devices); the next is refused. */
  streamsPerUser: 10,
  /** A comment line this often keeps proxies from closing a quiet stream. */
  heartbeatMs: 25_000,
  /** What a client waits before reconnecting after the stream drops (SSE `retry:`). */
  retryMs: 3_000,
  /** A client that stops reading is cut off once this much is waiting for it. */
  maxBufferedBytes: 256 * 1024,
} as const;
