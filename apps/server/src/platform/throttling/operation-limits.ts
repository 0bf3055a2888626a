/** A per-user rate and a per-instance cap on concurrent runs for one costly operation. */
export interface OperationLimit {
  /** Calls one user may start per window (shared through Redis when REDIS_URL is set). */
  perUser: number;
  windowSeconds: number;
  /** Runs at once on this instance; more wait in line… */
  concurrent: number;
  /** …up to this many; beyond it a call is refused as busy. */
  queued: number;
}

/**
 * Operations that copy or render whole documents. Twenty a minute per person is far
 * above what anyone does by hand; a few at once per instance keeps one person's script
 * from taking the CPU and memory from everyone else.
 */
export const OPERATION_LIMITS = {
  duplicateDocument: { perUser: 20, windowSeconds: 60, concurrent: 4, queued: 32 },
  createDocumentVersion: { perUser: 20, windowSeconds: 60, concurrent: 4, queued: 32 },
  strategyExport: { perUser: 20, windowSeconds: 60, concurrent: 4, queued: 32 },
  /** Post attachments: each is streamed to storage and, for images, decoded for a thumbnail. */
  mediaUpload: { perUser: 30, windowSeconds: 60, concurrent: 4, queued: 16 },
} as const satisfies Record<string, OperationLimit>;

export type OperationName = keyof typeof OPERATION_LIMITS;
