const MINUTE = 60;

export interface Limit {
  /** Attempts allowed in one window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** How long a tracker stays refused once over the limit, in seconds. */
  blockSeconds: number;
}

/** Trackers: the client address, and the account (email) named in the input. */
export type Tracker = 'address' | 'account';

/**
 * Limits on the operations that guess passwords or create accounts. Chosen to leave a
 * person who mistypes a few times alone while making online guessing slow: 10 tries per
 * account and 30 per address every 15 minutes; 10 sign-ups per address an hour.
 */
export const AUTH_LIMITS = {
  signIn: {
    address: { points: 30, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
    account: { points: 10, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  },
  signUp: {
    address: { points: 10, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
    account: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
  },
} as const satisfies Record<string, Record<Tracker, Limit>>;

export type LimitName = keyof typeof AUTH_LIMITS;
