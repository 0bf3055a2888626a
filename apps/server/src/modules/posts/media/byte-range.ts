import type { ByteRange } from '../../../platform/storage/index.js';

/**
 * One `bytes=a-b`, `bytes=a-` or `bytes=-n` range inside the file; anything else (several
 * ranges, nonsense, a range past the end) serves the whole file, as RFC 9110 allows.
 */
export function parseRange(header: string, total: number): ByteRange | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '') || total === 0) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, total - Number(match[2]));
    end = total - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? total - 1 : Math.min(Number(match[2]), total - 1);
  }
  if (start >= total || end < start) return undefined;
  return { start, end };
}
