import type { Limit } from './auth-limits.js';

const MINUTE = 60;

/**
 * Password guessing limits (OWASP's authentication and credential-stuffing guidance):
 * only failures count; each (account, address) — or (account, known device) — gets a few
 * free tries and then a delay that doubles with every further failure; an account refuses
 * clients it does not know after many failures from anywhere, but a browser that signed
 * in to it before (the device cookie) is not held by that limit, so strangers cannot lock
 * the owner out.
 */
export const LOGIN_LIMITS = {
  /** Consecutive failures per (account, address or device) before delays start. */
  freeFailures: 3,
  /** The first delay; each further failure doubles it, up to `maxDelaySeconds`. */
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * MINUTE,
  /** How long consecutive failures are remembered without a success. */
  failureMemorySeconds: 24 * 60 * MINUTE,
  /** Failures per account from clients without its device cookie. */
  account: { points: 10, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  /** Failures per address across accounts, from clients without a device cookie. */
  address: { points: 30, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
} as const satisfies Record<'account' | 'address', Limit> & Record<string, unknown>;

/**
 * Operations that check a password, each with its own counters (a share link's password:
 * the link stands for the account).
 */
export type LoginOperation = 'signIn' | 'changePassword' | 'sharePassword';

/** The delay after `failures` consecutive failures, in seconds (0 while still free). */
export function loginDelaySeconds(failures: number): number {
  const beyond = failures - LOGIN_LIMITS.freeFailures;
  if (beyond < 0) return 0;
  return Math.min(LOGIN_LIMITS.maxDelaySeconds, LOGIN_LIMITS.firstDelaySeconds * 2 ** beyond);
}
