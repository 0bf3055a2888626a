/** Limits of the collaboration endpoint, shared so clients can stay within them. */
export const COLLAB_LIMITS = {
  /** Largest WebSocket frame accepted, before authentication too. */
  maxFrameBytes: 1024 * 1024,
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: 300,
  messageBurst: 600,
  /** Largest presence (awareness) message of one client, in bytes (server default). */
  presenceMaxBytes: 4 * 1024,
  /** Sustained presence bytes per second per connection; bursts of twice that (server default). */
  presenceBytesPerSecond: 16 * 1024,
  /** Sockets one user may hold open on one server instance (server default). */
  maxSocketsPerUser: 50,
  /** A document above this size is logged as a warning. */
  documentWarnBytes: 8 * 1024 * 1024,
  /** Updates that would take a document above this size are refused. */
  documentMaxBytes: 16 * 1024 * 1024,
  /** Seconds a ticket stays valid after it is issued. */
  ticketTtlSeconds: 60,
} as const;
