import { isUuid } from '../access/index.js';
import { AppError } from '../../platform/errors/index.js';

/** The page sizes of the thread list: what a client gets by default, and at most. */
export const THREAD_PAGE_DEFAULT = 30;
export const THREAD_PAGE_MAX = 100;

/** Where a page ends: the last thread's exact activity time (as PostgreSQL prints it) and id. */
export interface ThreadCursor {
  at: string;
  id: string;
}

/** An opaque cursor for the page after `cursor` (base64url of the pair). */
export function encodeThreadCursor(cursor: ThreadCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor a client passed back; anything else is a VALIDATION error on `after`. */
export function decodeThreadCursor(value: string): ThreadCursor {
  const refused = () => AppError.validation('after', 'This is not a cursor of the thread list.');
  if (value.length > 200) throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw refused();
  const [at, id] = parsed as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id)) throw refused();
  if (!/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(at) || isNaN(Date.parse(at))) {
    throw refused();
  }
  return { at, id };
}

/** How many threads a page asks for: the default when left out; 1–100 else VALIDATION. */
export function checkedPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return THREAD_PAGE_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > THREAD_PAGE_MAX) {
    throw AppError.validation('first', `Ask for 1 to ${THREAD_PAGE_MAX} threads per page.`);
  }
  return first;
}
