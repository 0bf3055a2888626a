const MINUTE = 60;

export interface Limit {
  /** Attempts allowed in one window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** How long a tracker stays refused once over the limit, in seconds. */
  blockSeconds: number;
}

/**
 * Trackers: the client address, and the account named in the input (an email; for share
 * links, the SHA-256 of the link's token — the link).
 */
export type Tracker = 'address' | 'account';

/**
 * Limits on creating accounts: 10 sign-ups per address and 5 per email an hour. (Password
 * checks — sign-in, password changes, share-link passwords — have their own throttle, see
 * LOGIN_LIMITS.) Share-link tokens (preview and redemption): 20 unknown or dead tokens per
 * address in 10 minutes (a token that opens gives its point back), and 300 tries per link.
 */
export const AUTH_LIMITS = {
  signUp: {
    address: { points: 10, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
    account: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
  },
  // KPI API tokens: 20 refused tokens per address in 10 minutes (a working token gives its
  // point back), and 600 requests per token — far above what a reporting script needs.
  apiToken: {
    address: { points: 20, durationSeconds: 10 * MINUTE, blockSeconds: 15 * MINUTE },
    account: { points: 600, durationSeconds: 10 * MINUTE, blockSeconds: 10 * MINUTE },
  },
  shareToken: {
    address: { points: 20, durationSeconds: 10 * MINUTE, blockSeconds: 15 * MINUTE },
    account: { points: 300, durationSeconds: 10 * MINUTE, blockSeconds: 10 * MINUTE },
  },
} as const satisfies Record<string, Record<Tracker, Limit>>;

export type LimitName = keyof typeof AUTH_LIMITS;
