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
 * Limits on creating accounts: 10 sign-ups per address and 5 per email an hour. (Password
 * checks — sign-in, password changes — have their own throttle, see LOGIN_LIMITS.)
 */
export const AUTH_LIMITS = {
  signUp: {
    address: { points: 10, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
    account: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
  },
} as const satisfies Record<string, Record<Tracker, Limit>>;

export type LimitName = keyof typeof AUTH_LIMITS;
